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
 * {@code pub} and nothing else; a staff layer (schema {@code pub_staff}, V58) as
 * {@value #STAFF_ROLE}, which reads that schema only, and only for a staff caller. A query that named a registry table or column would fail here
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
    /** The role of the staff layers (V58): schema pub_staff only. */
    public static final String STAFF_ROLE = "manhal_staff_publisher";

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
        return as(ROLE, reading);
    }

    /**
     * Runs {@code reading} on {@code layer} for a caller of audience {@code caller}: a public
     * layer as {@value #ROLE}, a staff layer as {@value #STAFF_ROLE}. A staff layer for a caller
     * who is not staff is refused here too, not only by the controller that checked it.
     */
    public <T> T read(LayerDefinition layer, Audience caller, Function<JdbcClient, T> reading) {
        if (!layer.visibleTo(caller)) {
            throw new IllegalStateException("layer " + layer.id() + " is not for " + caller);
        }
        return as(layer.audience() == Audience.STAFF ? STAFF_ROLE : ROLE, reading);
    }

    private <T> T as(String role, Function<JdbcClient, T> reading) {
        return readOnly.execute(status -> {
            // custom plans: a generic plan, blind to the box and filter values, chose an index scan
            // twice as slow as the bitmap scan for a dense box (docs/benchmarks.md, OGC API Features)
            jdbc.sql("set local role " + role + "; set local plan_cache_mode = force_custom_plan").update();
            return reading.apply(jdbc);
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void checkMembership() {
        for (String role : new String[] {ROLE, STAFF_ROLE}) {
            try {
                Boolean member = jdbc.sql("select pg_has_role(current_user, '" + role + "', 'member')")
                        .query(Boolean.class).single();
                if (!Boolean.TRUE.equals(member)) {
                    log.error("the database role {} is not a member of {}: {} will fail until an administrator runs "
                            + "GRANT {} TO {} (docs/publishing.md)", currentUser(), role,
                            role.equals(ROLE) ? "tiles and OGC API Features" : "the staff layers", role, currentUser());
                }
            } catch (RuntimeException e) {
                log.error("could not check membership of {}: {}", role, e.getMessage());
            }
        }
    }

    private String currentUser() {
        return jdbc.sql("select current_user").query(String.class).single();
    }
}
