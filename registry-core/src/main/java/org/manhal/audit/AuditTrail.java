package org.manhal.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail ({@code audit_event}, V51): the service records, auditors read.
 * The table refuses every update, delete and truncate (triggers and grants), so what is recorded
 * stays as it was recorded.
 */
@Service
public class AuditTrail {

    private static final String COLUMNS = "id, at, actor, roles, action, method, path, target, status, client_address, request_id, detail";

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records an entry in a transaction of its own: a write that fails after its audit line still
     * leaves the line (the attempt happened), and a failing audit never undoes a committed write.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry e) {
        jdbc.sql("""
                insert into audit_event (actor, roles, action, method, path, target, status, client_address, request_id, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.actor(), e.roles() == null ? "" : e.roles(), e.action(), e.method(), e.path(), e.target(),
                        e.status(), e.clientAddress(), e.requestId(), e.detail())
                .update();
    }

    /** One page of the entries matching {@code q}, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditQuery q) {
        List<Object> params = new ArrayList<>();
        String sql = "select " + COLUMNS + " from audit_event" + where(q, params) + " order by id limit ? offset ?";
        params.add(q.limit());
        params.add(q.offset());
        return jdbc.sql(sql).params(params).query((rs, n) -> entry(rs)).list();
    }

    /** How many entries match {@code q} (its paging aside). */
    @Transactional(readOnly = true)
    public long count(AuditQuery q) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from audit_event" + where(q, params)).params(params).query(Long.class).single();
    }

    /** Every entry matching {@code q} (its paging aside), oldest first, streamed to {@code sink}. */
    @Transactional(readOnly = true)
    public void export(AuditQuery q, Consumer<AuditEntry> sink) {
        List<Object> params = new ArrayList<>();
        jdbc.sql("select " + COLUMNS + " from audit_event" + where(q, params) + " order by id")
                .params(params).withFetchSize(5_000).query(rs -> {
                    sink.accept(entry(rs));
                });
    }

    private static String where(AuditQuery q, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        add(conditions, params, "actor = ?", q.actor());
        add(conditions, params, "action = ?", q.action());
        add(conditions, params, "target = ?", q.target());
        add(conditions, params, "request_id = ?", q.requestId());
        add(conditions, params, "at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
        add(conditions, params, "at < ?", q.to() == null ? null : Timestamp.from(q.to()));
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void add(List<String> conditions, List<Object> params, String condition, Object value) {
        if (value != null) {
            conditions.add(condition);
            params.add(value);
        }
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        Integer status = rs.getObject("status", Integer.class);
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("roles"), rs.getString("action"), rs.getString("method"), rs.getString("path"),
                rs.getString("target"), status, rs.getString("client_address"),
                rs.getString("request_id"), rs.getString("detail"));
    }
}
