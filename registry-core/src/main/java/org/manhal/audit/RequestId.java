package org.manhal.audit;

/**
 * The id of the request (or background job) the current thread works for, as the audit trail
 * records it. The web layer binds it for each request; a job binds the id of the request that
 * started it on its own thread.
 */
public final class RequestId {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestId() {
    }

    /** Binds {@code id} to this thread until the answer is closed (then the previous one again). */
    public static Binding bind(String id) {
        String previous = CURRENT.get();
        CURRENT.set(id);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The id bound to this thread, or null outside any request or job. */
    public static String current() {
        return CURRENT.get();
    }

    /** Ends a {@link #bind}. */
    @FunctionalInterface
    public interface Binding extends AutoCloseable {
        @Override
        void close();
    }
}
