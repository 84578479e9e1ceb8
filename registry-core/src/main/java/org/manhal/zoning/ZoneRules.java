package org.manhal.zoning;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.manhal.audit.TransactionContext;
import org.manhal.common.Actor;
import org.manhal.zoning.internal.ZoneRuleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The zone rules as data ({@code zone_rule}): the enabled rules held in memory for the checks, and
 * their administration (list, create or change with optimistic versions, audit trail), as
 * {@code SpacingRules} does for the spacing rules.
 *
 * <p>A check never reads the rule table: it uses the rules in memory, replaced at once after a
 * change through this instance and within {@link #REVALIDATE_SECONDS} seconds after one made
 * elsewhere (compared by {@code zone_rule_set.version}). Every change is audited by a trigger with
 * the transaction context (actor, reason, request id).
 */
@Service
public class ZoneRules {

    /** How long a check trusts the rules in memory before comparing the set's version. */
    public static final long REVALIDATE_SECONDS = 10;
    private static final long REVALIDATE_NANOS = TimeUnit.SECONDS.toNanos(REVALIDATE_SECONDS);

    /** The enabled rules by zone code and the version of the set they were read at. */
    public record Snapshot(Map<String, ZoneRule> byCode, long version) {
    }

    private record Cached(Snapshot snapshot, long checkedAtNanos) {
    }

    private final JdbcClient jdbc;
    private final TransactionOperations tx;
    private volatile Cached cached;

    public ZoneRules(JdbcClient jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
    }

    /** The enabled rules; from memory, re-validated against the database at most every 10 s. */
    public Snapshot current() {
        Cached c = cached;
        if (c != null && System.nanoTime() - c.checkedAtNanos < REVALIDATE_NANOS) {
            return c.snapshot;
        }
        return revalidate();
    }

    private synchronized Snapshot revalidate() {
        long now = System.nanoTime();
        Cached c = cached;
        if (c != null && now - c.checkedAtNanos < REVALIDATE_NANOS) {
            return c.snapshot;
        }
        long version = jdbc.sql("select version from zone_rule_set").query(Long.class).single();
        Snapshot snapshot = c != null && c.snapshot.version() == version ? c.snapshot : load();
        cached = new Cached(snapshot, now);
        return snapshot;
    }

    /** The enabled rules and the set's version, read in one statement and so consistently. */
    private Snapshot load() {
        long[] version = {0};
        List<ZoneRule> rules = new java.util.ArrayList<>();
        jdbc.sql("select s.version as set_version, r.* from zone_rule_set s left join zone_rule r on r.enabled order by r.code")
                .query(rs -> {
                    version[0] = rs.getLong("set_version");
                    if (rs.getString("code") != null) {
                        rules.add(ZoneRuleRows.rule(rs));
                    }
                });
        return new Snapshot(rules.stream().collect(Collectors.toUnmodifiableMap(ZoneRule::code, Function.identity())),
                version[0]);
    }

    /** Every rule, enabled or not, by code. */
    public List<StoredZoneRule> list() {
        return jdbc.sql("select " + ZoneRuleRows.COLUMNS + " from zone_rule order by code").query(ZoneRuleRows::read).list();
    }

    /** The rule of this zone code. */
    public StoredZoneRule get(String code) {
        return jdbc.sql("select " + ZoneRuleRows.COLUMNS + " from zone_rule where code = ?").param(code)
                .query(ZoneRuleRows::read).optional().orElseThrow(() -> new ZoneRuleNotFoundException(code));
    }

    /**
     * Creates the rule, or replaces the rule of its code.
     *
     * @param expectedVersion the version the caller read, or {@code null} to skip the check; a
     *        version for a rule that does not exist is stale too
     * @param reason why, kept in the audit trail; may be null
     */
    public StoredZoneRule put(ZoneRule rule, boolean enabled, Long expectedVersion, Actor actor, String reason) {
        StoredZoneRule stored = tx.execute(status -> {
            TransactionContext.bind(jdbc, actor, reason);
            Long current = jdbc.sql("select version from zone_rule where code = ? for update").param(rule.code())
                    .query(Long.class).optional().orElse(null);
            if (expectedVersion != null && !expectedVersion.equals(current)) {
                throw new StaleZoneRuleException(rule.code(), expectedVersion, current == null ? -1 : current);
            }
            ZoneRuleRows.upsert(jdbc, rule, enabled, actor.name(), current == null);
            return get(rule.code());
        });
        cached = null;
        return stored;
    }

    /** Every audited change of the rule, oldest first. */
    public List<ZoneRuleChange> audit(String code) {
        get(code);
        return ZoneRuleRows.changes(jdbc, "zone_rule_audit", "zone_code", code);
    }

    /** Forgets the rules in memory (after a bulk load of rules by SQL). */
    public void invalidate() {
        cached = null;
    }
}
