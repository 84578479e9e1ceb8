package org.manhal.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.manhal.admin.AdminAreas;
import org.manhal.admin.AdminLevel;
import org.manhal.admin.AreaRef;
import org.manhal.common.Bilingual;
import org.manhal.common.Text;
import org.manhal.count.internal.CellCoverOp;
import org.manhal.count.internal.CountGrid;
import org.manhal.count.internal.OccupiedCells;
import org.manhal.count.internal.PointInAreaTest;
import org.manhal.count.internal.WellCountRepository;
import org.manhal.well.WellStatus;
import org.manhal.well.WellUse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Counts the registry's wells, exactly and fast: in the whole registry or in any polygon, filtered
 * by use, status and area, in total or broken down by governorate, wilayat, use or status.
 *
 * <p>Guarantee: the answer equals the plain query {@code select count(*) from well where
 * deleted_at is null and ST_Intersects(area, geom)} (with the filters, grouped as asked) at the
 * same moment. How: the database keeps per-cell counts current on every write (statement triggers
 * of migration V3, on a quadtree of 1° to 1/256° cells, see {@link CountGrid}) and the set of cells
 * that have ever held a well (V7, mirrored in memory by {@link OccupiedCells}); a polygon is laid
 * on the occupied cells of the grid in the JVM ({@link CellCoverOp}); the cells wholly inside are
 * summed from those counts, and the wells of the finest cells the boundary touches are read from a
 * covering index and tested one by one in the JVM with PostGIS's own point-in-polygon rules
 * ({@link PointInAreaTest}), the rare undecidable ones by {@code ST_Intersects} itself. Without an
 * area the answer is read from the world summary (a few thousand rows). The cost therefore follows
 * the perimeter of the polygon in occupied cells, not the
 * number of wells inside it. Coordinates are EPSG:4326 lon/lat degrees.
 */
@Service
public class WellCounter {

    private static final Text UNASSIGNED = new Text("غير محدد", "Not assigned");

    private final WellCountRepository repository;
    private final AdminAreas areas;

    /** Usable without Spring too (the benchmark builds one over a plain DataSource). */
    public WellCounter(JdbcClient jdbc, TransactionOperations tx, AdminAreas areas) {
        this.repository = new WellCountRepository(jdbc, tx);
        this.areas = areas;
    }

    /** Counts; the area, if any, must be valid (see {@link org.manhal.crs.PolygonValidator}, {@link org.manhal.crs.PolygonPurpose#COUNT}). */
    public WellCount count(WellCountQuery query) {
        Map<String, Long> counts = query.area() == null
                ? repository.countAll(query.filter(), query.groupBy())
                : repository.countIn(query.area(), query.filter(), query.groupBy());
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        return new WellCount(total, query.groupBy() == null ? List.of() : rows(counts, query.groupBy()));
    }

    /**
     * Forgets the in-memory copy of the occupied cells, so that the next count reloads it. A
     * running service never needs this: {@code well_cell} only grows, and a grown set is noticed by
     * its size. It is for whoever empties {@code well_cell} behind the service's back (the
     * integration tests reset the registry between test classes): a set emptied and grown again
     * to the old size would otherwise pass for the old one, and the cells it lacks be skipped.
     */
    public void forgetOccupiedCells() {
        repository.forgetOccupiedCells();
    }

    private List<CountRow> rows(Map<String, Long> counts, CountDimension groupBy) {
        List<CountRow> rows = new ArrayList<>();
        switch (groupBy) {
            case GOVERNORATE -> areaRows(AdminLevel.GOVERNORATE, counts, rows);
            case WILAYAT -> areaRows(AdminLevel.WILAYAT, counts, rows);
            case USE -> codeRows(WellUse.values(), counts, rows);
            case STATUS -> codeRows(WellStatus.values(), counts, rows);
        }
        return rows;
    }

    private void areaRows(AdminLevel level, Map<String, Long> counts, List<CountRow> rows) {
        for (AreaRef area : areas.byLevel(level)) {
            rows.add(new CountRow(area.code(), area.name(), counts.getOrDefault(String.valueOf(area.id()), 0L)));
        }
        long unassigned = counts.getOrDefault("0", 0L);
        if (unassigned > 0) {
            rows.add(new CountRow(null, UNASSIGNED, unassigned));
        }
    }

    private static <E extends Enum<E> & Bilingual> void codeRows(E[] values, Map<String, Long> counts, List<CountRow> rows) {
        Arrays.stream(values).forEach(v -> rows.add(new CountRow(v.name(), new Text(v.ar(), v.en()),
                counts.getOrDefault(v.name(), 0L))));
    }
}
