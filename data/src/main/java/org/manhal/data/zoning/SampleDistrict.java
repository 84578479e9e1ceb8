package org.manhal.data.zoning;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * An invented residential district of Al Khoud (As Seeb, Muscat) for demonstration and tests:
 * 8 × 4 street blocks of two rows of five plots, laid out in local metres and written in lon/lat.
 * Deterministic: no randomness, only the block and plot indices decide the shapes, so every run
 * (and every machine) writes the same files.
 *
 * <p>Shapes: mostly rectangles of varied widths; corner plots (frontage on two streets); an
 * L-shaped (concave) plot that took its neighbour's rear half; a flag plot reaching its street by
 * a 4 m strip; a plot with a hole (a substation parcel carved out, itself a plot); plots with a
 * slanted rear edge. Zones: R1 (villas, the western half), R2 (residential-commercial), C1
 * (commercial, the eastern quarter), G1 (public services, one block). One plot is cut by the
 * R1/R2 line. The south-eastern corner lies about 40 m from the sample Al Khoud public supply
 * well, so the plots there are flagged by the zoning check.
 */
public final class SampleDistrict {

    /** The district's south-west corner (lon, lat): just north of the sample Al Khoud supply well. */
    static final double LON0 = 58.1188;
    static final double LAT0 = 23.5603;
    /** The wilayat of every sample plot: As Seeb. */
    public static final String WILAYAT = "OM-MA-SEB";

    static final int BLOCK_COLUMNS = 8;
    static final int BLOCK_ROWS = 4;
    static final int PLOTS_PER_ROW = 5;
    static final double STREET_M = 20;
    static final double DEPTH_M = 30;
    /** Plot widths along a row, rotated block by block; they sum to the block's width. */
    private static final double[] WIDTHS = {24, 26, 25, 22, 28};
    static final double BLOCK_W = 125;

    /** Metres per degree near LAT0 (WGS 84 local radii), for the local-metre to lon/lat step. */
    private static final double M_PER_DEG_LAT = 110_770;
    private static final double M_PER_DEG_LON = 111_320 * StrictMath.cos(StrictMath.toRadians(LAT0));

    private static final GeometryFactory LOCAL = new GeometryFactory(new PrecisionModel(), 0);
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(1e9), 4326);

    /** A plot: number, shape, the edges facing a street (lines), its owner (invented), in lon/lat. */
    public record SamplePlot(String number, Polygon polygon, Geometry frontage, String ownerEn, String ownerAr, String civilId) {
    }

    /** A zone polygon of a code, in lon/lat. */
    public record SampleZone(String code, String label, Geometry polygon) {
    }

    private final List<SamplePlot> plots = new ArrayList<>();
    private final List<SampleZone> zones = new ArrayList<>();
    private int owners;

    private SampleDistrict() {
    }

    public static SampleDistrict generate() {
        SampleDistrict d = new SampleDistrict();
        d.build();
        return d;
    }

    public List<SamplePlot> plots() {
        return plots;
    }

    public List<SampleZone> zones() {
        return zones;
    }

    /** The plot the R1/R2 line cuts: block (3, 1), north row, last plot. */
    static final String SPLIT_PLOT = "3-1-10";

    private void build() {
        for (int br = 0; br < BLOCK_ROWS; br++) {
            for (int bc = 0; bc < BLOCK_COLUMNS; bc++) {
                block(bc, br);
            }
        }
        buildZones();
    }

    private static double blockX(int bc) {
        return bc * (BLOCK_W + STREET_M);
    }

    private static double blockY(int br) {
        return br * (2 * DEPTH_M + STREET_M);
    }

    private void block(int bc, int br) {
        int index = br * BLOCK_COLUMNS + bc;
        double x0 = blockX(bc);
        double y0 = blockY(br);
        for (int row = 0; row < 2; row++) {
            double x = x0;
            // the south row faces the street below it, the north row the street above it
            double front = row == 0 ? y0 : y0 + 2 * DEPTH_M;
            double back = y0 + DEPTH_M;
            for (int i = 0; i < PLOTS_PER_ROW; i++) {
                double w = WIDTHS[(i + index) % WIDTHS.length];
                String number = bc + "-" + br + "-" + (row * PLOTS_PER_ROW + i + 1);
                boolean west = i == 0;
                boolean east = i == PLOTS_PER_ROW - 1;
                double xa = x;
                double xb = x + w;
                x = xb;
                if (index == 5 && row == 0 && i == 1) {
                    // L-shaped: this plot took the rear half of its eastern neighbour
                    double w2 = WIDTHS[(i + 1 + index) % WIDTHS.length];
                    Polygon l = poly(xa, front, xb, front, xb, front + DEPTH_M / 2, xb + w2, front + DEPTH_M / 2, xb + w2, back,
                            xa, back, xa, front);
                    add(number, l, line(xa, front, xb, front));
                    continue;
                }
                if (index == 5 && row == 0 && i == 2) {
                    add(number, poly(xa, front, xb, front, xb, front + DEPTH_M / 2, xa, front + DEPTH_M / 2, xa, front),
                            line(xa, front, xb, front));
                    continue;
                }
                if (index == 10 && row == 0 && i == 2) {
                    // a front plot and, behind it, a flag plot reaching the street by a 4 m strip on the east
                    double mid = front + DEPTH_M / 2;
                    add(number, poly(xa, front, xb - 4, front, xb - 4, mid, xa, mid, xa, front), line(xa, front, xb - 4, front));
                    add(number + "F",
                            poly(xb - 4, front, xb, front, xb, back, xa, back, xa, mid, xb - 4, mid, xb - 4, front),
                            line(xb - 4, front, xb, front));
                    continue;
                }
                Polygon shape;
                if (row == 0) {
                    // blocks on the third column: the rear edge slants (an old field boundary)
                    double slant = bc == 2 ? (i - 2) * 1.5 : 0;
                    shape = poly(xa, front, xb, front, xb, back + slant + 1.5, xa, back + slant, xa, front);
                    if (bc != 2) {
                        shape = poly(xa, front, xb, front, xb, back, xa, back, xa, front);
                    }
                } else {
                    shape = poly(xa, back, xb, back, xb, front, xa, front, xa, back);
                    if (bc == 2) {
                        double slant = (i - 2) * 1.5;
                        shape = poly(xa, back + slant, xb, back + slant + 1.5, xb, front, xa, front, xa, back + slant);
                    }
                }
                if (index == 13 && row == 1 && i == 4) {
                    // a 6 x 6 m electricity substation parcel carved out of the plot: a hole, and a plot of its own
                    double cx = (xa + xb) / 2;
                    double cy = (back + front) / 2;
                    Polygon hole = poly(cx - 3, cy - 3, cx + 3, cy - 3, cx + 3, cy + 3, cx - 3, cy + 3, cx - 3, cy - 3);
                    shape = LOCAL.createPolygon(shape.getExteriorRing(), new org.locationtech.jts.geom.LinearRing[] {hole.getExteriorRing()});
                    add(number + "S", hole, null);
                }
                List<LineString> streets = new ArrayList<>();
                streets.add(line(xa, front, xb, front));
                if (west) {
                    streets.add(line(xa, back, xa, front));
                }
                if (east) {
                    streets.add(line(xb, back, xb, front));
                }
                add(number, shape, LOCAL.createMultiLineString(streets.toArray(LineString[]::new)));
            }
        }
    }

    private void buildZones() {
        double minX = -STREET_M / 2;
        double minY = -STREET_M / 2;
        double maxY = blockY(BLOCK_ROWS) - STREET_M / 2;
        double r1r2 = blockX(4) - STREET_M / 2;
        double r2c1 = blockX(6) - STREET_M / 2;
        double maxX = blockX(BLOCK_COLUMNS) - STREET_M / 2;
        // the R1/R2 line jogs into block (3, 1): the east half of its north-eastern plot is R2
        double bx = blockX(3);
        double lastW = WIDTHS[(4 + BLOCK_COLUMNS + 3) % WIDTHS.length];
        double cut = bx + BLOCK_W - lastW / 2;
        double y1 = blockY(1) + DEPTH_M;
        double y2 = blockY(1) + 2 * DEPTH_M;
        Geometry notch = poly(cut, y1, r1r2, y1, r1r2, y2, cut, y2, cut, y1);
        Geometry r1 = rect(minX, minY, r1r2, maxY).difference(notch);
        // G1: block (1, 3), a mosque, a school and a park
        Geometry g1 = rect(blockX(1) - STREET_M / 2, blockY(3) - STREET_M / 2, blockX(2) - STREET_M / 2, maxY);
        r1 = r1.difference(g1);
        zones.add(new SampleZone("R1", "Al Khoud sample plan, sheet 1", wgs(r1)));
        zones.add(new SampleZone("G1", "Al Khoud sample plan, sheet 1", wgs(g1)));
        zones.add(new SampleZone("R2", "Al Khoud sample plan, sheet 2", wgs(rect(r1r2, minY, r2c1, maxY).union(notch))));
        zones.add(new SampleZone("C1", "Al Khoud sample plan, sheet 2", wgs(rect(r2c1, minY, maxX, maxY))));
    }

    private void add(String number, Polygon local, Geometry frontage) {
        owners++;
        String n = String.format(java.util.Locale.ROOT, "%04d", owners);
        plots.add(new SamplePlot(number, (Polygon) wgs(local), frontage == null ? null : wgs(frontage),
                "Sample owner " + n, "مالك تجريبي " + n, "SAMPLE-" + n));
    }

    private static Polygon rect(double x1, double y1, double x2, double y2) {
        return poly(x1, y1, x2, y1, x2, y2, x1, y2, x1, y1);
    }

    private static Polygon poly(double... xy) {
        Coordinate[] c = new Coordinate[xy.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return LOCAL.createPolygon(c);
    }

    private static LineString line(double x1, double y1, double x2, double y2) {
        return LOCAL.createLineString(new Coordinate[] {new Coordinate(x1, y1), new Coordinate(x2, y2)});
    }

    /** Local metres to lon/lat, rounded to 1e-9° (0.1 mm) so that the files are stable. */
    private static Geometry wgs(Geometry local) {
        Geometry g = local.copy();
        g.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            c.x = Math.round((LON0 + c.x / M_PER_DEG_LON) * 1e9) / 1e9;
            c.y = Math.round((LAT0 + c.y / M_PER_DEG_LAT) * 1e9) / 1e9;
        });
        g.geometryChanged();
        return WGS84.createGeometry(g);
    }
}
