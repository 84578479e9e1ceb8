package org.manhal.data.synthetic;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;

import org.manhal.data.admin.AdminBoundaries;

/**
 * Command line for {@link SyntheticWellGenerator}:
 * {@code --count N --seed S --format csv|copy --out FILE|-}. Defaults: 1000 wells, seed 1, csv,
 * standard output. Writes a one-line summary with the elapsed time to standard error, so it never
 * mixes with data written to standard output.
 */
public final class SyntheticWellsCommand {

    /** Parsed arguments. */
    record Options(long count, long seed, String format, String out) {

        static Options parse(String... args) {
            long count = 1000;
            long seed = 1;
            String format = "csv";
            String out = "-";
            for (int i = 0; i < args.length; i += 2) {
                String value = valueAfter(args, i);
                switch (args[i]) {
                    case "--count" -> count = Long.parseLong(value);
                    case "--seed" -> seed = Long.parseLong(value);
                    case "--format" -> format = value.toLowerCase(Locale.ROOT);
                    case "--out" -> out = value;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            if (!format.equals("csv") && !format.equals("copy")) {
                throw new IllegalArgumentException("--format must be csv or copy, not " + format);
            }
            return new Options(count, seed, format, out);
        }

        private static String valueAfter(String[] args, int i) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value after " + args[i]);
            }
            return args[i + 1];
        }
    }

    private SyntheticWellsCommand() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: --count N --seed S --format csv|copy --out FILE|-");
            System.exit(2);
            return;
        }
        run(options);
    }

    static void run(Options options) {
        long start = System.nanoTime();
        SyntheticWellGenerator generator = SyntheticWellGenerator.forOman(AdminBoundaries.fromClasspath(), options.seed());
        long written = write(generator.iterator(options.count()), options);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.err.printf(Locale.ROOT, "wrote %d synthetic wells (seed %d, %s) to %s in %d ms%n",
                written, options.seed(), options.format(), options.out(), millis);
    }

    /** Standard output is flushed but left open; a file is buffered by the writer and closed here. */
    private static long write(Iterator<SyntheticWell> wells, Options options) {
        if (options.out().equals("-")) {
            return write(wells, options.format(), System.out);
        }
        try (OutputStream out = new FileOutputStream(options.out())) {
            return write(wells, options.format(), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + options.out(), e);
        }
    }

    private static long write(Iterator<SyntheticWell> wells, String format, OutputStream out) {
        return format.equals("copy") ? SyntheticWellWriter.writeCopy(wells, out) : SyntheticWellWriter.writeCsv(wells, out);
    }
}
