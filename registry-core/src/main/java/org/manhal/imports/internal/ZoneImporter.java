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
 * already registered unless replacing, is refused.
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
    }

    @Override
    long register(Connection c, UUID jobId, ImportUpload upload) throws SQLException {
        return zones.registerStaged(c, jobId, PlotImporter.source(upload), upload.existing() == ExistingRows.REPLACE);
    }
}
