package org.manhal.imports.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.manhal.crs.PolygonPurpose;
import org.manhal.imports.ExistingRows;
import org.manhal.imports.ImportUpload;
import org.manhal.imports.RowError;
import org.manhal.zoning.ZoneBulkRegistration;

/**
 * Zoning polygons from a file: the zone code, which names the zone rule and must be one already
 * administered ({@code /api/admin/zone-rules}), an optional label (the plan sheet or block) and
 * the Polygon or MultiPolygon. A zone is named by its code and label: twice in the file, or
 * already registered unless replacing, is refused; so is one overlapping another zone.
 */
public final class ZoneImporter extends PolygonImporter {

    private static final Map<String, List<String>> FIELDS = Map.of(
            "code", List.of("code", "zonecode", "zone", "zonerule"),
            "label", List.of("label", "sheet", "plansheet"));

    private final ZoneBulkRegistration zones;

    public ZoneImporter(int maxStoredErrors, ZoneBulkRegistration zones) {
        super(maxStoredErrors, new Staging("import_zone", "code text, label text", List.of("code", "label"),
                PolygonPurpose.ZONE, FIELDS));
        this.zones = zones;
    }

    @Override
    Object[] stage(long line, Map<String, String> values, int srid, List<RowError> errors) {
        String code = values.get("code");
        if (code == null) {
            errors.add(RowError.of(line, "code", "REQUIRED", "رمز المنطقة التنظيمية مطلوب (رمز قاعدة التنظيم، مثل R1).",
                    "The zone code is required (the code of its zone rule, e.g. R1)."));
        }
        return new Object[] {code == null ? null : code.toUpperCase(Locale.ROOT), values.get("label")};
    }

    @Override
    void checkStaged(Connection c, ExistingRows existing) throws SQLException {
        ImportValidation.execute(c, "update import_zone set geom = ST_Multi(geom) where geom is not null");
        reject(c, "code", "UNKNOWN_ZONE_RULE",
                "'There is no zone rule ' || t.code || ': create it first (PUT /api/admin/zone-rules/' || t.code || ').'",
                "'لا توجد قاعدة تنظيم رمزها ' || t.code || ': أنشئها أولاً (PUT /api/admin/zone-rules/' || t.code || ').'",
                "from import_zone t where t.code is not null and not exists (select 1 from zone_rule r where r.code = t.code)");
        duplicates(c, existing, "code", "code, coalesce(label, '')", "code is not null",
                "'Zone ' || t.code || coalesce(' (' || t.label || ')', '')",
                "'المنطقة ' || t.code || coalesce(' (' || t.label || ')', '')",
                "exists (select 1 from zone z where z.code = t.code and coalesce(z.label, '') = coalesce(t.label, ''))");
        checkOverlaps(c, existing);
    }

    /**
     * Zones of a plan do not overlap: a plot in two zones at once would have two sets of rules.
     * A row whose interior meets an earlier row's ({@code OVERLAPS_IN_FILE}) or a registered
     * zone's ({@code OVERLAPS_ZONE}; with {@code existing=replace} not the zones the file
     * replaces) over more than {@link #OVERLAP_TOLERANCE_M2} is refused, naming the other zone
     * and the overlap's area. Zones that only share a boundary are fine. A row is compared with
     * every earlier row that passed the other checks, overlapping or not: the zones written never
     * overlap one another, though a row overlapping only a refused one is refused with it (the
     * file needs correcting anyway).
     */
    private static void checkOverlaps(Connection c, ExistingRows existing) throws SQLException {
        ImportValidation.execute(c, "create index on import_zone using gist (geom)");
        ImportValidation.execute(c, "analyze import_zone");
        rejectOverlaps(c, "OVERLAPS_IN_FILE", "'zone ' || %s || ' of line ' || o.other", "'المنطقة ' || %s || ' في السطر ' || o.other",
                "", "", """
                        select t.line, u.line as other, u.code as other_code, u.label as other_label, %s as area
                          from import_zone t join import_zone u on u.line < t.line and %s
                         where %s and %s""".formatted(area("u"), overlap("u"), valid("t"), valid("u")));
        String replaced = existing == ExistingRows.REPLACE
                ? "and not exists (select 1 from import_zone s where s.code = z.code and coalesce(s.label, '') = coalesce(z.label, ''))"
                : "";
        rejectOverlaps(c, "OVERLAPS_ZONE", "'the registered zone ' || %s", "'المنطقة المسجلة ' || %s",
                " (correct the boundary, or replace that zone)", " (صحّح الحد أو استبدل تلك المنطقة)", """
                        select t.line, z.id as other, z.code as other_code, z.label as other_label, %s as area
                          from import_zone t join zone z on %s
                         where t.geom is not null and %s %s""".formatted(area("z"), overlap("z"), valid("t"), replaced));
    }

    /** Whether {@code t}'s interior meets {@code other}'s in an area (not only along a boundary). */
    private static String overlap(String other) {
        return "ST_Intersects(t.geom, %1$s.geom) and ST_Relate(t.geom, %1$s.geom, '2********')".formatted(other);
    }

    /** The geodesic area in m² that {@code t} and {@code other} share. */
    private static String area(String other) {
        return "ST_Area(ST_Intersection(t.geom, %s.geom)::geography)".formatted(other);
    }

    /**
     * Reports under {@code code} the first overlap over the tolerance of each row that
     * {@code pairs} (line, other, other_code, other_label, area) finds; {@code otherEn} and
     * {@code otherAr} name the other zone from {@code %s}, its code and label.
     */
    private static void rejectOverlaps(Connection c, String code, String otherEn, String otherAr, String adviceEn,
                                       String adviceAr, String pairs) throws SQLException {
        String name = "o.other_code || coalesce(' (' || o.other_label || ')', '')";
        String area = "round(o.area::numeric, 1)";
        reject(c, "geometry", code,
                "'The zone overlaps ' || " + otherEn.formatted(name) + " || ' by ' || " + area
                        + " || ' m²: zones of a plan do not overlap" + adviceEn + ".'",
                "'تتداخل المنطقة مع ' || " + otherAr.formatted(name) + " || ' بمساحة ' || " + area
                        + " || ' م²: لا تتداخل مناطق المخطط" + adviceAr + ".'",
                "from (select distinct on (p.line) p.* from (" + pairs + ") p where p.area > " + OVERLAP_TOLERANCE_M2
                        + " order by p.line, p.other) o join import_zone t on t.line = o.line");
    }

    /**
     * The overlap two zones may have and still count as neighbours: a boundary digitised twice,
     * or reprojected from the file's CRS, leaves slivers of a fraction of a square metre.
     */
    static final double OVERLAP_TOLERANCE_M2 = 1.0;

    @Override
    long register(Connection c, UUID jobId, ImportUpload upload) throws SQLException {
        return zones.registerStaged(c, jobId, PlotImporter.source(upload), upload.existing() == ExistingRows.REPLACE);
    }
}
