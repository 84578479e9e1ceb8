package org.manhal.zoning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.manhal.audit.TransactionContext;
import org.manhal.common.Actor;
import org.manhal.common.NotFoundException;
import org.manhal.common.Text;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.zoning.internal.ZoneRuleRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The protection distances of the zoning check as data, and the one door through which they
 * change: read, change with an optimistic version (the kinds are fixed: aflaj and public supply
 * wells), and the audit trail the trigger writes with the transaction context. A check reads the
 * table in its own statement, so a change applies to the next check.
 */
@Service
public class ProtectionDistances {

    private static final String COLUMNS = "target_kind, distance_m, outcome, legal_reference, version, updated_at, updated_by";

    private final JdbcClient jdbc;
    private final TransactionOperations tx;

    public ProtectionDistances(JdbcClient jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(txManager);
    }

    public List<ProtectionDistance> list() {
        return jdbc.sql("select " + COLUMNS + " from zoning_protection_distance order by target_kind").query(ProtectionDistances::read).list();
    }

    /** The distance kept from this kind; unknown kinds and kinds without a distance are not found. */
    public ProtectionDistance get(String kind) {
        return jdbc.sql("select " + COLUMNS + " from zoning_protection_distance where target_kind = ?").param(kind)
                .query(ProtectionDistances::read).optional().orElseThrow(() -> notFound(kind));
    }

    /**
     * Changes the distance kept from a kind of feature.
     *
     * @param expectedVersion the version the caller read, or {@code null} to skip the check
     * @param reason why, kept in the audit trail; may be null
     */
    public ProtectionDistance put(String kind, BigDecimal distanceM, RuleOutcome outcome, String legalReference,
                                  Long expectedVersion, Actor actor, String reason) {
        return tx.execute(status -> {
            TransactionContext.bind(jdbc, actor, reason);
            Long current = jdbc.sql("select version from zoning_protection_distance where target_kind = ? for update")
                    .param(kind).query(Long.class).optional().orElseThrow(() -> notFound(kind));
            if (expectedVersion != null && !expectedVersion.equals(current)) {
                throw new StaleZoneRuleException(new Text("مسافة الحماية من " + kind, "The protection distance from " + kind),
                        expectedVersion, current);
            }
            jdbc.sql("""
                    update zoning_protection_distance
                       set distance_m = ?, outcome = ?, legal_reference = ?, version = version + 1,
                           updated_at = now(), updated_by = ?
                     where target_kind = ?""")
                    .params(distanceM, outcome.name(), legalReference, actor.name(), kind).update();
            return get(kind);
        });
    }

    /** Every audited change of the distance kept from this kind, oldest first. */
    public List<ZoneRuleChange> audit(String kind) {
        get(kind);
        return ZoneRuleRows.changes(jdbc, "zoning_protection_distance_audit", "target_kind", kind);
    }

    private static ProtectionDistance read(ResultSet rs, int row) throws SQLException {
        return new ProtectionDistance(FeatureKind.valueOf(rs.getString("target_kind")), rs.getBigDecimal("distance_m"),
                RuleOutcome.valueOf(rs.getString("outcome")), rs.getString("legal_reference"), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    private static NotFoundException notFound(String kind) {
        return new NotFoundException(new Text("لا توجد مسافة حماية للمباني من " + kind + ".",
                "There is no building protection distance from " + kind + "."));
    }
}
