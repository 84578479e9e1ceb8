package org.manhal.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.manhal.api.ManhalProperties;
import org.manhal.api.SampleData;
import org.manhal.count.WellCounter;
import org.manhal.data.load.ReferenceDataLoader;
import org.manhal.well.WellRegistry;
import org.manhal.spacing.SpacingRules;
import org.manhal.zoning.ZoneRules;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every integration test class the registry of a freshly started service, whatever earlier
 * classes or runs wrote; used through {@link ManhalApiTest}, never on its own.
 *
 * <p>Before the class: one transaction empties every table a test or the service writes (wells,
 * their history and findings, the per-cell counts and the occupied cells, registry serials,
 * import jobs, the reference layers, the spacing rules and their audit), sets the occupied-cell
 * total and the rule-set version back to their start (0), and forgets every loaded dataset but
 * the administrative boundaries. Then the start-up loaders run again, as on a fresh database: the
 * sample wells and sample protection layers ({@link ReferenceDataLoader}) and the default
 * spacing rules ({@link SpacingRules#seedDefaults()}, which also drops the rules held in memory).
 * Last the in-memory copy of the occupied cells is forgotten ({@link WellCounter#forgetOccupiedCells()}):
 * its staleness check compares sizes only, which an emptied and refilled set can match.
 * The boundaries ({@code admin_area}, {@code admin_area_part}) and their in-memory copy are kept:
 * nothing writes them after start-up. Spring's cached context is kept as well (a new one costs
 * seconds); the reset runs through the beans of the class's own context.
 *
 * <p>It also resolves an {@link ApiClient} parameter (constructor or method) for the service the
 * class's context runs, on its {@code local.server.port}.
 *
 * <p>The reset empties the database the tests run against: it refuses one whose name does not
 * contain {@code test} (such as the service's {@code manhal}, the default URL without
 * {@code bin/manhal test}) unless {@code -Dmanhal.test.reset-any-database=true}.
 */
public final class CleanRegistry implements BeforeAllCallback, ParameterResolver {

    /**
     * Every table a test or the running service writes; well_count too, though not named: the
     * truncate trigger on well (V3) empties it (naming it as well fails, the trigger's own
     * truncate would meet the statement's). Kept: admin_area, admin_area_part, flyway_schema_history;
     * local_account (the service sets the passwords of TestAccounts at each start) and audit_event
     * (append-only, V51: it refuses truncation, so tests find their own lines by request id).
     */
    static final String TRUNCATE = """
            truncate webhook_delivery, completion_report, permit_assignment, contractor, permit, application_event, application, application_counter,
                     well_finding, well_history, well, well_cell, registry_counter,
                     job_error, job, protected_feature, restricted_zone, spacing_rule_audit, spacing_rule,
                     plot_owner, plot, zone, zone_rule_audit, zone_rule
                     restart identity""";

    /** The dataset of the boundaries (ReferenceDataLoader.ADMIN_DATASET), the only one kept. */
    private static final String ADMIN_DATASET = "oman-admin";

    private static final Map<Integer, ApiClient> CLIENTS = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) {
        ApplicationContext app = SpringExtension.getApplicationContext(context);
        long started = System.nanoTime();
        reset(app);
        Wells.restartSpots();
        System.out.printf("CleanRegistry: registry reset for %s in %d ms%n", context.getDisplayName(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void reset(ApplicationContext app) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        refuseNonTestDatabase(jdbc);
        awaitNoImportInFlight(jdbc);
        TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(status -> {
                    jdbc.sql(TRUNCATE).update();
                    jdbc.sql("update well_cell_total set n = 0").update();
                    jdbc.sql("update spacing_rule_set set version = 0").update();
                    jdbc.sql("update zone_rule_set set version = 0").update();
                    jdbc.sql("delete from data_load where dataset <> ?").param(ADMIN_DATASET).update();
                });
                break;
            } catch (PessimisticLockingFailureException e) {
                // a write of the service still finishing (a job's last rows) locks the tables in
                // another order than the truncate: it wins the deadlock, the truncate runs again
                if (attempt == 5) {
                    throw e;
                }
            }
        }
        // the rules first: the sample wells' findings are checked against them
        app.getBean(SpacingRules.class).seedDefaults();
        app.getBean(WellCounter.class).forgetOccupiedCells();
        app.getBean(ZoneRules.class).invalidate();
        if (SampleData.decide(app.getBean(ManhalProperties.class).sampleData()).load()) {
            app.getBean(ReferenceDataLoader.class).loadSamples(app.getBean(WellRegistry.class));
        }
    }

    /**
     * An import an earlier class started in the background (202) may still be writing: emptying
     * the tables under it would hand the next class its late rows. Waits (a minute at most) until
     * no job is queued or running (jobs a test left behind as a dead instance leaves them, with an
     * old heartbeat, do not count).
     */
    private static void awaitNoImportInFlight(JdbcClient jdbc) {
        for (int i = 0; i < 600; i++) {
            if (jdbc.sql("select count(*) from job where status in ('QUEUED', 'RUNNING')"
                    + " and coalesce(heartbeat_at, started_at, created_at) > now() - interval '30 seconds'").query(Long.class).single() == 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void refuseNonTestDatabase(JdbcClient jdbc) {
        String database = jdbc.sql("select current_database()").query(String.class).single();
        if (!database.contains("test") && !Boolean.getBoolean("manhal.test.reset-any-database")) {
            throw new IllegalStateException("The integration tests empty the registry before each class, and the database '"
                    + database + "' does not look like a test database: run them with bin/manhal test (database"
                    + " manhal_test), or pass -Dmanhal.test.reset-any-database=true if it really may be emptied.");
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ApiClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Integer port = SpringExtension.getApplicationContext(context).getEnvironment()
                .getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("no local.server.port: the ApiClient needs the service on a port (@ManhalApiTest)");
        }
        return CLIENTS.computeIfAbsent(port, ApiClient::new);
    }
}
