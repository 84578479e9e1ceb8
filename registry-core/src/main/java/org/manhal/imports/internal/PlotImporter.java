package org.manhal.imports.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.manhal.crs.Crs;
import org.manhal.crs.PolygonPurpose;
import org.manhal.imports.ExistingRows;
import org.manhal.imports.ImportUpload;
import org.manhal.imports.RowError;
import org.manhal.plot.PlotBulkRegistration;

/**
 * Plots from a file: plot number (unique per wilayat, letters, digits, {@code . _ - /}), the
 * wilayat's code or, when the row names none, the wilayat the plot's interior point lies in (the
 * registry's {@code wilayat_of}, as for a well), the polygon (a MultiPolygon of one part is taken
 * as its Polygon; a plot of several parts is refused, the registry holds one parcel per number),
 * the owner (personal data) and the street frontage as WKT lines in the file's CRS, which must lie
 * on the plot's boundary (within 5 cm, in UTM). Area in UTM 40N, 39N west of 54°E, as the zoning
 * check computes it.
 */
public final class PlotImporter extends PolygonImporter {

    /** As the plot table's check (V64): '/' only between other characters, which a path keeps. */
    private static final Pattern PLOT_NUMBER = Pattern.compile("(?=.{1,40}$)[0-9A-Za-z._-]+(/[0-9A-Za-z._-]+)*");
    /** How far off the plot's boundary a street frontage may lie (UTM metres): the zoning check's tolerance. */
    private static final double FRONTAGE_TOLERANCE_M = 0.05;

    private static final Map<String, List<String>> FIELDS = Map.of(
            "plotNumber", List.of("plotnumber", "plotno", "plot", "parcelnumber", "parcel"),
            "wilayat", List.of("wilayat", "wilayatcode"),
            "owner.name", List.of("ownername", "owner"),
            "owner.civilId", List.of("ownercivilid", "civilid"),
            "streetFrontage", List.of("streetfrontage", "frontage"));

    private final PlotBulkRegistration plots;

    public PlotImporter(int maxStoredErrors, PlotBulkRegistration plots) {
        super(maxStoredErrors, new Staging("import_plot", "plot_number text, wilayat_code text, owner_name text, "
                + "owner_civil_id text, frontage_wkt text, street_frontage geometry, utm int, area_m2 numeric",
                List.of("plot_number", "wilayat_code", "owner_name", "owner_civil_id", "frontage_wkt"), PolygonPurpose.PLOT, FIELDS));
        this.plots = plots;
    }

    @Override
    Object[] stage(long line, Map<String, String> values, int srid, List<RowError> errors) {
        String number = values.get("plotNumber");
        if (number == null) {
            errors.add(RowError.of(line, "plotNumber", "REQUIRED", "رقم القطعة مطلوب.", "The plot number is required."));
        } else if (!PLOT_NUMBER.matcher(number).matches()) {
            errors.add(RowError.of(line, "plotNumber", "INVALID_PLOT_NUMBER",
                    "رقم القطعة «" + number + "» غير صالح: من 1 إلى 40 حرفاً لاتينياً أو رقماً أو . _ - و/ بينها.",
                    "The plot number '" + number + "' is invalid: 1 to 40 Latin letters, digits, '.', '_', '-', and '/' between them."));
        }
        String wilayat = values.get("wilayat");
        String ownerName = values.get("owner.name");
        String civilId = values.get("owner.civilId");
        if (ownerName == null && civilId != null) {
            errors.add(RowError.of(line, "owner.name", "REQUIRED", "اسم المالك مطلوب مع رقمه المدني.",
                    "The owner's name is required with their civil ID."));
        }
        String frontage = frontage(line, values.get("streetFrontage"), srid, errors);
        return new Object[] {number, wilayat == null ? null : wilayat.toUpperCase(Locale.ROOT), ownerName, civilId, frontage};
    }

    /** The frontage as WKT, if it is lines with coordinates that can be in Oman; else null, with the reason. */
    private static String frontage(long line, String wkt, int srid, List<RowError> errors) {
        if (wkt == null) {
            return null;
        }
        try {
            Geometry g = new WKTReader().read(wkt);
            if ((g instanceof LineString || g instanceof MultiLineString) && !g.isEmpty() && plausible(g, srid)) {
                return g.toText();
            }
        } catch (ParseException e) {
            // reported below, as any other frontage that is no line
        }
        errors.add(RowError.of(line, "streetFrontage", "INVALID_FRONTAGE",
                "واجهة الشارع يجب أن تكون خطاً بصيغة WKT (LINESTRING أو MULTILINESTRING) في نظام إحداثيات الملف.",
                "The street frontage must be WKT lines (LINESTRING or MULTILINESTRING) in the file's CRS."));
        return null;
    }

    private static boolean plausible(Geometry g, int srid) {
        for (Coordinate c : g.getCoordinates()) {
            boolean ok = srid == Crs.WGS84_SRID ? Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90
                    : c.x >= 100_000 && c.x <= 900_000 && c.y >= 1_700_000 && c.y <= 3_100_000;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @Override
    void checkStaged(Connection c, ExistingRows existing) throws SQLException {
        reject(c, "geometry", "MULTIPART_PLOT",
                "'The plot has ' || ST_NumGeometries(t.geom) || ' separate parts; the registry holds one polygon per plot number: register each part under its own number.'",
                "'للقطعة ' || ST_NumGeometries(t.geom) || ' أجزاء منفصلة؛ يحفظ السجل مضلعاً واحداً لكل رقم قطعة: سجّل كل جزء برقمه.'",
                "from import_plot t where ST_NumGeometries(t.geom) > 1");
        ImportValidation.execute(c, "update import_plot set geom = ST_GeometryN(geom, 1) where ST_GeometryType(geom) = 'ST_MultiPolygon'");
        reject(c, "wilayat", "UNKNOWN_WILAYAT",
                "'There is no wilayat with the code ''' || t.wilayat_code || ''' (codes such as OM-MA-SEB: GET /api/admin-areas).'",
                "'لا توجد ولاية رمزها «' || t.wilayat_code || '» (الرموز مثل OM-MA-SEB: GET /api/admin-areas).'",
                "from import_plot t where t.wilayat_code is not null and not exists "
                        + "(select 1 from admin_area a where a.level = 'WILAYAT' and a.code = t.wilayat_code)");
        ImportValidation.execute(c, """
                update import_plot t set wilayat_code = (select a.code from admin_area a where a.id = wilayat_of(ST_PointOnSurface(t.geom)))
                 where t.wilayat_code is null and t.geom is not null and %s""".formatted(valid("t")));
        ImportValidation.execute(c, """
                update import_plot t set utm = case when ST_X(ST_Centroid(t.geom)) < 54 then %d else %d end
                 where t.geom is not null and %s""".formatted(Crs.UTM_39N_SRID, Crs.UTM_40N_SRID, valid("t")));
        ImportValidation.execute(c, """
                update import_plot set area_m2 = round(ST_Area(ST_Transform(geom, utm))::numeric, 2),
                       street_frontage = ST_Multi(ST_Transform(ST_GeomFromText(frontage_wkt, srid), %d))
                 where utm is not null""".formatted(Crs.WGS84_SRID));
        reject(c, "geometry", "TOO_SMALL", "'The plot''s area, ' || t.area_m2 || ' m², is too small to be a parcel (0.01 m² at least).'",
                "'مساحة القطعة ' || t.area_m2 || ' م² أصغر من أن تكون قطعة أرض (0.01 م² على الأقل).'",
                "from import_plot t where t.area_m2 < 0.01");
        reject(c, "streetFrontage", "FRONTAGE_NOT_ON_BOUNDARY",
                "'The street frontage does not lie on the plot''s boundary (at most " + FRONTAGE_TOLERANCE_M + " m off it, in UTM).'",
                "'واجهة الشارع لا تقع على حدود القطعة (الحد الأقصى " + FRONTAGE_TOLERANCE_M + " م).'",
                "from import_plot t where t.street_frontage is not null and not ST_Covers(ST_Buffer(ST_Boundary(ST_Transform(t.geom, t.utm)), "
                        + FRONTAGE_TOLERANCE_M + "), ST_Transform(t.street_frontage, t.utm))");
        duplicates(c, existing, "plotNumber", "wilayat_code, plot_number", "wilayat_code is not null and plot_number is not null",
                "'Plot ' || t.plot_number || ' of wilayat ' || t.wilayat_code",
                "'القطعة ' || t.plot_number || ' في الولاية ' || t.wilayat_code",
                "exists (select 1 from plot p where p.wilayat_code = t.wilayat_code and p.plot_number = t.plot_number)");
    }

    @Override
    long register(Connection c, UUID jobId, ImportUpload upload) throws SQLException {
        return plots.registerStaged(c, jobId, source(upload), upload.existing() == ExistingRows.REPLACE);
    }

    static String source(ImportUpload upload) {
        return "import " + (upload.fileName() == null ? "(unnamed file)" : upload.fileName());
    }
}
