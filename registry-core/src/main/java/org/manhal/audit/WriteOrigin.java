package org.manhal.audit;

/**
 * Who asked for the writes of the current thread's request, and from where: what the audit line
 * of a write says beside the write itself. The web side opens it for every request that may write
 * ({@link #open}) and closes it after the answer ({@link #close}); while it is open, every
 * transaction of the thread that writes to the database writes its audit line in the same
 * transaction, just before it commits (once per request), so a write that rolls back leaves no
 * line and a committed write always has one. Outside a request (loaders, jobs) nothing is open
 * and the histories name the writer.
 *
 * @param actor         the account name
 * @param roles         its roles, comma-separated
 * @param method        the HTTP method
 * @param path          the request path (never its query)
 * @param clientAddress the client's address as the service saw it
 */
public record WriteOrigin(String actor, String roles, String method, String path, String clientAddress) {

    /** The open origin and whether its request's line is recorded (committed) or pending (in a transaction). */
    static final class State {
        final WriteOrigin origin;
        boolean recorded;
        boolean pending;

        State(WriteOrigin origin) {
            this.origin = origin;
        }
    }

    private static final ThreadLocal<State> CURRENT = new ThreadLocal<>();

    /** Opens the origin of the current thread's request. */
    public static void open(WriteOrigin origin) {
        CURRENT.set(new State(origin));
    }

    /** Closes it; whether a transaction of the request committed its audit line. */
    public static boolean close() {
        State s = CURRENT.get();
        CURRENT.remove();
        return s != null && s.recorded;
    }

    static State current() {
        return CURRENT.get();
    }
}
