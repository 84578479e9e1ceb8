package org.manhal.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.manhal.common.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one place where the acting user, the reason and the request id reach the database: every
 * write binds them to its transaction before it writes, and the audit triggers (well history,
 * rule audit) record them from there, whoever the writer is (the API, an import, a loader).
 *
 * <p>The settings are transaction-local ({@code set_config(…, true)}): they end with the
 * transaction, so a pooled connection never carries one caller's name into another's work. The
 * request id is the thread's {@link RequestId}.
 */
public final class TransactionContext {

    /** Binds all three in one statement; empty strings mean "none" to the triggers. */
    static final String SQL = "select set_config('manhal.actor', ?, true), set_config('manhal.reason', ?, true), "
            + "set_config('manhal.request_id', ?, true)";

    private TransactionContext() {
    }

    /**
     * Names the writer of the current transaction on this client's connection.
     *
     * @param reason why, as the caller stated it (kept in the history); null for none
     */
    public static void bind(JdbcClient jdbc, Actor actor, String reason) {
        jdbc.sql(SQL).params(actor.name(), orEmpty(reason), orEmpty(RequestId.current())).query((rs, n) -> 1).list();
    }

    /** As {@link #bind(JdbcClient, Actor, String)}, on a plain JDBC connection inside its transaction. */
    public static void bind(Connection c, Actor actor, String reason) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SQL)) {
            s.setString(1, actor.name());
            s.setString(2, orEmpty(reason));
            s.setString(3, orEmpty(RequestId.current()));
            s.execute();
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
