package org.manhal.imports.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.manhal.crs.Crs;
import org.manhal.crs.PolygonPurpose;
import org.manhal.imports.ExistingRows;
import org.manhal.imports.ImportCounts;
import org.manhal.imports.ImportMode;
import org.manhal.imports.ImportUpload;
import org.manhal.imports.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;

/**
 * One import of polygons (plots or zones), in one transaction on one connection, as the well
 * import is: the features are read as they stream, each checked on its own in Java (fields, the
 * polygon: {@link PolygonFeature}) and staged in a temporary table with its polygon in the file's
 * CRS; then PostGIS reprojects them and checks them set-based (in Oman, axes swapped, and the
 * kind's own checks: wilayat, duplicates, zone rule); and the valid rows go through the kind's
 * bulk door — all of them, only the valid ones, or none, as the {@link ImportMode} says — together
 * with the job's report. A failure at any step rolls everything back.
 */
public abstract class PolygonImporter {

    private static final Logger log = LoggerFactory.getLogger(PolygonImporter.class);
    private static final int BATCH = 500;
    private static final int READING_PERCENT = 80;

    /**
     * What a kind of import stages.
     *
     * @param table the staging table ({@code import_plot}, {@code import_zone}), with {@code line},
     *        {@code srid}, {@code geom_src} (the file's CRS), {@code geom} (EPSG:4326), {@code inside}
     * @param columns its other columns, as DDL
     * @param stagedColumns those of them {@link #stage} fills, in its order
     * @param purpose what the polygons are, for their vertex limit
     * @param fields the fields of a feature's properties: name (as in the report) → accepted
     *        spellings, lower case without spaces, {@code _}, {@code -}, {@code .}
     */
    record Staging(String table, String columns, List<String> stagedColumns, PolygonPurpose purpose,
                   Map<String, List<String>> fields) {
    }

    private final int maxStoredErrors;
    private final Staging staging;

    PolygonImporter(int maxStoredErrors, Staging staging) {
        this.maxStoredErrors = maxStoredErrors;
        this.staging = staging;
    }

    private String table() {
        return staging.table();
    }

    /** Checks one row's fields in Java; answers the values of {@link Staging#stagedColumns()}, in order. */
    abstract Object[] stage(long line, Map<String, String> values, int srid, List<RowError> errors);

    /** The kind's own set-based checks on the reprojected rows. */
    abstract void checkStaged(Connection c, ExistingRows existing) throws SQLException;

    /** Writes the valid rows through the kind's door; answers how many were written. */
    abstract long register(Connection c, UUID jobId, ImportUpload upload) throws SQLException;

    /**
     * One import of a kind at a time, to the end of the transaction, taken before the checks
     * against the registry: two imports of the same plots or plan then cannot both find a key
     * free and both insert it (the second would fail on the unique key, or, for zones, which have
     * none, insert the zone twice).
     */
    private void lock(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            s.setString(1, "manhal." + table());
            s.execute();
        }
    }

    /** Imports the file on {@code c}, inside the caller's transaction (it neither commits nor rolls back). */
    public ImportCounts run(Connection c, UUID jobId, UploadReader reader, ImportUpload upload, int defaultSrid,
                     WellImporter.Progress progress) {
        try {
            return importRows(c, jobId, reader, upload, defaultSrid, progress);
        } catch (SQLException e) {
            throw new IllegalStateException("import " + jobId + " failed in the database", e);
        }
    }

    private ImportCounts importRows(Connection c, UUID jobId, UploadReader reader, ImportUpload upload, int defaultSrid,
                                    WellImporter.Progress progress) throws SQLException {
        ImportValidation.execute(c, "set local jit = off");
        ImportValidation.execute(c, """
                create temporary table import_error (line bigint, field text, code text, message text, message_ar text)
                on commit drop""");
        ImportValidation.execute(c, "create temporary table " + table()
                + " (line bigint primary key, srid int, geom_src geometry, geom geometry, inside boolean, " + staging.columns()
                + ") on commit drop");
        Integer fileCrs = reader.features().crsEpsg();
        int srid = fileCrs != null ? fileCrs : defaultSrid;
        Set<String> ignored = new LinkedHashSet<>();
        long rows = stage(c, reader, srid, ignored, progress);
        progress.update("VALIDATING", READING_PERCENT, rows, 0);
        lock(c);
        checkLocation(c);
        checkStaged(c, upload.existing());
        long[] errors = WellImporter.errorCounts(c);
        progress.update("INSERTING", 90, rows, errors[0]);
        long imported = 0;
        if (upload.mode() != ImportMode.ALL_OR_NOTHING || errors[1] == 0) {
            imported = register(c, jobId, upload);
        }
        ImportCounts counts = new ImportCounts(rows, imported, errors[1], errors[0], WellImporter.outcome(imported, errors[1]));
        ImportJobs.finish(c, jobId, counts, List.copyOf(ignored), maxStoredErrors);
        log.info("{} import {}: {} rows, {} imported, {} rejected", table(), jobId, rows, imported, errors[1]);
        return counts;
    }

    private long stage(Connection c, UploadReader reader, int srid, Set<String> ignored, WellImporter.Progress progress)
            throws SQLException {
        List<String> columns = staging.stagedColumns();
        String sql = "insert into " + table() + " (line, srid, geom_src, " + String.join(", ", columns) + ") values (?, ?, "
                + "ST_GeomFromWKB(?, " + srid + ")" + ", ?".repeat(columns.size()) + ")";
        List<RowError> rejected = new ArrayList<>();
        WKBWriter wkb = new WKBWriter();
        long n = 0;
        long last = System.nanoTime();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (JsonNode feature = reader.features().next(); feature != null; feature = reader.features().next()) {
                n++;
                List<RowError> errors = new ArrayList<>();
                if (!"Feature".equals(feature.path("type").asString(""))) {
                    rejected.add(RowError.of(n, "row", "NOT_A_FEATURE", "العنصر " + n + " ليس معلماً GeoJSON من النوع Feature.",
                            "Element " + n + " is not a GeoJSON Feature."));
                    continue;
                }
                Geometry polygon = PolygonFeature.read(n, feature.get("geometry"), srid, staging.purpose(), errors);
                Object[] values = stage(n, properties(feature.path("properties"), ignored), srid, errors);
                s.setLong(1, n);
                s.setInt(2, srid);
                s.setBytes(3, polygon == null ? null : wkb.write(polygon));
                for (int i = 0; i < values.length; i++) {
                    s.setObject(4 + i, values[i]);
                }
                s.addBatch();
                rejected.addAll(errors);
                if (n % BATCH == 0) {
                    s.executeBatch();
                    if (System.nanoTime() - last > 500_000_000L) {
                        last = System.nanoTime();
                        progress.update("READING", (int) (READING_PERCENT * reader.fractionRead()), n, rejected.size());
                    }
                }
            }
            s.executeBatch();
        }
        WellImporter.insertRejected(c, rejected);
        ImportValidation.execute(c, "update " + table() + " set geom = ST_Transform(geom_src, " + Crs.WGS84_SRID
                + ") where geom_src is not null");
        // valid in the file's CRS (JTS) but, rarely, not once reprojected (vertices a hair apart):
        // refused with PostGIS's reason, never written as an invalid polygon
        reject(c, "geometry", "INVALID_AFTER_REPROJECTION",
                "'The polygon, valid in EPSG:' || t.srid || ', is invalid once reprojected to WGS 84: ' || ST_IsValidReason(t.geom) || '.'",
                "'المضلع صالح في EPSG:' || t.srid || ' لكنه غير صالح بعد تحويله إلى WGS 84: ' || ST_IsValidReason(t.geom) || '.'",
                "from " + table() + " t where t.geom is not null and not ST_IsValid(t.geom)");
        ImportValidation.execute(c, "analyze " + table());
        return n;
    }

    /** The properties by canonical field; names no field matches go to {@code ignored}. */
    private Map<String, String> properties(JsonNode props, Set<String> ignored) {
        Map<String, String> values = new HashMap<>();
        FeatureStream.properties(props, "", (key, v) -> {
            String field = field(key);
            if (field == null) {
                ignored.add(key);
            } else if (!v.isNull()) {
                String text = (v.isValueNode() ? v.asString() : v.toString()).trim();
                if (!text.isEmpty()) {
                    values.put(field, text);
                }
            }
        });
        return values;
    }

    /**
     * The field a property name means, ignoring case, spaces, {@code _}, {@code -} and {@code .};
     * a Shapefile's 10-character name matches the spelling it begins ({@code ownerCivil}).
     */
    private String field(String key) {
        String k = key.toLowerCase(Locale.ROOT).replaceAll("[ _.\\-]", "");
        for (Map.Entry<String, List<String>> f : staging.fields().entrySet()) {
            if (f.getValue().contains(k) || key.length() == 10 && f.getValue().stream().anyMatch(a -> a.startsWith(k))) {
                return f.getKey();
            }
        }
        return null;
    }

    /**
     * Each staged polygon's interior point must lie in Oman ({@code admin_area_part}, level
     * COUNTRY); one that does not, but would with its axes swapped, is {@code LAT_LON_SWAPPED}.
     */
    private void checkLocation(Connection c) throws SQLException {
        ImportValidation.execute(c, ("""
                update %1$s t set inside = exists (select 1 from admin_area_part p
                        where p.level = 'COUNTRY' and ST_Covers(p.geom, ST_PointOnSurface(t.geom)))
                 where geom is not null""").formatted(table()));
        ImportValidation.execute(c, ("""
                insert into import_error (line, field, code, message, message_ar)
                select line, 'geometry', case when swapped then 'LAT_LON_SWAPPED' else 'OUTSIDE_OMAN' end,
                       case when swapped then 'The polygon (its interior point ' || at || ') lies outside Oman, but inside it with the axes swapped: longitude comes first, then latitude.'
                            else 'The polygon (its interior point ' || at || ') lies outside Oman''s land boundary.' end,
                       case when swapped then 'يقع المضلع (نقطته الداخلية ' || at || ') خارج عُمان، لكنه داخلها إذا بُدّلت الإحداثيات: يجب أن يأتي خط الطول أولاً ثم دائرة العرض.'
                            else 'يقع المضلع (نقطته الداخلية ' || at || ') خارج الحدود البرية لسلطنة عُمان.' end
                  from (select line, '[' || round(ST_X(p)::numeric, 6) || ', ' || round(ST_Y(p)::numeric, 6) || ']' as at,
                               srid = %2$d and exists (select 1 from admin_area_part a where a.level = 'COUNTRY'
                                   and ST_Covers(a.geom, ST_FlipCoordinates(p))) as swapped
                          from (select line, srid, ST_PointOnSurface(geom) as p from %1$s where not inside) x) y""")
                .formatted(table(), Crs.WGS84_SRID));
    }

    /**
     * Reports every staged row {@code t} that {@code fromWhere} selects under {@code field} and
     * {@code code}, the messages being SQL expressions over {@code t}.
     */
    static void reject(Connection c, String field, String code, String en, String ar, String fromWhere) throws SQLException {
        ImportValidation.execute(c, "insert into import_error (line, field, code, message, message_ar) select t.line, '"
                + field + "', '" + code + "', " + en + ", " + ar + " " + fromWhere);
    }

    /**
     * {@code DUPLICATE_IN_FILE} for a row whose key was on an earlier line (named), and, unless
     * replacing, {@code ALREADY_REGISTERED} for a row whose key is in the registry.
     *
     * @param key the key's columns, for {@code partition by}
     * @param present the condition of a row that has a key
     * @param en the row's name in English, an SQL expression over {@code t} ("'Plot ' || t.plot_number")
     * @param ar the same in Arabic
     * @param registered the condition of a row whose key is registered, over {@code t}
     */
    void duplicates(Connection c, ExistingRows existing, String field, String key, String present, String en, String ar,
                    String registered) throws SQLException {
        reject(c, field, "DUPLICATE_IN_FILE", en + " || ' is already on line ' || t.first || ' of the file.'",
                ar + " || ' وردت في السطر ' || t.first || ' من الملف.'",
                "from (select *, min(line) over (partition by " + key + ") as first from " + table() + " where " + present
                        + ") t where t.line > t.first");
        if (existing == ExistingRows.REJECT) {
            reject(c, field, "ALREADY_REGISTERED", en + " || ' is already registered (import with existing=replace to replace it).'",
                    ar + " || ' مسجلة من قبل (استورد بالمعامل existing=replace لاستبدالها).'",
                    "from " + table() + " t where " + registered);
        }
    }

    /** Rows that failed a check are left out of the rest (a polygon outside Oman has no wilayat). */
    static String valid(String alias) {
        return "not exists (select 1 from import_error e where e.line = " + alias + ".line)";
    }
}
