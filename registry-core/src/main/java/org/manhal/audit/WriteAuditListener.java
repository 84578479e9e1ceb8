package org.manhal.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * Writes the audit line of a request's write inside the write's own transaction, just before it
 * commits: Spring Boot registers every {@link TransactionExecutionListener} bean with the
 * transaction manager, so every write door (wells, rules, applications, contractors, imports) is
 * covered without naming it. The line is written only when the transaction did write (PostgreSQL
 * assigned it a transaction id: {@code pg_current_xact_id_if_assigned()}), only once per request,
 * and never for the audit trail's own transactions (personal-data reads, sign-in failures). A
 * line that cannot be written fails the commit: the write is rolled back, never left unaudited.
 */
@Component
class WriteAuditListener implements TransactionExecutionListener {

    private static final String AUDIT_TRAIL = AuditTrail.class.getName();

    private final JdbcClient jdbc;

    WriteAuditListener(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void beforeCommit(TransactionExecution tx) {
        WriteOrigin.State s = WriteOrigin.current();
        if (s == null || s.recorded || s.pending || !tx.isNewTransaction() || tx.isReadOnly() || tx.isRollbackOnly()
                || tx.getTransactionName() != null && tx.getTransactionName().startsWith(AUDIT_TRAIL)) {
            return;
        }
        WriteOrigin o = s.origin;
        // the condition is evaluated before the insert assigns a transaction id of its own
        int lines = jdbc.sql("""
                insert into audit_event (actor, roles, action, method, path, client_address, request_id)
                select ?, ?, 'WRITE', ?, ?, ?, ? where pg_current_xact_id_if_assigned() is not null""")
                .params(o.actor(), o.roles() == null ? "" : o.roles(), o.method(), o.path(), o.clientAddress(),
                        RequestId.current())
                .update();
        s.pending = lines == 1;
    }

    @Override
    public void afterCommit(TransactionExecution tx, Throwable commitFailure) {
        WriteOrigin.State s = WriteOrigin.current();
        if (s != null && s.pending) {
            s.pending = false;
            s.recorded = commitFailure == null;
        }
    }

    @Override
    public void afterRollback(TransactionExecution tx, Throwable rollbackFailure) {
        WriteOrigin.State s = WriteOrigin.current();
        if (s != null) {
            s.pending = false;
        }
    }
}
