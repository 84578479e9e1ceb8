package org.manhal.data.wells;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.manhal.data.admin.AdminBoundaries;
import org.manhal.data.synthetic.SyntheticWell;
import org.manhal.data.synthetic.SyntheticWellGenerator;
import org.manhal.data.synthetic.SyntheticWellWriter;
import org.manhal.data.synthetic.WellMix;

/**
 * Writes the committed sample data set {@code /org/manhal/data/wells/sample-wells.csv}: 300
 * synthetic wells around inhabited places (no interior scatter), each with a fictitious owner.
 * <p>
 * Guarantees, re-checked by {@code SampleWellsUnitTests}: the output is the same bytes for the
 * same code and data; every well is inside Oman's outline at least {@value #MIN_BORDER_CLEARANCE_M}
 * m from its edge (coast or land border); any two wells are at least {@value #MIN_SPACING_M} m
 * apart. Positions are lon/lat degrees, EPSG:4326.
 * <p>
 * Run it from the {@code data} module folder after changing the generator, and commit the result:
 * {@code java -cp <classpath> org.manhal.data.wells.SampleWellsWriter [output.csv]}.
 */
public final class SampleWellsWriter {

    /** Classpath location of the committed CSV. */
    public static final String RESOURCE = "/org/manhal/data/wells/sample-wells.csv";
    /** The CSV header. */
    public static final String HEADER = SyntheticWellWriter.CSV_HEADER + ",ownerName,ownerCivilId";
    /** Wells in the sample. */
    public static final int COUNT = 300;
    /**
     * Seed of the sample; changing it changes every row. Chosen from a scan of seeds 960–1100 as
     * one whose 300 wells reach every well area named for the sample (see the README) and all 11
     * governorates, with the most wilayats (50 of 61).
     */
    public static final long SEED = 990L;
    /** Minimum distance from the country outline (coast or land border), metres. */
    public static final double MIN_BORDER_CLEARANCE_M = 200;
    /** Minimum distance between two sample wells, metres. */
    public static final double MIN_SPACING_M = 5;

    /** Owners to spread the wells over, so that some owners hold several wells, as farms do. */
    private static final int OWNERS = 180;
    /** Mean Earth radius (IUGG), metres, for the spherical distance between nearby wells. */
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    private static final double METRES_PER_DEGREE_AT_EQUATOR = 111_320;
    private static final String DEFAULT_OUTPUT = "src/main/resources" + RESOURCE;

    private SampleWellsWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : DEFAULT_OUTPUT);
        List<SampleWell> wells = generate(AdminBoundaries.fromClasspath(), SEED);
        try (OutputStream out = Files.newOutputStream(output)) {
            write(wells, out);
        }
        System.err.printf(Locale.ROOT, "wrote %d sample wells to %s%n", wells.size(), output.toAbsolutePath());
    }

    /** Draws synthetic wells, keeping those that respect the clearance and spacing, until there are {@link #COUNT}. */
    static List<SampleWell> generate(AdminBoundaries boundaries, long seed) {
        var generator = new SyntheticWellGenerator(boundaries.preparedCountry(), seed, WellMix.INHABITED);
        var border = new IndexedFacetDistance(boundaries.country().getBoundary());
        var owners = new SplittableRandom(seed);
        List<SampleWell> wells = new ArrayList<>(COUNT);
        Iterator<SyntheticWell> candidates = generator.iterator(Long.MAX_VALUE);
        while (wells.size() < COUNT) {
            SyntheticWell candidate = candidates.next();
            if (clearOfBorder(candidate, border, boundaries.country()) && clearOfOthers(candidate, wells)) {
                wells.add(withOwner(candidate, 1 + owners.nextInt(OWNERS)));
            }
        }
        return wells;
    }

    /** Writes the header and rows, UTF-8, {@code \n} line ends; the stream is flushed, not closed. */
    static void write(List<SampleWell> wells, OutputStream out) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write(HEADER + "\n");
            for (SampleWell well : wells) {
                writer.write(SyntheticWellWriter.csvFields(well.well()) + "," + well.ownerName() + ","
                        + well.ownerCivilId() + "\n");
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write sample wells", e);
        }
    }

    /**
     * The planar distance in degrees to the outline, times the smaller of the two local
     * metres-per-degree (the longitude one, 111.32 km × cos(lat), below 84° N), is a lower bound
     * of the true distance in metres; comparing the bound keeps the guarantee conservative.
     */
    private static boolean clearOfBorder(SyntheticWell well, IndexedFacetDistance border, Geometry country) {
        double degrees = border.distance(country.getFactory().createPoint(new Coordinate(well.lon(), well.lat())));
        double lowerBoundM = degrees * METRES_PER_DEGREE_AT_EQUATOR * StrictMath.cos(StrictMath.toRadians(well.lat()));
        return lowerBoundM >= MIN_BORDER_CLEARANCE_M;
    }

    /** A scan is enough for 300 wells (45,000 pairs). */
    private static boolean clearOfOthers(SyntheticWell candidate, List<SampleWell> accepted) {
        return accepted.stream().allMatch(w -> metresBetween(w.well(), candidate) >= MIN_SPACING_M);
    }

    /** Great-circle distance on the mean-radius sphere (haversine); within 0.5% of the WGS 84 geodesic. */
    static double metresBetween(SyntheticWell a, SyntheticWell b) {
        double phi1 = StrictMath.toRadians(a.lat());
        double phi2 = StrictMath.toRadians(b.lat());
        double dPhi = phi2 - phi1;
        double dLambda = StrictMath.toRadians(b.lon() - a.lon());
        double h = square(StrictMath.sin(dPhi / 2))
                + StrictMath.cos(phi1) * StrictMath.cos(phi2) * square(StrictMath.sin(dLambda / 2));
        return 2 * EARTH_RADIUS_M * StrictMath.asin(StrictMath.sqrt(h));
    }

    /** Odd owner numbers get an English, even ones an Arabic name, so both scripts are exercised. */
    private static SampleWell withOwner(SyntheticWell well, int owner) {
        String number = String.format(Locale.ROOT, "%03d", owner);
        String name = owner % 2 == 1 ? "Sample Owner " + number : "مالك تجريبي " + number;
        return new SampleWell(well, name, String.format(Locale.ROOT, "99%06d", owner));
    }

    private static double square(double x) {
        return x * x;
    }
}
