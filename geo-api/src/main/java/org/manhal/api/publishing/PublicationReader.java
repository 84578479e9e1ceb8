package org.manhal.api.publishing;

import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way published outputs (tiles, OGC API Features) read the database: in a read-only
 * transaction switched to the role {@value #ROLE} (V40), which can read the views of schema
 * {@code pub} and nothing else. A query that named a registry table or column would fail here
 * instead of leaking it. {@code SET LOCAL ROLE} ends with the transaction, so the pooled
 * connection goes back to the service's own role.
 *
 * <p>The service's login role must be a member of {@value #ROLE}: V40 grants that when the
 * migrating role may (the private cluster's is a superuser); an external database's administrator
 * runs {@code GRANT manhal_publisher TO <login role>} (docs/publishing.md). Without it every
 * published output fails; the start-up log says so once.
 */
@Component
public class PublicationReader {

    /** The publishing role of V40. */
    public static final String ROLE = "manhal_publisher";

    private static final Logger log = LoggerFactory.getLogger(PublicationReader.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate readOnly;

    PublicationReader(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Runs {@code reading} as the publishing role, in one read-only transaction (one snapshot). */
    public <T> T read(Function<JdbcClient, T> reading) {
        return readOnly.execute(status -> {
            // custom plans: a generic plan, blind to the box and filter values, chose an index scan
            // twice as slow as the bitmap scan for a dense box (docs/benchmarks.md, OGC API Features)
            jdbc.sql("set local role " + ROLE + "; set local plan_cache_mode = force_custom_plan").update();
            return reading.apply(jdbc);
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkMembership() {
        try {
            Boolean member = jdbc.sql("select pg_has_role(current_user, '" + ROLE + "', 'member')")
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(member)) {
                log.error("the database role {} is not a member of {}: tiles and OGC API Features will fail until "
                        + "an administrator runs GRANT {} TO {} (docs/publishing.md)", currentUser(), ROLE, ROLE, currentUser());
            }
        } catch (RuntimeException e) {
            log.error("could not check membership of {}: {}", ROLE, e.getMessage());
        }
    }

    private String currentUser() {
        return jdbc.sql("select current_user").query(String.class).single();
    }
}
