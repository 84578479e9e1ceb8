package org.manhal.admin;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.io.WKBReader;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.crs.Crs;
import org.manhal.crs.Wkb;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Oman's administrative areas: which wilayat a point lies in, whether it lies in Oman at all, and
 * the names of governorates and wilayats.
 *
 * <p>The areas change only when the boundaries are reloaded, so their names and Oman's outline
 * are read once and kept in memory ({@link #reload()} after a reload). Geometry is lon/lat, SRID {@link Crs#WGS84_SRID}.
 */
@Service
public class AdminAreas {

    /** The code of an area code that names no area (of the level asked for). */
    public static final String UNKNOWN_AREA = "UNKNOWN_AREA";

    private final JdbcClient jdbc;
    private volatile Snapshot snapshot;

    public AdminAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True if the point lies inside Oman's land boundary (the country outline, coastline included). */
    public boolean isInOman(Point point) {
        return snapshot().oman().covers(point);
    }

    /**
     * The wilayat of a point: the one containing it; where wilayats overlap, the one containing it
     * most centrally; in a sliver between wilayats, the nearest one (see {@code wilayat_of} in SQL).
     */
    public AreaRef wilayatOf(Point point) {
        long id = jdbc.sql("select wilayat_of(ST_SetSRID(ST_MakePoint(?, ?), " + Crs.WGS84_SRID + "))")
                .params(point.getX(), point.getY())
                .query(Long.class).single();
        return byId(id).orElseThrow();
    }

    public Optional<AreaRef> byId(long id) {
        return Optional.ofNullable(snapshot().byId().get(id));
    }

    public Optional<AreaRef> byCode(String code) {
        return snapshot().byId().values().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /**
     * The area of this level named by a code a client sent as {@code field}, or empty with
     * {@link #UNKNOWN_AREA} added to {@code violations}: the one answer to an unknown area code.
     */
    public Optional<AreaRef> byCode(String code, AdminLevel level, String field, List<Violation> violations) {
        Optional<AreaRef> area = byCode(code).filter(a -> a.level() == level);
        if (area.isEmpty()) {
            violations.add(Violation.of(field, UNKNOWN_AREA,
                    "الرمز «" + code + "» ليس رمز " + level.ar() + " معروفاً (انظر /api/admin-areas).",
                    "'" + code + "' is not a known " + level.en() + " code (see /api/admin-areas)."));
        }
        return area;
    }

    /** The areas of a level, ordered by code. */
    public List<AreaRef> byLevel(AdminLevel level) {
        return snapshot().byId().values().stream()
                .filter(a -> a.level() == level)
                .sorted(Comparator.comparing(AreaRef::code))
                .toList();
    }

    /**
     * The outlines of a level, simplified in the database with a tolerance in degrees
     * (0.001° ≈ 110 m) keeping topology valid; for drawing, never for assigning wells.
     */
    public List<AreaOutline> outlines(AdminLevel level, double toleranceDegrees) {
        WKBReader wkb = new WKBReader();
        return jdbc.sql("""
                select id, ST_AsBinary(ST_SimplifyPreserveTopology(geom, ?)) as wkb
                  from admin_area where level = ? order by code""")
                .params(toleranceDegrees, level.name())
                .query((rs, n) -> new AreaOutline(byId(rs.getLong("id")).orElseThrow(), Wkb.read(wkb, rs.getBytes("wkb"))))
                .list();
    }

    /** Forgets what was read, after the boundaries were (re)loaded. */
    public void reload() {
        snapshot = null;
    }

    private Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s == null) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        Map<Long, AreaRef> areas = jdbc.sql("select id, code, level, parent_id, name_ar, name_en from admin_area")
                .query((rs, n) -> new AreaRef(rs.getLong("id"), rs.getString("code"),
                        AdminLevel.valueOf(rs.getString("level")), (Long) rs.getObject("parent_id"),
                        new Text(rs.getString("name_ar"), rs.getString("name_en"))))
                .list().stream().collect(Collectors.toMap(AreaRef::id, Function.identity()));
        byte[] country = jdbc.sql("select ST_AsBinary(geom) from admin_area where level = 'COUNTRY'")
                .query(byte[].class).optional()
                .orElseThrow(() -> new IllegalStateException("Oman's outline is not loaded (admin_area has no COUNTRY)"));
        PreparedGeometry oman = PreparedGeometryFactory.prepare(Wkb.read(new WKBReader(), country));
        return new Snapshot(Map.copyOf(areas), oman);
    }

    private record Snapshot(Map<Long, AreaRef> byId, PreparedGeometry oman) {
    }
}
