package org.manhal.bench;

/** A benchmark that {@link Bench} can run by name. */
public interface Benchmark {

    /** The options it takes, one line. */
    String usage();

    /** Provisions its data in {@code db} if missing, measures, prints Markdown results. */
    void run(BenchDatabase db, BenchOptions options) throws Exception;
}
