package org.manhal.api.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.manhal.imports.JobStatus;
import org.manhal.well.WellsImported;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The registry's own figures at {@code /actuator/prometheus}, beside what Spring Boot measures
 * (request latencies per route as {@code http_server_requests_seconds}, the connection pool as
 * {@code hikaricp_connections_*}) and what the spacing engine counts
 * ({@code manhal_spacing_verdicts_total}):
 * <ul>
 *   <li>{@code manhal_import_wells_total}: wells registered by imports, counted when the import
 *       commits (a rolled-back import registered none);</li>
 *   <li>{@code manhal_import_jobs{status}}: jobs per status now, read from the job table at each
 *       scrape, so that a stuck or failing import shows whichever instance ran it.</li>
 * </ul>
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final JdbcClient jdbc;
    private Counter importedWells;

    OperationsMetrics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        importedWells = Counter.builder("manhal.import.wells")
                .description("Wells registered by bulk imports (committed)").register(registry);
        for (JobStatus status : JobStatus.values()) {
            Gauge.builder("manhal.import.jobs", () -> jobs(status))
                    .description("Import jobs by status").tag("status", status.name()).register(registry);
        }
    }

    private long jobs(JobStatus status) {
        return jdbc.sql("select count(*) from job where status = ?").param(status.name()).query(Long.class).single();
    }

    @TransactionalEventListener
    void imported(WellsImported event) {
        if (importedWells != null) {
            importedWells.increment(event.wells());
        }
    }
}
