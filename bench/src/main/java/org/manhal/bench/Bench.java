package org.manhal.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.manhal.bench.count.CountBenchmark;
import org.manhal.bench.http.AccessCodeBenchmark;
import org.manhal.bench.http.FeaturesBenchmark;
import org.manhal.bench.http.FeaturesMapServerBenchmark;
import org.manhal.bench.http.MapFramesBenchmark;
import org.manhal.bench.http.TilesBenchmark;
import org.manhal.bench.http.WmsBenchmark;
import org.manhal.bench.http.ZoningBenchmark;
import org.manhal.bench.spacing.FindingsBenchmark;
import org.manhal.bench.spacing.SpacingBenchmark;
import org.manhal.bench.imports.ImportBenchmark;

/**
 * Runs one named benchmark against the database named by MANHAL_DB_URL, MANHAL_DB_USER and
 * MANHAL_DB_PASSWORD ({@code bin/manhal bench} points them at {@code manhal_bench}):
 * {@code java -jar bench/target/bench.jar NAME [options]}. Each benchmark provisions the data it
 * needs itself and prints its results as Markdown for docs/benchmarks.md. To add one, implement
 * {@link Benchmark} and register it in {@link #BENCHMARKS}.
 */
public final class Bench {

    private static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();

    static {
        BENCHMARKS.put("count", new CountBenchmark());
        BENCHMARKS.put("spacing", new SpacingBenchmark());
        BENCHMARKS.put("import", new ImportBenchmark());
        BENCHMARKS.put("findings", new FindingsBenchmark());
        BENCHMARKS.put("wells", new LoadWells());
        BENCHMARKS.put("tiles", new TilesBenchmark());
        BENCHMARKS.put("features", new FeaturesBenchmark());
        BENCHMARKS.put("features-mapserver", new FeaturesMapServerBenchmark());
        BENCHMARKS.put("wms", new WmsBenchmark());
        BENCHMARKS.put("zoning", new ZoningBenchmark());
        BENCHMARKS.put("access-code", new AccessCodeBenchmark());
        BENCHMARKS.put("map-frames", new MapFramesBenchmark());
    }

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Benchmark benchmark = args.length == 0 ? null : BENCHMARKS.get(args[0]);
        if (benchmark == null) {
            System.err.println("usage: java -jar bench.jar NAME [options]; benchmarks:");
            BENCHMARKS.forEach((name, b) -> System.err.println("  " + name + "  " + b.usage()));
            System.exit(2);
            return;
        }
        try (BenchDatabase db = BenchDatabase.fromEnvironment()) {
            benchmark.run(db, BenchOptions.parse(Arrays.copyOfRange(args, 1, args.length)));
        }
    }
}
