package org.manhal.api.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.manhal.admin.AdminAreas;
import org.manhal.admin.AdminLevel;
import org.manhal.admin.AreaRef;
import org.manhal.api.ApiRequests;
import org.manhal.api.geojson.PolygonalReader;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.crs.Crs;
import org.manhal.crs.PolygonPurpose;
import org.manhal.crs.PolygonValidator;
import org.manhal.exports.ExportedWell;
import org.manhal.exports.WellExportQuery;
import org.manhal.exports.WellExporter;
import org.manhal.well.WellStatus;
import org.manhal.well.WellUse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/wells/export?format=csv|geojson|gpkg}: every well matching the filters of the
 * wells list ({@code use}, {@code status}, {@code bbox}) and {@code governorate} / {@code wilayat}
 * (codes), inside an optional polygon: {@code within=} WKT (Polygon or MultiPolygon, lon/lat) on
 * GET, or a GeoJSON Polygon/MultiPolygon as the body of {@code POST /api/wells/export} for
 * polygons too long for a URL. Streamed as it is read (no time limit for a million wells).
 *
 * <p>Personal data (owner, plot number) only with {@code includePersonal=true} and only if the
 * {@link PersonalDataPolicy} allows the caller; otherwise 403.
 */
@RestController
@RequestMapping("/api/wells/export")
class WellExportController {

    private final WellExporter exporter;
    private final AdminAreas areas;
    private final ApiRequests requests;
    private final PersonalDataPolicy policy;

    WellExportController(WellExporter exporter, AdminAreas areas, ApiRequests requests, PersonalDataPolicy policy) {
        this.exporter = exporter;
        this.areas = areas;
        this.requests = requests;
        this.policy = policy;
    }

    @GetMapping
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String format,
            @RequestParam(required = false) String use, @RequestParam(required = false) String status,
            @RequestParam(required = false) String bbox, @RequestParam(required = false) String governorate,
            @RequestParam(required = false) String wilayat, @RequestParam(required = false) String within,
            @RequestParam(required = false) String includePersonal) {
        List<Violation> violations = new ArrayList<>();
        Geometry polygon = within == null || within.isBlank() ? null : wkt(within, violations);
        return stream(format, use, status, bbox, governorate, wilayat, polygon, includePersonal, violations);
    }

    @PostMapping(consumes = {"application/geo+json", "application/json"})
    ResponseEntity<StreamingResponseBody> exportWithin(@RequestBody String body,
            @RequestParam(required = false) String format, @RequestParam(required = false) String use,
            @RequestParam(required = false) String status, @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String governorate, @RequestParam(required = false) String wilayat,
            @RequestParam(required = false) String includePersonal) {
        List<Violation> violations = new ArrayList<>();
        Geometry polygon = PolygonalReader.read(requests.parse(body), "geometry", PolygonPurpose.EXPORT, violations);
        checkValid(polygon, "geometry", violations);
        return stream(format, use, status, bbox, governorate, wilayat, polygon, includePersonal, violations);
    }

    private ResponseEntity<StreamingResponseBody> stream(String format, String use, String status, String bbox,
            String governorate, String wilayat, Geometry polygon, String includePersonal, List<Violation> violations) {
        ExportFormat f = format(format, violations);
        WellExportQuery q = new WellExportQuery(requests.enumParam("use", use, WellUse.class, violations),
                requests.enumParam("status", status, WellStatus.class, violations), requests.bbox(bbox, violations),
                area("governorate", governorate, AdminLevel.GOVERNORATE, violations),
                area("wilayat", wilayat, AdminLevel.WILAYAT, violations), polygon, personal(includePersonal));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (q.personalData()) {
            policy.exported("format=" + f.parameter() + " use=" + use + " status=" + status + " bbox=" + bbox
                    + " governorate=" + governorate + " wilayat=" + wilayat + " polygon=" + (polygon != null));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.fileName()).build().toString())
                .body(out -> body(f, q, out));
    }

    private void body(ExportFormat f, WellExportQuery q, OutputStream out) throws IOException {
        Consumer<Consumer<ExportedWell>> wells = sink -> exporter.export(q, sink);
        switch (f) {
            case CSV -> {
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                wells.accept(new CsvWellWriter(w, q.personalData()));
                w.flush();
            }
            case GEOJSON -> {
                try (GeoJsonWellWriter g = new GeoJsonWellWriter(out, q.personalData())) {
                    wells.accept(g);
                }
            }
            case GPKG -> GeoPackageExport.write(wells, q.personalData(), out);
        }
    }

    /** Personal data only when asked for and allowed: asking without the right is refused, not ignored. */
    private boolean personal(String includePersonal) {
        if (!"true".equals(includePersonal)) {
            return false;
        }
        if (!policy.mayIncludePersonalData()) {
            throw new PersonalDataForbiddenException(new Text(
                    "لا يحق لك الاطلاع على البيانات الشخصية (المالك، رقم القطعة): صدّر بدون includePersonal.",
                    "You may not receive personal data (owner, plot number): export without includePersonal."));
        }
        return true;
    }

    private static ExportFormat format(String format, List<Violation> violations) {
        if (format == null || format.isBlank()) {
            return ExportFormat.CSV;
        }
        return ExportFormat.byParameter(format).orElseGet(() -> {
            violations.add(Violation.unknownValue("format", format,
                    Arrays.stream(ExportFormat.values()).map(ExportFormat::parameter).toList()));
            return ExportFormat.CSV;
        });
    }

    private Long area(String name, String code, AdminLevel level, List<Violation> violations) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return areas.byCode(code, level, name, violations).map(AreaRef::id).orElse(null);
    }

    private static Geometry wkt(String text, List<Violation> violations) {
        try {
            Geometry g = new WKTReader().read(text);
            g.setSRID(Crs.WGS84_SRID);
            List<Violation> problems = PolygonValidator.validate(g, "within", PolygonPurpose.EXPORT);
            violations.addAll(problems);
            return problems.isEmpty() ? g : null;
        } catch (ParseException e) {
            violations.add(Violation.of("within", "INVALID_WKT", "تعذرت قراءة within بصيغة WKT: " + e.getMessage(),
                    "within is not readable WKT: " + e.getMessage()));
            return null;
        }
    }

    private static void checkValid(Geometry g, String field, List<Violation> violations) {
        if (g != null) {
            violations.addAll(PolygonValidator.validate(g, field, PolygonPurpose.EXPORT));
        }
    }
}
