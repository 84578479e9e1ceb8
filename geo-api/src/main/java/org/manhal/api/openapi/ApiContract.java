package org.manhal.api.openapi;

import static org.manhal.api.openapi.JsonSchemas.bool;
import static org.manhal.api.openapi.JsonSchemas.codes;
import static org.manhal.api.openapi.JsonSchemas.dateTime;
import static org.manhal.api.openapi.JsonSchemas.integer;
import static org.manhal.api.openapi.JsonSchemas.number;
import static org.manhal.api.openapi.JsonSchemas.range;
import static org.manhal.api.openapi.JsonSchemas.ref;
import static org.manhal.api.openapi.JsonSchemas.string;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.manhal.admin.AdminLevel;
import org.manhal.count.CountDimension;
import org.manhal.crs.InputCrs;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.ImportMode;
import org.manhal.rules.FeatureKind;
import org.manhal.well.WellStatus;
import org.manhal.well.WellUse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * The API's contract in one place: every operation with its parameters, request body, answers
 * and problems, keyed by method and path. springdoc finds the routes (the controllers' mappings);
 * this customizer gives each one its description and leaves out any route it does not describe,
 * so that a new route without a description is missing from {@code /v3/api-docs} (and the route
 * coverage test says so) instead of being published with guesses inferred from {@code String}
 * bodies and {@code JsonNode} answers.
 */
final class ApiContract implements OpenApiCustomizer {

    static final String JSON = "application/json";
    static final String GEO_JSON = "application/geo+json";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String CSV = "text/csv";
    static final String GEOPACKAGE = "application/geopackage+sqlite3";
    static final String MULTIPART = "multipart/form-data";

    private static final Logger log = LoggerFactory.getLogger(ApiContract.class);

    private static final String WELLS = "Wells";
    private static final String COUNTS = "Counts";
    private static final String SPACING = "Spacing";
    private static final String RULES = "Spacing rules";
    private static final String BULK = "Import and export";
    private static final String REFERENCE = "Reference data";

    @Override
    public void customise(OpenAPI api) {
        Map<String, Operation> described = operations();
        Paths paths = new Paths();
        if (api.getPaths() != null) {
            api.getPaths().forEach((path, inferred) -> {
                PathItem item = new PathItem();
                inferred.readOperationsMap().forEach((method, ignored) -> {
                    Operation op = described.get(method.name() + " " + path);
                    if (op == null) {
                        log.warn("{} {} has no description in ApiContract: it is left out of /v3/api-docs", method, path);
                    } else {
                        item.operation(method, op);
                    }
                });
                if (!item.readOperations().isEmpty()) {
                    paths.addPathItem(path, item);
                }
            });
        }
        api.setPaths(paths);
        api.setComponents(new Components().schemas(ApiSchemas.all()));
        api.setTags(List.of(
                tag(WELLS, "The well registry: register, read, correct, delete, search, history. سجل الآبار."),
                tag(COUNTS, "Exact well counts, whole registry or inside an area. أعداد الآبار."),
                tag(SPACING, "Well spacing and protection-zone checks and the findings kept with wells. فحص التباعد."),
                tag(RULES, "Administration of the spacing rules (admin only). إدارة قواعد التباعد."),
                tag(BULK, "Bulk import jobs and streamed exports. الاستيراد والتصدير."),
                tag(REFERENCE, "Administrative areas, code lists, map settings. البيانات المرجعية."),
                tag(PublishingContract.TILES, PublishingContract.TILES_TEXT),
                tag(PublishingContract.OGC, PublishingContract.OGC_TEXT),
                tag(ZoningContract.TAG, ZoningContract.TAG_TEXT),
                tag(OwsContract.TAG, OwsContract.TAG_DESCRIPTION),
                tag(ApplicationContract.APPLICATIONS, "Applications from submission to decision; citizens follow theirs. الطلبات."),
                tag(ApplicationContract.PERMITS, "Permits: public verification by number, the certificate's QR code, revocation. التصاريح."),
                tag(ApplicationContract.CONTRACTORS, "Drilling contractors and completion reports. مقاولو الحفر.")));
    }

    private static Tag tag(String name, String description) {
        return new Tag().name(name).description(description);
    }

    /** Every described operation by {@code "METHOD /path/{template}"}, as the paths of /v3/api-docs name them. */
    static Map<String, Operation> operations() {
        Map<String, Operation> ops = new LinkedHashMap<>();
        wells(ops);
        counts(ops);
        spacing(ops);
        rules(ops);
        bulk(ops);
        reference(ops);
        PublishingContract.operations(ops);
        ZoningContract.operations(ops);
        security(ops);
        OwsContract.operations(ops);
        ApplicationContract.operations(ops);
        return ops;
    }

    // -- Wells -----------------------------------------------------------------------------------

    private static void wells(Map<String, Operation> ops) {
        new Op("POST", "/api/wells", "registerWell", WELLS, "Register a well",
                "The service assigns registryNumber (W-<governorate>-<year>-<serial>), wilayat and governorate "
                        + "(by spatial join), version, createdAt, updatedAt. Required: a location, type, use, status. "
                        + "Every problem of the Feature is reported at once (400, errors[]). تسجيل بئر.")
                .body(ref("WellInput"), GEO_JSON, JSON)
                .answer(201, "Registered: the well as read back, personal data included", ref("WellFeature"), GEO_JSON)
                .header("Location", "/api/wells/{id}").header("ETag", "The well's version, \"0\"")
                .problems(400, 415).into(ops);
        new Op("GET", "/api/wells", "findWells", WELLS, "Search wells",
                "Wells in a bounding box, filtered, a page at a time, ordered by id. Deleted wells and personal "
                        + "data are never listed. البحث عن الآبار.")
                .query("bbox", bbox(), "minLon,minLat,maxLon,maxLat in degrees (CRS84)")
                .query("use", codes(WellUse.class), "Only wells of this use")
                .query("status", codes(WellStatus.class), "Only wells of this status")
                .query("limit", range(integer(), 1, 10_000), "Page size, 1 to 10,000 (default 100)")
                .query("offset", range(integer(), 0, Long.MAX_VALUE), "Wells to skip (default 0)")
                .query("registryNumber", string(),
                        "Only the well with this registry number (as typed or in upper case); the map's search box")
                .answer(200, "One page, with numberMatched, numberReturned and self/next/prev links",
                        ref("WellFeatureCollection"), GEO_JSON)
                .problems(400).into(ops);
        new Op("GET", "/api/wells/{id}", "getWell", WELLS, "Read a well", "The Feature with its ETag. قراءة بئر.")
                .path("id", integer(), "The well's id")
                .answer(200, "The well, personal data included", ref("WellFeature"), GEO_JSON)
                .header("ETag", "The well's version, for If-Match")
                .problems(400, 404, 410).into(ops);
        new Op("PUT", "/api/wells/{id}", "correctWell", WELLS, "Correct a well",
                "The whole Feature again (a Feature read may be sent back as it is; derived members are ignored). "
                        + "Status changes follow the lifecycle (INVALID_TRANSITION otherwise). تصحيح بئر.")
                .path("id", integer(), "The well's id")
                .header("If-Match", string(), "The ETag read; 412 if the well changed meanwhile")
                .body(ref("WellInput"), GEO_JSON, JSON)
                .answer(200, "Corrected", ref("WellFeature"), GEO_JSON).header("ETag", "The new version")
                .problems(400, 404, 410, 412, 415).into(ops);
        new Op("DELETE", "/api/wells/{id}", "deleteWell", WELLS, "Delete a well",
                "A soft delete: the well leaves searches and counts, its history stays. حذف بئر.")
                .path("id", integer(), "The well's id")
                .query("reason", string(), "Why (required, up to 1,000 characters; REASON_REQUIRED otherwise)")
                .header("If-Match", string(), "The ETag read; 412 if the well changed meanwhile")
                .noContent(204, "Deleted")
                .problems(400, 404, 410, 412).into(ops);
        new Op("GET", "/api/wells/{id}/history", "getWellHistory", WELLS, "A well's history",
                "Every recorded change, oldest first, also of a deleted well; oldValues/newValues name database "
                        + "columns. سجل تغييرات البئر.")
                .path("id", integer(), "The well's id")
                .answer(200, "The changes", ref("WellHistory"), JSON)
                .problems(400, 404).into(ops);
    }

    // -- Counts ----------------------------------------------------------------------------------

    private static void counts(Map<String, Operation> ops) {
        new Op("GET", "/api/wells/count", "countWells", COUNTS, "Count wells",
                "The exact number of wells in the registry matching the filters. عدد الآبار.")
                .countFilters()
                .answer(200, "The count", ref("WellCount"), JSON)
                .problems(400).into(ops);
        new Op("POST", "/api/wells/count", "countWellsInArea", COUNTS, "Count wells in an area",
                "Wells inside a Polygon or MultiPolygon, boundary included; a Feature's properties may carry "
                        + "the filters (they must agree with the query string). عدد الآبار داخل منطقة.")
                .countFilters()
                .body(ref("CountArea"), GEO_JSON, JSON)
                .answer(200, "The count", ref("WellCount"), JSON)
                .problems(400, 415).into(ops);
    }

    // -- Spacing ---------------------------------------------------------------------------------

    private static void spacing(Map<String, Operation> ops) {
        new Op("POST", "/api/checks/well-spacing", "checkWellSpacing", SPACING, "Check a proposed well",
                "Checks a location against the spacing and protection-zone rules; read-only (nothing is recorded). "
                        + "verdict is FAIL on any REJECT finding, else NEEDS_REVIEW on any NEEDS_REVIEW, else PASS. "
                        + "Distances are geodesic on WGS 84, metres, two decimals; a well exactly at the limit passes. "
                        + "فحص تباعد بئر مقترحة.")
                .body(ref("SpacingCheckRequest"), JSON, GEO_JSON)
                .answer(200, "The verdict with every broken rule's nearest findings", ref("Verdict"), JSON)
                .problems(400, 415).into(ops);
        new Op("GET", "/api/wells/{id}/findings", "getWellFindings", SPACING, "Findings recorded with a well",
                "The spacing checks kept with the well (at registration, at permit, on recheck), oldest first. "
                        + "نتائج الفحص المسجلة للبئر.")
                .path("id", integer(), "The well's id")
                .answer(200, "The recorded checks", ref("WellFindings"), JSON)
                .problems(400, 404).into(ops);
        new Op("POST", "/api/wells/{id}/findings", "recheckWell", SPACING, "Check a well again",
                "Checks the well against today's rules as a WELL_REGISTRATION and records that. إعادة فحص البئر.")
                .path("id", integer(), "The well's id")
                .answer(200, "The check just recorded", ref("RecordedCheck"), JSON)
                .problems(400, 404, 410).into(ops);
        List<String> protectedKinds = Arrays.stream(FeatureKind.values())
                .filter(k -> !k.isZone() && k != FeatureKind.EXISTING_WELL).map(Enum::name).toList();
        List<String> zoneKinds = Arrays.stream(FeatureKind.values()).filter(FeatureKind::isZone).map(Enum::name).toList();
        new Op("GET", "/api/protected-features", "protectedFeatures", SPACING, "Protected features",
                "Aflaj, public supply wells, pollution sources: the features the rules keep wells away from. "
                        + "المعالم المحمية.")
                .query("kind", string(), "One kind or several, comma-separated: " + String.join(", ", protectedKinds))
                .query("bbox", bbox(), "minLon,minLat,maxLon,maxLat in degrees (CRS84)")
                .query("limit", range(integer(), 1, 10_000), "At most this many, 1 to 10,000 (default 1,000)")
                .answer(200, "The features", ref("ReferenceFeatureCollection"), GEO_JSON)
                .problems(400).into(ops);
        new Op("GET", "/api/restricted-zones", "restrictedZones", SPACING, "Restricted zones",
                "Water protection zones and zones closed to new wells. المناطق المقيدة.")
                .query("kind", string(), "One kind or several, comma-separated: " + String.join(", ", zoneKinds))
                .query("bbox", bbox(), "minLon,minLat,maxLon,maxLat in degrees (CRS84)")
                .query("limit", range(integer(), 1, 10_000), "At most this many, 1 to 10,000 (default 1,000)")
                .answer(200, "The zones", ref("ReferenceFeatureCollection"), GEO_JSON)
                .problems(400).into(ops);
    }

    private static void rules(Map<String, Operation> ops) {
        String admin = " Writes: admin only; reads: anyone (docs/security.md).";
        new Op("GET", "/api/spacing-rules", "listSpacingRules", RULES, "List the spacing rules",
                "Every rule, enabled or retired." + admin + " قواعد التباعد.")
                .answer(200, "The rules", ref("SpacingRuleList"), JSON)
                .problems().into(ops);
        new Op("GET", "/api/spacing-rules/{id}", "getSpacingRule", RULES, "Read a spacing rule", "With its ETag." + admin)
                .path("id", string(), "The rule's id, e.g. OM-FALAJ-3500")
                .answer(200, "The rule", ref("SpacingRule"), JSON).header("ETag", "The rule's version, for If-Match")
                .problems(404).into(ops);
        new Op("PUT", "/api/spacing-rules/{id}", "putSpacingRule", RULES, "Create or replace a spacing rule",
                "Applies to the next check (other instances within 10 s); enabled: false retires the rule." + admin)
                .path("id", string(), "The rule's id")
                .header("If-Match", string(), "The ETag read; 412 if the rule changed meanwhile")
                .body(ref("SpacingRuleInput"), JSON)
                .answer(200, "The rule as stored", ref("SpacingRule"), JSON).header("ETag", "The new version")
                .problems(400, 412, 415).into(ops);
        new Op("GET", "/api/spacing-rules/{id}/audit", "getSpacingRuleAudit", RULES, "A spacing rule's audit trail",
                "Every change, oldest first." + admin)
                .path("id", string(), "The rule's id")
                .answer(200, "The changes", ref("SpacingRuleAudit"), JSON)
                .problems(404).into(ops);
    }

    // -- Import and export -----------------------------------------------------------------------

    private static void bulk(Map<String, Operation> ops) {
        new Op("POST", "/api/wells/import", "importWells", BULK, "Import wells",
                "A multipart upload (field file) of CSV, GeoJSON, GeoPackage or zipped Shapefile. Every row is "
                        + "checked as POST /api/wells checks a well, plus duplicates. Small files are imported while "
                        + "the request waits (200, the finished job); larger ones, or async=true, answer 202 and run "
                        + "as a job. Nothing is ever half-imported. استيراد الآبار.")
                .query("mode", codes(Arrays.stream(ImportMode.values()).map(ImportMode::parameter).toList()),
                        "Required: all-or-nothing or valid-rows-only")
                .query("format", codes(Arrays.stream(ImportFormat.values()).map(ImportFormat::parameter).toList()),
                        "Otherwise by the file's extension, then its first bytes")
                .query("crs", codes(Arrays.stream(InputCrs.values()).map(InputCrs::code).toList()),
                        "The CRS of rows that name none (default EPSG:4326)")
                .query("async", bool(), "true: always answer 202 at once")
                .body(ref("ImportUpload"), MULTIPART)
                .answer(200, "Imported while waiting: the finished job and its report", ref("ImportJob"), JSON)
                .header("Location", "/api/jobs/{id}")
                .answer(202, "Accepted: the job runs; follow Location", ref("ImportJob"), JSON)
                .header("Location", "/api/jobs/{id}")
                .problems(400, 413, 415, 503).into(ops);
        new Op("GET", "/api/jobs/{id}", "getJob", BULK, "An import job",
                "Status and progress; once finished the report, with the rejected rows a page at a time. مهمة استيراد.")
                .path("id", (JsonSchema) string().format("uuid"), "The job's id")
                .query("errorsOffset", range(integer(), 0, Long.MAX_VALUE), "Errors to skip (default 0)")
                .query("errorsLimit", range(integer(), 1, 10_000), "Errors per page, 1 to 10,000 (default 1,000)")
                .answer(200, "The job", ref("ImportJob"), JSON)
                .problems(400, 404).into(ops);
        String exportDescription = " Streamed as read. CSV has the import's column names, so an export can be edited "
                + "and imported again; GeoJSON is a FeatureCollection; GeoPackage one point layer wells (EPSG:4326). "
                + "Personal data only with includePersonal=true and when the policy allows the caller. تصدير الآبار.";
        new Op("GET", "/api/wells/export", "exportWells", BULK, "Export wells",
                "Every well matching the filters, optionally inside a WKT polygon." + exportDescription)
                .exportFilters()
                .query("within", string(), "A WKT POLYGON or MULTIPOLYGON, lon/lat")
                .exportAnswer()
                .problems(400, 403).into(ops);
        new Op("POST", "/api/wells/export", "exportWellsInArea", BULK, "Export wells inside a polygon",
                "For a polygon too long for a URL: the GeoJSON Polygon or MultiPolygon is the body." + exportDescription)
                .exportFilters()
                .body(ref("Polygonal"), GEO_JSON, JSON)
                .exportAnswer()
                .problems(400, 403, 415).into(ops);
    }

    // -- Reference data --------------------------------------------------------------------------

    private static void reference(Map<String, Operation> ops) {
        new Op("GET", "/api/admin-areas", "adminAreas", REFERENCE, "Administrative areas",
                "Oman's governorates and wilayats simplified for drawing (never used to assign wells). "
                        + "المحافظات والولايات.")
                .query("level", codes(AdminLevel.class), "Default GOVERNORATE")
                .query("tolerance", range(number(), 0, 0.1), "Simplification in degrees, 0 to 0.1 (default 0.002, about 200 m)")
                .answer(200, "The outlines", ref("AdminAreaCollection"), GEO_JSON)
                .problems(400).into(ops);
        new Op("GET", "/api/code-lists", "codeLists", REFERENCE, "Code lists",
                "Arabic and English labels for every well type, use and status. قوائم الرموز.")
                .answer(200, "The code lists", ref("CodeLists"), JSON)
                .problems().into(ops);
        new Op("GET", "/api/map-config", "mapConfig", REFERENCE, "Web map settings",
                "What the web map reads at start: the base tile layer, if one is configured. إعدادات الخريطة.")
                .answer(200, "The settings", ref("MapConfig"), JSON)
                .problems().into(ops);
    }

    // -- Security (docs/security.md) -------------------------------------------------------------

    private static void security(Map<String, Operation> ops) {
        new Op("GET", "/api/session", "session", REFERENCE, "Who am I",
                "The caller's account name, roles and governorate limit, whether it may read personal data and see the staff layers;"
                        + " signedIn false for the public. الجلسة.")
                .answer(200, "The caller", ref("Session"), JSON)
                .problems().into(ops);
        String filters = " Filters: actor, action (WRITE, PERSONAL_DATA_READ, PERSONAL_DATA_EXPORT, SIGN_IN_FAILED), "
                + "target (well:42), requestId, from / to (ISO-8601 instants). Auditors and admins only. سجل التدقيق.";
        new Op("GET", "/api/audit", "audit", REFERENCE, "The audit trail",
                "Every write and every read of personal data: who, what, when, from where, oldest first." + filters)
                .auditFilters()
                .query("limit", range(integer(), 1, 10_000), "Entries per page, 1 to 10,000 (default 100)")
                .query("offset", range(integer(), 0, Long.MAX_VALUE), "Entries to skip (default 0)")
                .answer(200, "A page of entries", ref("AuditPage"), JSON)
                .problems(400, 401).into(ops);
        new Op("GET", "/api/audit/export", "auditExport", REFERENCE, "The audit trail as CSV",
                "Every matching entry, streamed, oldest first." + filters)
                .auditFilters()
                .answer(200, "UTF-8 CSV with a header line", string(), CSV)
                .problems(400, 401).into(ops);
    }

    static JsonSchema bbox() {
        return (JsonSchema) string().pattern("^[^,]+,[^,]+,[^,]+,[^,]+$");
    }

    /** One operation being described. */
    static final class Op {

        private final String key;
        private final Operation operation = new Operation();
        private final List<Parameter> parameters = new ArrayList<>();
        private final ApiResponses responses = new ApiResponses();
        private ApiResponse last;

        Op(String method, String path, String id, String tag, String summary, String description) {
            this.key = method + " " + path;
            operation.operationId(id).summary(summary).description(description).tags(List.of(tag));
        }

        Op query(String name, Schema<?> schema, String description) {
            return parameter("query", name, schema, description, description.startsWith("Required"));
        }

        Op path(String name, Schema<?> schema, String description) {
            return parameter("path", name, schema, description, true);
        }

        Op header(String name, Schema<?> schema, String description) {
            return parameter("header", name, schema, description, false);
        }

        private Op parameter(String in, String name, Schema<?> schema, String description, boolean required) {
            parameters.add(new Parameter().in(in).name(name).schema(schema).description(description).required(required));
            return this;
        }

        Op countFilters() {
            return query("groupBy", codes(Arrays.stream(CountDimension.values()).map(d -> d.name().toLowerCase(java.util.Locale.ROOT)).toList()),
                    "One row per governorate, wilayat, use or status")
                    .query("use", codes(WellUse.class), "Only wells of this use")
                    .query("status", codes(WellStatus.class), "Only wells of this status")
                    .query("governorate", string(), "A governorate code such as OM-DA (see /api/admin-areas)")
                    .query("wilayat", string(), "A wilayat code such as OM-DA-NIZ");
        }

        Op exportFilters() {
            return query("format", codes(List.of("csv", "geojson", "gpkg")), "Default csv")
                    .query("use", codes(WellUse.class), "Only wells of this use")
                    .query("status", codes(WellStatus.class), "Only wells of this status")
                    .query("bbox", bbox(), "minLon,minLat,maxLon,maxLat in degrees (CRS84)")
                    .query("governorate", string(), "A governorate code such as OM-MA")
                    .query("wilayat", string(), "A wilayat code such as OM-MA-SEB")
                    .query("includePersonal", bool(), "true: add owner and plot number (403 unless allowed)");
        }

        Op auditFilters() {
            return query("actor", string(), "Only this account").query("action", string(), "Only this action")
                    .query("target", string(), "Only this record, e.g. well:42").query("requestId", string(), "Only this request")
                    .query("from", dateTime(), "From this instant (inclusive)").query("to", dateTime(), "Before this instant");
        }

        Op exportAnswer() {
            Content content = new Content()
                    .addMediaType(CSV, new MediaType().schema(string("UTF-8 CSV with a header line")))
                    .addMediaType(GEO_JSON, new MediaType().schema(ref("WellExportCollection")))
                    .addMediaType(GEOPACKAGE, new MediaType().schema((JsonSchema) string().format("binary")));
            last = new ApiResponse().description("The wells in the format asked for, as an attachment").content(content);
            responses.addApiResponse("200", last);
            return header("Content-Disposition", "attachment; filename=wells.csv (.geojson, .gpkg)");
        }

        Op body(Schema<?> schema, String... mediaTypes) {
            Content content = new Content();
            for (String m : mediaTypes) {
                content.addMediaType(m, new MediaType().schema(schema));
            }
            operation.requestBody(new RequestBody().required(true).content(content));
            return this;
        }

        Op answer(int status, String description, Schema<?> schema, String mediaType) {
            last = new ApiResponse().description(description)
                    .content(new Content().addMediaType(mediaType, new MediaType().schema(schema)));
            responses.addApiResponse(String.valueOf(status), last);
            return this;
        }

        /** The answer described last is also available as {@code mediaType}. */
        Op alsoAs(String mediaType, Schema<?> schema) {
            last.getContent().addMediaType(mediaType, new MediaType().schema(schema));
            return this;
        }

        Op noContent(int status, String description) {
            last = new ApiResponse().description(description);
            responses.addApiResponse(String.valueOf(status), last);
            return this;
        }

        /** A header of the answer described last. */
        Op header(String name, String description) {
            last.addHeaderObject(name, new Header().description(description).schema(string()));
            return this;
        }

        /** The problems this operation answers; every operation may also answer 500. */
        Op problems(int... statuses) {
            for (int status : statuses) {
                problem(status);
            }
            problem(500);
            return this;
        }

        /** A problem answer with its own component (one whose status other operations answer differently). */
        Op problem(int status, String component, String description) {
            responses.addApiResponse(String.valueOf(status), new ApiResponse().description(description)
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(component)))));
            return this;
        }

        /** An answer in several media types, one schema each. */
        Op answer(int status, String description, Map<String, Schema<?>> schemaByMediaType) {
            Content content = new Content();
            schemaByMediaType.forEach((m, schema) -> content.addMediaType(m, new MediaType().schema(schema)));
            last = new ApiResponse().description(description).content(content);
            responses.addApiResponse(String.valueOf(status), last);
            return this;
        }

        private void problem(int status) {
            String component = ApiSchemas.PROBLEM_BY_STATUS.get(status);
            if (component == null) {
                throw new IllegalArgumentException("no problem component for status " + status);
            }
            responses.addApiResponse(String.valueOf(status), new ApiResponse().description(PROBLEM_TEXT.get(status))
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(component)))));
        }

        void into(Map<String, Operation> ops) {
            operation.parameters(parameters.isEmpty() ? null : parameters).responses(responses);
            if (ops.put(key, operation) != null) {
                throw new IllegalStateException(key + " described twice");
            }
        }
    }

    private static final Map<Integer, String> PROBLEM_TEXT = Map.ofEntries(
            Map.entry(400, "invalid-input: errors lists every problem with its field and code"),
            Map.entry(401, "unauthorized: sign in (HTTP Basic or a Bearer token)"),
            Map.entry(403, "personal-data-forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(409, "illegal-transition, approval-refused, not-approved or contractor-refused"),
            Map.entry(410, "deleted: the well was deleted (its history remains)"),
            Map.entry(412, "stale-version: If-Match names an old version"),
            Map.entry(413, "too-large: the upload is above the size limit"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(422, "idempotency-key-reused or not-yet-supported"),
            Map.entry(500, "internal-error: unexpected; quote errorId"),
            Map.entry(503, "busy: every import slot is taken; retry later"));
}
