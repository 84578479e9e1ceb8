package org.manhal.api.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.hibernate.TransactionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database cannot serve now, so that the client should retry: the
 * exception or one of its causes is Spring's or JDBC's transient or resource failure, or a
 * PostgreSQL error of that kind. Read through the whole cause chain because JPA, the transaction
 * manager and the import's own wrapping each hide the driver's exception at another depth.
 */
final class DatabaseUnavailable {

    static final int RETRY_AFTER_SECONDS = 5;

    /**
     * PostgreSQL SQLSTATEs (Appendix A) that mean "not now": the connection classes (08…),
     * server shutting down or restarting (57P01–57P03), too many connections (53300), a statement
     * over statement_timeout or cancelled (57014), a serialization failure or deadlock (40001,
     * 40P01) and a lock wait over lock_timeout (55P03).
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014", "40001", "40P01", "55P03");

    private DatabaseUnavailable() {
    }

    static boolean explains(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingFailureException) {
                return false; // a conflict with another writer, not the database's state
            }
            if (t instanceof TransientDataAccessException || t instanceof DataAccessResourceFailureException
                    || t instanceof RecoverableDataAccessException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof TransactionSystemException || t instanceof TransactionException) {
                // a rollback that failed: the connection broke under the request, and the
                // transaction manager's exception replaced the one that said so
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** The log line's cause: the exception types and SQLSTATE, without SQL or parameters. */
    static String summary(Throwable e) {
        StringBuilder s = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (!s.isEmpty()) {
                s.append(" <- ");
            }
            s.append(t.getClass().getSimpleName());
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                s.append('[').append(sql.getSQLState()).append(']');
            }
        }
        return s.toString();
    }
}
