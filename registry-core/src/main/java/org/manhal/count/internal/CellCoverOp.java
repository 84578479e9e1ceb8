package org.manhal.count.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Lays a valid Polygon or MultiPolygon (EPSG:4326 lon/lat degrees) on the {@link CountGrid} and
 * finds which cells lie wholly inside it and which its boundary touches; see {@link CellCover}.
 *
 * <p>How: (1) every edge of every ring is walked across the grid of {@link CountGrid#EXACT_K},
 * marking each cell whose closed square it touches, with a margin of {@link #MARGIN} cell so that
 * an edge on a cell side or a rounding in the walk marks both neighbours (marking too many is safe:
 * they are counted exactly; too few would not be); a coarser cell is a boundary cell if one of its
 * exact-level cells is. (2) From the 1° cells over the area's envelope down: a boundary cell is
 * split into its four children, down to the exact level, where it is kept for the exact count; any
 * other cell is wholly inside or wholly outside the area, since no edge touches it, and its centre,
 * at least half a cell from any edge, says which (one point-in-polygon test). Inside cells down to
 * {@link CountGrid#FINEST_K} are summed from the stored counts; finer inside cells (the levels
 * between FINEST_K and EXACT_K) are listed as exact-level cells whose wells are counted untested.
 *
 * <p>Given a {@link CellOccupancy}, cells that hold no well are left out of both lists, and runs
 * along a row are joined across such cells (a run may then span empty cells that are not inside:
 * they add nothing to a sum and hold no well to test). The cover of Oman's outline shrinks from
 * 7,509 inside runs and 13,025 boundary cells to about a quarter of the runs and a tenth of the
 * cells.
 *
 * <p>The cost grows with the number of boundary cells (the perimeter in cells), not with the
 * number of vertices or the area. Not thread-safe; use one instance per area.
 */
public final class CellCoverOp {

    /** In exact-level cells (≈ 0.01 mm): far above the rounding of the walk, far below anything surveyed. */
    static final double MARGIN = 1e-7;

    /** Runs are not joined across more empty cells than this: checking the gap costs a lookup a cell. */
    private static final int MAX_GAP = 64;

    private final Geometry area;
    private final CellOccupancy occupancy;
    private final LongSet boundary = new LongSet(4096);
    private final LongList inside = new LongList();
    private final LongList exact = new LongList();
    private final LongSet insideExactKeys = new LongSet(1024);
    private IndexedPointInAreaLocator locator;

    /** @param area a valid Polygon or MultiPolygon in lon/lat degrees (validate it first) */
    CellCoverOp(Geometry area) {
        this(area, CellOccupancy.ANY);
    }

    /** @param occupancy the cells that may hold wells; the others are left out */
    CellCoverOp(Geometry area, CellOccupancy occupancy) {
        this.area = area;
        this.occupancy = occupancy;
    }

    CellCover cover() {
        locator = new IndexedPointInAreaLocator(area);
        markBoundary();
        Envelope env = area.getEnvelopeInternal();
        int k = CountGrid.COARSEST_K;
        for (long iy = CountGrid.index(env.getMinY(), k); iy <= CountGrid.index(env.getMaxY(), k); iy++) {
            for (long ix = CountGrid.index(env.getMinX(), k); ix <= CountGrid.index(env.getMaxX(), k); ix++) {
                visit(k, ix, iy, null);
            }
        }
        return new CellCover(runs(inside.sorted()), runs(exact.sorted()), insideExactKeys);
    }

    /**
     * Visits a cell: a boundary cell is split (or kept, at the exact level), any other is inside
     * or outside as a whole. {@code side} is that of untouched cells next to this one (null if not
     * known yet); answers the side known after the visit.
     */
    private Boolean visit(int k, long ix, long iy, Boolean side) {
        if (!mayHoldWells(k, ix, iy)) {
            return side;
        }
        long key = CountGrid.key(k, ix, iy);
        if (boundary.contains(key)) {
            if (k == CountGrid.EXACT_K) {
                exact.add(key);
            } else {
                visitChildren(k + 1, 2 * ix, 2 * iy);
            }
            return side;
        }
        boolean inside = side != null ? side : isInside(k, ix, iy);
        if (inside) {
            addInside(k, ix, iy);
        }
        return inside;
    }

    /**
     * The four children of a boundary cell. Those no edge touches all lie on the same side: any
     * two of them share at least the parent's centre, so together they are connected and the
     * boundary meets none of them. One point-in-polygon test serves them all.
     */
    private void visitChildren(int k, long ix0, long iy0) {
        Boolean side = null;
        for (long iy = iy0; iy <= iy0 + 1; iy++) {
            for (long ix = ix0; ix <= ix0 + 1; ix++) {
                side = visit(k, ix, iy, side);
            }
        }
    }

    /** Whether a cell that no edge touches lies inside: its centre, half a cell from any edge, says. */
    private boolean isInside(int k, long ix, long iy) {
        double s = CountGrid.scale(k);
        return locator.locate(new Coordinate((ix + 0.5) / s, (iy + 0.5) / s)) == Location.INTERIOR;
    }

    /** Cells finer than the occupancy's are taken as occupied when their finest-level parent is. */
    private boolean mayHoldWells(int k, long ix, long iy) {
        int finer = Math.max(0, k - CountGrid.FINEST_K);
        return occupancy.mayHoldWells(k - finer, ix >> finer, iy >> finer);
    }

    /** An inside cell: summed from the counts down to FINEST_K, below as its EXACT_K cells. */
    private void addInside(int k, long ix, long iy) {
        if (k <= CountGrid.FINEST_K) {
            inside.add(CountGrid.key(k, ix, iy));
            return;
        }
        int shift = CountGrid.EXACT_K - k;
        for (long cy = iy << shift; cy < (iy + 1) << shift; cy++) {
            for (long cx = ix << shift; cx < (ix + 1) << shift; cx++) {
                long key = CountGrid.key(CountGrid.EXACT_K, cx, cy);
                exact.add(key);
                insideExactKeys.add(key);
            }
        }
    }

    private void markBoundary() {
        for (int i = 0; i < area.getNumGeometries(); i++) {
            Polygon p = (Polygon) area.getGeometryN(i);
            markRing(p.getExteriorRing().getCoordinates());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                markRing(p.getInteriorRingN(h).getCoordinates());
            }
        }
    }

    private void markRing(Coordinate[] ring) {
        double s = CountGrid.scale(CountGrid.EXACT_K);
        for (int i = 1; i < ring.length; i++) {
            Coordinate a = ring[i - 1];
            Coordinate b = ring[i];
            if (a.x <= b.x) {
                markSegment(a.x * s, a.y * s, b.x * s, b.y * s);
            } else {
                markSegment(b.x * s, b.y * s, a.x * s, a.y * s);
            }
        }
    }

    /** Marks the exact-level cells the segment touches; coordinates in those cells, ax ≤ bx. */
    private void markSegment(double ax, double ay, double bx, double by) {
        long lastColumn = (long) Math.floor(bx + MARGIN);
        for (long c = (long) Math.floor(ax - MARGIN); c <= lastColumn; c++) {
            double ya = ay;
            double yb = by;
            if (bx != ax) { // else vertical: the whole of ay..by in its column (and the margin's)
                ya = yAt(ax, ay, bx, by, Math.max(ax, Math.min(bx, c)));
                yb = yAt(ax, ay, bx, by, Math.max(ax, Math.min(bx, c + 1)));
            }
            long lastRow = (long) Math.floor(Math.max(ya, yb) + MARGIN);
            for (long r = (long) Math.floor(Math.min(ya, yb) - MARGIN); r <= lastRow; r++) {
                CountGrid.addWithAncestors(boundary, CountGrid.EXACT_K, c, r);
            }
        }
    }

    private static double yAt(double ax, double ay, double bx, double by, double x) {
        return ay + (by - ay) * ((x - ax) / (bx - ax));
    }

    /** Merges sorted keys into runs along a row, consecutive or separated by empty cells only. */
    private List<CellRun> runs(long[] keys) {
        List<CellRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= keys.length; i++) {
            if (i == keys.length || !joinable(keys[i - 1], keys[i])) {
                long first = keys[start];
                runs.add(new CellRun(CountGrid.level(first), CountGrid.row(first), CountGrid.column(first),
                        CountGrid.column(keys[i - 1])));
                start = i;
            }
        }
        return runs;
    }

    /** Whether the run ending at key a may go on to key b: same row, and only empty cells between. */
    private boolean joinable(long a, long b) {
        if (b == a + 1) {
            return true;
        }
        if (b - a > MAX_GAP || CountGrid.level(a) != CountGrid.level(b) || CountGrid.row(a) != CountGrid.row(b)) {
            return false;
        }
        int k = CountGrid.level(a);
        long iy = CountGrid.row(a);
        for (long ix = CountGrid.column(a) + 1; ix < CountGrid.column(b); ix++) {
            if (mayHoldWells(k, ix, iy)) {
                return false;
            }
        }
        return true;
    }
}
