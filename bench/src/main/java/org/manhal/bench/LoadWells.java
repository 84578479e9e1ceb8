package org.manhal.bench;

/**
 * Only loads the synthetic wells ({@link SyntheticWells}) and analyses them: the HTTP benchmarks
 * measure a service started against the bench database, which must hold the wells before it starts
 * (its in-memory copies of the occupied cells and rules are read at start).
 */
public final class LoadWells implements Benchmark {

    @Override
    public String usage() {
        return "--wells N (default 1000000): load the synthetic wells, nothing measured";
    }

    @Override
    public void run(BenchDatabase db, BenchOptions options) throws Exception {
        long wells = options.number("wells", 1_000_000);
        long loaded = SyntheticWells.ensure(db.dataSource(), wells);
        db.jdbc().sql("vacuum analyze well").update();
        System.out.printf("%,d synthetic wells present (%,d loaded now)%n", wells, loaded);
    }
}
