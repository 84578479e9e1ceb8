package org.manhal.spacing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.manhal.audit.TransactionContext;
import org.manhal.common.Actor;
import org.manhal.rules.OmanDefaultRules;
import org.manhal.rules.RuleSet;
import org.manhal.rules.SpacingRule;
import org.manhal.spacing.internal.RuleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The spacing rules as data ({@code spacing_rule}): the enabled rules held in memory for the
 * checks, and the administration of the rules (list, create or change, audit trail).
 *
 * <p>Guarantees: a check never reads the rule table; it uses the in-memory {@link RuleSnapshot},
 * which is replaced at once after a change through this instance and, for changes made elsewhere
 * (another service instance, SQL), within {@link #REVALIDATE_SECONDS} seconds, by comparing
 * {@code spacing_rule_set.version}. Every change is audited by a database trigger with the actor's
 * name; a change based on an old version fails with {@link StaleRuleException}.
 */
@Service
public class SpacingRules {

    /** How long a check trusts the rules in memory before comparing the set's version. */
    public static final long REVALIDATE_SECONDS = 10;
    private static final long REVALIDATE_NANOS = TimeUnit.SECONDS.toNanos(REVALIDATE_SECONDS);

    private final JdbcClient jdbc;
    private final TransactionOperations tx;
    private volatile Cached cached;

    public SpacingRules(JdbcClient jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
    }

    private record Cached(RuleSnapshot snapshot, long checkedAtNanos) {
    }

    /** The enabled rules; from memory, re-validated against the database at most every 10 s. */
    public RuleSnapshot current() {
        Cached c = cached;
        if (c != null && System.nanoTime() - c.checkedAtNanos < REVALIDATE_NANOS) {
            return c.snapshot;
        }
        return revalidate();
    }

    private synchronized RuleSnapshot revalidate() {
        long now = System.nanoTime();
        Cached c = cached;
        if (c != null && now - c.checkedAtNanos < REVALIDATE_NANOS) {
            return c.snapshot;
        }
        long version = jdbc.sql("select version from spacing_rule_set").query(Long.class).single();
        RuleSnapshot snapshot = c != null && c.snapshot.version() == version ? c.snapshot : load();
        cached = new Cached(snapshot, now);
        return snapshot;
    }

    /** Reads the enabled rules and the set's version in one statement, hence consistently. */
    private RuleSnapshot load() {
        List<StoredRule> rules = new ArrayList<>();
        long[] version = {0};
        jdbc.sql("select s.version as set_version, r.* from spacing_rule_set s"
                        + " left join spacing_rule r on r.enabled order by r.id")
                .query(rs -> {
                    version[0] = rs.getLong("set_version");
                    if (rs.getString("id") != null) {
                        rules.add(RuleRows.read(rs, 0));
                    }
                });
        return new RuleSnapshot(RuleSet.of(rules.stream().map(StoredRule::rule).toList()), version[0]);
    }

    /** Every rule, enabled or not, by id. */
    public List<StoredRule> list() {
        return jdbc.sql("select " + RuleRows.COLUMNS + " from spacing_rule order by id").query(RuleRows::read).list();
    }

    /** The rule with this id. */
    public StoredRule get(String id) {
        return jdbc.sql("select " + RuleRows.COLUMNS + " from spacing_rule where id = ?").param(id)
                .query(RuleRows::read).optional().orElseThrow(() -> new SpacingRuleNotFoundException(id));
    }

    /**
     * Creates the rule, or replaces the rule with its id.
     *
     * @param expectedVersion the version the caller read, or {@code null} to skip the check; a
     *        version for a rule that does not exist is stale too
     */
    public StoredRule put(SpacingRule rule, boolean enabled, Long expectedVersion, Actor actor) {
        StoredRule stored = tx.execute(status -> {
            nameActor(actor);
            Long current = jdbc.sql("select version from spacing_rule where id = ? for update").param(rule.id())
                    .query(Long.class).optional().orElse(null);
            if (expectedVersion != null && !expectedVersion.equals(current)) {
                throw new StaleRuleException(rule.id(), expectedVersion, current == null ? -1 : current);
            }
            if (current == null) {
                RuleRows.insert(jdbc, rule, enabled, actor.name());
            } else {
                RuleRows.update(jdbc, rule, enabled, actor.name());
            }
            return get(rule.id());
        });
        cached = null;
        return stored;
    }

    /** Every audited change of the rule, oldest first. */
    public List<RuleChange> audit(String id) {
        get(id);
        return jdbc.sql("""
                select rule_id, action, version, changed_at, changed_by, old_values::text as old_values,
                       new_values::text as new_values
                  from spacing_rule_audit where rule_id = ? order by id""")
                .param(id)
                .query((rs, n) -> new RuleChange(rs.getString("rule_id"), rs.getString("action"), rs.getLong("version"),
                        rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("old_values"), rs.getString("new_values")))
                .list();
    }

    /**
     * Inserts each rule of {@link OmanDefaultRules} whose id is not in the table yet, and never
     * changes a rule that is: {@link OmanDefaultRules} is the single source of the default set, and
     * what an administrator changed stays changed. Idempotent; safe when several instances start
     * together (advisory lock).
     *
     * @return how many rules it inserted
     */
    public int seedDefaults() {
        Integer inserted = tx.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(hashtext('manhal.spacing_rule.seed'))").query(Object.class).single();
            nameActor(new Actor("system:seed"));
            Set<String> present = jdbc.sql("select id from spacing_rule").query(String.class).list().stream()
                    .collect(Collectors.toSet());
            int n = 0;
            for (SpacingRule rule : OmanDefaultRules.rules()) {
                if (!present.contains(rule.id())) {
                    RuleRows.insert(jdbc, rule, true, "system:seed");
                    n++;
                }
            }
            return n;
        });
        cached = null;
        return inserted == null ? 0 : inserted;
    }

    private void nameActor(Actor actor) {
        TransactionContext.bind(jdbc, actor, null);
    }
}
