package org.manhal.api.count;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.manhal.admin.AdminAreas;
import org.manhal.crs.PolygonPurpose;
import org.manhal.crs.PolygonValidator;
import org.manhal.count.CountDimension;
import org.manhal.count.CountFilter;
import org.manhal.count.internal.GeometryParameter;
import org.manhal.count.CountRow;
import org.manhal.count.WellCount;
import org.manhal.count.WellCountQuery;
import org.manhal.count.WellCounter;
import org.manhal.data.synthetic.SyntheticAreas;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SyntheticWellsFixture;
import org.manhal.support.TestSeed;
import org.manhal.well.WellStatus;
import org.manhal.well.WellUse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * The fast count equals the plain PostGIS query, exactly, on many random polygons over 50,000
 * synthetic wells (plus the sample wells and what the class's other tests wrote): stars convex
 * and concave, with holes, MultiPolygons, boxes on cell edges, from metres to degrees across, up
 * to 5,000 vertices; with filters and breakdowns; and again after wells moved, changed use and
 * status, were soft deleted and hard deleted. The reference is always the plain query of the same
 * moment, never a constant. Every random choice comes from the test's seed ({@link TestSeed}):
 * a failure names it, and {@code -Dmanhal.seed=} replays it.
 */
@ManhalApiTest
class WellCountPropertyIntegrationTests {

    private static final int SYNTHETIC_WELLS = 50_000;

    @Autowired
    WellCounter counter;

    @Autowired
    AdminAreas areas;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void loadSyntheticWells() {
        SyntheticWellsFixture.ensure(dataSource, SYNTHETIC_WELLS);
    }

    @Test
    void countInRandomPolygonsEqualsPlainIntersectsQuery(SplittableRandom r) {
        SyntheticAreas random = new SyntheticAreas(r.nextLong());
        for (int i = 0; i < 300; i++) {
            assertSameAsPlain(random.next(), CountFilter.ALL, null);
        }
    }

    @Test
    void filteredAndBrokenDownCountsInRandomPolygonsEqualPlainGroupBy(SplittableRandom r) {
        SyntheticAreas random = new SyntheticAreas(r.nextLong());
        for (int i = 0; i < 120; i++) {
            CountFilter filter = new CountFilter(r.nextBoolean() ? null : pick(r, WellUse.values()),
                    r.nextBoolean() ? null : pick(r, WellStatus.values()), null, null);
            assertSameAsPlain(random.next(), filter, pick(r, CountDimension.values()));
        }
    }

    @Test
    void wholeRegistryBreakdownsEqualPlainGroupBy() {
        for (CountDimension dimension : CountDimension.values()) {
            assertSameAsPlain(null, CountFilter.ALL, dimension);
            assertSameAsPlain(null, new CountFilter(WellUse.AGRICULTURAL, WellStatus.ACTIVE, null, null), dimension);
        }
    }

    @Test
    void countsStayExactAfterMovesStatusChangesAndDeletions(SplittableRandom r) {
        SyntheticAreas random = new SyntheticAreas(r.nextLong());
        List<Geometry> probes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            probes.add(random.next());
        }
        probes.add(random.star(58.2, 23.5, 0.5, true)); // around Muscat and the Batinah, where the moves land
        mutate(r);
        for (Geometry probe : probes) {
            assertSameAsPlain(probe, CountFilter.ALL, null);
            assertSameAsPlain(probe, new CountFilter(null, WellStatus.ABANDONED, null, null), CountDimension.WILAYAT);
        }
        for (CountDimension dimension : CountDimension.values()) {
            assertSameAsPlain(null, CountFilter.ALL, dimension);
        }
    }

    @Test
    void countInRealOutlinesAndManyVerticesEqualsPlainQuery() {
        for (String level : List.of("WILAYAT", "GOVERNORATE", "COUNTRY")) {
            Geometry outline = jdbc.sql("select ST_AsBinary(geom) from admin_area where level = ? order by ST_NPoints(geom) desc limit 1")
                    .param(level).query((rs, n) -> read(rs.getBytes(1))).single();
            if (PolygonValidator.validate(outline, "g", PolygonPurpose.COUNT).isEmpty()) {
                assertSameAsPlain(outline, CountFilter.ALL, CountDimension.USE);
            }
        }
        assertSameAsPlain(new SyntheticAreas(3).wavyOutline(57.6, 23.3, 0.5, 19_999), CountFilter.ALL, null);
    }

    /**
     * Wells exactly on vertices and edges of the area, and a hair (1e-13° to 1e-9°) off them,
     * where the JVM's point-in-polygon test must hand over to PostGIS's own; some of them in
     * cells that never held a well, so the count must notice the new cells the moment they get
     * their first well.
     */
    @Test
    void wellsOnAndBesideEdgesAndInNewCellsAreCountedLikeThePlainQuery(SplittableRandom r) {
        for (int round = 0; round < 8; round++) {
            double cx = 54.2 + r.nextDouble() * 1.2; // the Empty Quarter: few wells, new cells likely
            double cy = 19.0 + r.nextDouble() * 0.8;
            Geometry area = new SyntheticAreas(r.nextLong()).star(cx, cy, 0.002 + r.nextDouble() * 0.05, round % 2 == 0);
            assertSameAsPlain(area, CountFilter.ALL, null); // the copy of the occupied cells is loaded now
            List<double[]> spots = new ArrayList<>();
            Coordinate[] v = area.getCoordinates();
            for (int i = 1; i < v.length; i += Math.max(1, v.length / 40)) { // about 40 edges
                double dx = v[i].x - v[i - 1].x;
                double dy = v[i].y - v[i - 1].y;
                double length = Math.hypot(dx, dy);
                double offset = Math.pow(10, -13 + r.nextInt(5)) * (r.nextBoolean() ? 1 : -1);
                spots.add(new double[] {v[i].x, v[i].y});
                spots.add(new double[] {(v[i].x + v[i - 1].x) / 2, (v[i].y + v[i - 1].y) / 2});
                spots.add(new double[] {(v[i].x + v[i - 1].x) / 2 - dy / length * offset, (v[i].y + v[i - 1].y) / 2 + dx / length * offset});
                spots.add(new double[] {v[i].x, Math.floor(v[i].y * 256) / 256}); // on a cell's south edge
            }
            String prefix = "EDGE-T-" + Long.toHexString(r.nextLong()) + "-";
            jdbc.sql("""
                    insert into well (registry_number, geom, type, use, status, wilayat_id, governorate_id)
                    select ? || n, p.geom, 'BOREHOLE', 'DOMESTIC', 'ACTIVE', a.id, a.parent_id
                      from unnest(?::float8[], ?::float8[]) with ordinality as s(x, y, n)
                      cross join lateral (select ST_SetSRID(ST_MakePoint(x, y), 4326) as geom) p
                      join admin_area a on a.id = wilayat_of(p.geom)""")
                    .params(prefix, new SqlArrayValue("float8", spots.stream().map(p -> p[0]).toArray()),
                            new SqlArrayValue("float8", spots.stream().map(p -> p[1]).toArray()))
                    .update();
            assertSameAsPlain(area, CountFilter.ALL, null);
            assertSameAsPlain(area, CountFilter.ALL, CountDimension.STATUS);
            jdbc.sql("delete from well_history where well_id in (select id from well where registry_number like ?)").param(prefix + "%").update();
            jdbc.sql("delete from well where registry_number like ?").param(prefix + "%").update();
        }
    }

    /**
     * Set-based writes, as a bulk correction would make them: every trigger path at once. The wells
     * and the places they move to are drawn from the test's seed (not PostgreSQL's random()), so a
     * seed replays the same writes.
     */
    private void mutate(SplittableRandom r) {
        jdbc.sql("select set_config('manhal.actor', 'test:counts', false)").query(String.class).single();
        List<Long> moved = pickSynthetic(r, 300, true);
        jdbc.sql("""
                update well w set geom = ST_SetSRID(ST_MakePoint(m.x, m.y), 4326)
                  from unnest(?::bigint[], ?::float8[], ?::float8[]) as m(id, x, y)
                 where w.id = m.id""")
                .params(new SqlArrayValue("int8", moved.toArray()),
                        new SqlArrayValue("float8", moved.stream().map(id -> 57.9 + r.nextDouble() * 0.6).toArray()),
                        new SqlArrayValue("float8", moved.stream().map(id -> 23.3 + r.nextDouble() * 0.4).toArray()))
                .update();
        jdbc.sql("update well set status = 'ABANDONED', use = 'MONITORING' where id = any(?)")
                .param(new SqlArrayValue("int8", pickSynthetic(r, 300, true).toArray())).update();
        jdbc.sql("update well set deleted_at = now(), deletion_reason = 'count test' where id = any(?)")
                .param(new SqlArrayValue("int8", pickSynthetic(r, 200, true).toArray())).update();
        List<Long> gone = pickSynthetic(r, 20, false);
        jdbc.sql("delete from well_history where well_id in (:ids)").param("ids", gone).update();
        jdbc.sql("delete from well where id in (:ids)").param("ids", gone).update();
    }

    /** {@code n} distinct synthetic wells (only live ones if {@code live}), drawn with {@code r}. */
    private List<Long> pickSynthetic(SplittableRandom r, int n, boolean live) {
        List<Long> ids = new ArrayList<>(jdbc.sql("select id from well where registry_number like 'SYN-T-%'"
                + (live ? " and deleted_at is null" : "") + " order by id").query(Long.class).list());
        for (int i = 0; i < n; i++) { // a partial Fisher-Yates shuffle: the first n are the pick
            Collections.swap(ids, i, i + r.nextInt(ids.size() - i));
        }
        return ids.subList(0, n);
    }

    private void assertSameAsPlain(Geometry area, CountFilter filter, CountDimension groupBy) {
        WellCount fast = counter.count(new WellCountQuery(area, filter, groupBy));
        Map<String, Long> plain = plain(area, filter, groupBy);
        assertThat(fast.total()).as("total in %s with %s", area, filter)
                .isEqualTo(plain.values().stream().mapToLong(Long::longValue).sum());
        if (groupBy != null) {
            assertThat(nonZero(fast, groupBy)).as("breakdown by %s in %s with %s", groupBy, area, filter).isEqualTo(plain);
        }
    }

    /** The reference: a plain count(*) with ST_Intersects, grouped by the plain column. */
    private Map<String, Long> plain(Geometry area, CountFilter filter, CountDimension groupBy) {
        String key = groupBy == null ? "''" : switch (groupBy) {
            case GOVERNORATE -> "governorate_id::text";
            case WILAYAT -> "wilayat_id::text";
            case USE -> "use";
            case STATUS -> "status";
        };
        StringBuilder sql = new StringBuilder("select " + key + " as key, count(*) as n from well where deleted_at is null");
        Map<String, Object> params = new HashMap<>();
        if (area != null) {
            sql.append(" and ST_Intersects(:area, geom)");
            params.put("area", GeometryParameter.of(area));
        }
        if (filter.use() != null) {
            sql.append(" and use = :use");
            params.put("use", filter.use().name());
        }
        if (filter.status() != null) {
            sql.append(" and status = :status");
            params.put("status", filter.status().name());
        }
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql(sql + " group by 1").params(params).query(rs -> {
            counts.put(rs.getString("key"), rs.getLong("n"));
        });
        return counts;
    }

    /** The fast rows keyed as the plain query keys them: area ids, codes; zeros left out. */
    private Map<String, Long> nonZero(WellCount count, CountDimension groupBy) {
        Map<String, Long> keyed = new HashMap<>();
        for (CountRow row : count.rows()) {
            if (row.count() > 0) {
                boolean area = groupBy == CountDimension.GOVERNORATE || groupBy == CountDimension.WILAYAT;
                keyed.put(area && row.key() != null ? String.valueOf(areas.byCode(row.key()).orElseThrow().id()) : row.key(),
                        row.count());
            }
        }
        return keyed;
    }

    private static Geometry read(byte[] wkb) {
        try {
            Geometry g = new org.locationtech.jts.io.WKBReader(SyntheticAreas.WGS84).read(wkb);
            g.setSRID(4326);
            return g;
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
