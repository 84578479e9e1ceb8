package org.manhal.api.openapi;

import static org.manhal.api.openapi.JsonSchemas.allOf;
import static org.manhal.api.openapi.JsonSchemas.anyObject;
import static org.manhal.api.openapi.JsonSchemas.array;
import static org.manhal.api.openapi.JsonSchemas.bool;
import static org.manhal.api.openapi.JsonSchemas.closed;
import static org.manhal.api.openapi.JsonSchemas.codes;
import static org.manhal.api.openapi.JsonSchemas.constant;
import static org.manhal.api.openapi.JsonSchemas.dateTime;
import static org.manhal.api.openapi.JsonSchemas.integer;
import static org.manhal.api.openapi.JsonSchemas.nullable;
import static org.manhal.api.openapi.JsonSchemas.nullableAnyObject;
import static org.manhal.api.openapi.JsonSchemas.nullableCodes;
import static org.manhal.api.openapi.JsonSchemas.nullableDate;
import static org.manhal.api.openapi.JsonSchemas.nullableDateTime;
import static org.manhal.api.openapi.JsonSchemas.nullableInteger;
import static org.manhal.api.openapi.JsonSchemas.nullableNumber;
import static org.manhal.api.openapi.JsonSchemas.nullableString;
import static org.manhal.api.openapi.JsonSchemas.number;
import static org.manhal.api.openapi.JsonSchemas.object;
import static org.manhal.api.openapi.JsonSchemas.oneOf;
import static org.manhal.api.openapi.JsonSchemas.props;
import static org.manhal.api.openapi.JsonSchemas.range;
import static org.manhal.api.openapi.JsonSchemas.ref;
import static org.manhal.api.openapi.JsonSchemas.string;
import static org.manhal.api.openapi.JsonSchemas.typed;
import static org.manhal.api.openapi.JsonSchemas.with;
import static org.manhal.api.openapi.JsonSchemas.without;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.manhal.admin.AdminLevel;
import org.manhal.api.problem.Problems;
import org.manhal.application.ApplicationType;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.ImportKind;
import org.manhal.imports.ImportMode;
import org.manhal.imports.ImportOutcome;
import org.manhal.imports.JobStatus;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.SpacingOperator;
import org.manhal.rules.VerdictStatus;
import org.manhal.well.LicenceType;
import org.manhal.well.LocationAccuracy;
import org.manhal.well.LocationSource;
import org.manhal.well.PowerSource;
import org.manhal.well.PumpType;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.springframework.http.HttpStatus;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The shared schemas of the API, registered once under {@code components/schemas}: RFC 7946
 * GeoJSON geometries and features, RFC 9457 problems with their stable {@code type} URIs, and the
 * service's own answers (well, counts, verdict, rules, jobs, reference data). Answers are closed
 * (no member beyond those named); request bodies are open, as the service ignores members it does
 * not know. Codes come from the domain enums, so a new code shows here without an edit.
 */
final class ApiSchemas {

    /** Problem component per HTTP status; {@link ApiContract} refers to them by status. */
    static final Map<Integer, String> PROBLEM_BY_STATUS = Map.ofEntries(
            Map.entry(400, "InvalidInputProblem"), Map.entry(401, "UnauthorizedProblem"),
            Map.entry(403, "PersonalDataForbiddenProblem"), Map.entry(404, "NotFoundProblem"),
            Map.entry(409, "ConflictProblem"), Map.entry(410, "DeletedProblem"),
            Map.entry(412, "StaleVersionProblem"), Map.entry(413, "TooLargeProblem"),
            Map.entry(415, "UnsupportedMediaTypeProblem"), Map.entry(422, "UnprocessableProblem"),
            Map.entry(500, "InternalErrorProblem"), Map.entry(503, "BusyProblem"));

    private ApiSchemas() {
    }

    static Map<String, Schema> all() {
        Map<String, Schema> c = new LinkedHashMap<>();
        geoJson(c);
        problems(c);
        wells(c);
        counts(c);
        spacing(c);
        imports(c);
        referenceData(c);
        PublishingContract.schemas(c);
        ZoningSchemas.add(c);
        security(c);
        OwsContract.schemas(c);
        ApplicationSchemas.all(c);
        return c;
    }

    // -- GeoJSON (RFC 7946) ----------------------------------------------------------------------

    private static void geoJson(Map<String, Schema> c) {
        JsonSchema position = array(number());
        position.minItems(2).maxItems(3).description("[longitude, latitude] in degrees, WGS 84 (CRS84)");
        c.put("Position", position);
        c.put("Point", geometry("Point", ref("Position")));
        c.put("MultiPoint", geometry("MultiPoint", array(ref("Position"))));
        c.put("LineString", geometry("LineString", minItems(array(ref("Position")), 2)));
        c.put("MultiLineString", geometry("MultiLineString", array(minItems(array(ref("Position")), 2))));
        c.put("LinearRing", (JsonSchema) minItems(array(ref("Position")), 4)
                .description("A closed ring: first and last positions equal, at least four"));
        c.put("Polygon", geometry("Polygon", array(ref("LinearRing"))));
        c.put("MultiPolygon", geometry("MultiPolygon", array(array(ref("LinearRing")))));
        c.put("Geometry", (JsonSchema) oneOf(ref("Point"), ref("MultiPoint"), ref("LineString"),
                ref("MultiLineString"), ref("Polygon"), ref("MultiPolygon")).description("An RFC 7946 geometry"));
        c.put("Polygonal", (JsonSchema) oneOf(ref("Polygon"), ref("MultiPolygon"))
                .description("A GeoJSON Polygon or MultiPolygon, lon/lat (CRS84)"));
        c.put("PolygonalFeature", object(props("type", constant("Feature"), "geometry", ref("Polygonal"),
                "properties", nullable(object(props(
                        "use", codes(WellUse.class), "status", codes(WellStatus.class),
                        "governorate", string("Governorate code such as OM-MA"),
                        "wilayat", string("Wilayat code such as OM-MA-SEB"))))), "type", "geometry"));
        c.put("CountArea", (JsonSchema) oneOf(ref("Polygon"), ref("MultiPolygon"), ref("PolygonalFeature"))
                .description("The area to count in: a Polygon, a MultiPolygon, or a Feature with one whose "
                        + "properties may carry the filters use, status, governorate, wilayat"));
        c.put("Link", closed(props("rel", codes(List.of("self", "next", "prev")), "type", string(),
                "href", (JsonSchema) string().format("uri")), "rel", "href"));
    }

    private static JsonSchema geometry(String type, JsonSchema coordinates) {
        return object(props("type", constant(type), "coordinates", coordinates), "type", "coordinates");
    }

    private static JsonSchema minItems(JsonSchema array, int min) {
        array.minItems(min);
        return array;
    }

    // -- Problems (RFC 9457) ---------------------------------------------------------------------

    private static void problems(Map<String, Schema> c) {
        c.put("Problem", (JsonSchema) object(props(
                "type", (JsonSchema) string().format("uri").description("Stable URI of the kind of problem, under " + Problems.BASE),
                "title", string("Short English title"),
                "titleAr", string("The title in Arabic"),
                "status", integer(),
                "detail", string("What went wrong and what to change, in English"),
                "detailAr", string("The detail in Arabic"),
                "instance", (JsonSchema) string().format("uri-reference")),
                "type", "title", "titleAr", "status")
                .description("An RFC 9457 problem detail (application/problem+json), bilingual"));
        c.put("FieldError", closed(props("field", string("The member, parameter or header at fault, e.g. geometry, properties.use, bbox"),
                "code", string("Stable code, e.g. LAT_LON_SWAPPED, UNKNOWN_VALUE (docs/api.md lists them)"),
                "message", string(), "messageAr", string()), "field", "code", "message", "messageAr"));
        problem(c, "InvalidInputProblem", "invalid-input", HttpStatus.BAD_REQUEST, "Anything wrong in the request: errors lists every problem",
                props("errors", minItems(array(ref("FieldError")), 1)), "errors");
        problem(c, "PersonalDataForbiddenProblem", "personal-data-forbidden", HttpStatus.FORBIDDEN,
                "includePersonal=true for a caller the personal-data policy does not allow", Map.of());
        problem(c, "UnauthorizedProblem", "unauthorized", HttpStatus.UNAUTHORIZED,
                "No or wrong credentials: sign in with HTTP Basic (local accounts) or a Bearer token", Map.of());
        problem(c, "NotFoundProblem", "not-found", HttpStatus.NOT_FOUND, "No such resource", Map.of());
        problem(c, "DeletedProblem", "deleted", HttpStatus.GONE, "The well was deleted; its history remains", Map.of());
        problem(c, "StaleVersionProblem", "stale-version", HttpStatus.PRECONDITION_FAILED,
                "If-Match names an old version; currentVersion says which is current",
                props("currentVersion", integer()), "currentVersion");
        problem(c, "TooLargeProblem", "too-large", HttpStatus.CONTENT_TOO_LARGE,
                "An upload above spring.servlet.multipart.max-file-size", Map.of());
        problem(c, "UnsupportedMediaTypeProblem", "unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "A body in a media type the operation does not consume", Map.of());
        problem(c, "BusyProblem", "busy", HttpStatus.SERVICE_UNAVAILABLE,
                "Every import slot and queue place is taken; retry later", Map.of());
        problem(c, "InternalErrorProblem", "internal-error", HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected; errorId is in the server log", props("errorId", string()), "errorId");
    }

    private static void problem(Map<String, Schema> c, String name, String type, HttpStatus status, String when,
                                Map<String, Schema> extra, String... required) {
        Map<String, Schema> p = props("type", constant(Problems.BASE + type), "status", constant(status.value()));
        p.putAll(extra);
        JsonSchema own = typed("object");
        own.properties(p);
        if (required.length > 0) {
            own.required(List.of(required));
        }
        c.put(name, (JsonSchema) allOf(ref("Problem"), own).description(when));
    }

    // -- Wells -----------------------------------------------------------------------------------

    private static void wells(Map<String, Schema> c) {
        JsonSchema area = closed(props("code", string(), "nameEn", string(), "nameAr", string()), "code", "nameEn", "nameAr");
        c.put("AreaRef", (JsonSchema) area.description("A wilayat or governorate, assigned by spatial join"));
        c.put("Licence", closed(props("number", string(), "type", nullableCodes(LicenceType.class),
                "issuedOn", nullableDate(), "expiresOn", nullableDate()), "number", "type", "issuedOn", "expiresOn"));
        c.put("OriginalLocation", closed(props("crs", string("EPSG:4326, EPSG:32640, EPSG:32639, EPSG:3440 or EPSG:3439"),
                "coordinates", string("As sent, e.g. 554352.66 2536234.10")), "crs", "coordinates"));
        c.put("Owner", closed(props("name", nullableString(), "civilId", nullableString()), "name", "civilId"));

        Map<String, Schema> common = props(
                "id", integer(),
                "registryNumber", (JsonSchema) string().pattern("^W-[A-Z]+-\\d{4}-\\d{6}$"),
                "type", codes(WellType.class), "use", codes(WellUse.class), "status", codes(WellStatus.class),
                "depthM", nullableNumber(), "diameterMm", nullableNumber(), "yieldM3PerDay", nullableNumber(),
                "staticWaterLevelM", nullableNumber(), "staticWaterLevelOn", nullableDate(), "ecUsPerCm", nullableNumber(),
                "pumpType", nullableCodes(PumpType.class), "powerSource", nullableCodes(PowerSource.class),
                "drillingContractor", nullableString(), "drilledOn", nullableDate(),
                "licences", array(ref("Licence")),
                "wilayat", nullable(ref("AreaRef")), "governorate", nullable(ref("AreaRef")),
                "locationAccuracy", nullableCodes(LocationAccuracy.class), "locationSource", nullableCodes(LocationSource.class),
                "originalLocation", ref("OriginalLocation"),
                "version", integer(), "createdAt", dateTime(), "updatedAt", dateTime(),
                "isSample", (JsonSchema) bool().description("Sample data (the synthetic demo wells): never a real record"));
        String[] required = {"id", "registryNumber", "type", "use", "status", "depthM", "diameterMm", "yieldM3PerDay",
                "staticWaterLevelM", "staticWaterLevelOn", "ecUsPerCm", "pumpType", "powerSource", "drillingContractor",
                "drilledOn", "licences", "wilayat", "governorate", "locationAccuracy", "locationSource", "version",
                "createdAt", "updatedAt", "isSample"};
        c.put("PublicWellProperties", (JsonSchema) closed(common, required)
                .description("A well's public properties: no personal data (owner, plotNumber)"));
        String[] personalRequired = Arrays.copyOf(required, required.length + 2);
        personalRequired[required.length] = "owner";
        personalRequired[required.length + 1] = "plotNumber";
        c.put("WellProperties", (JsonSchema) closed(with(common, "owner", nullable(ref("Owner")), "plotNumber", nullableString()),
                personalRequired).description("A well's properties as single reads answer them, personal data included"));
        c.put("WellFeature", wellFeature("WellProperties"));
        c.put("PublicWellFeature", wellFeature("PublicWellProperties"));
        c.put("WellFeatureCollection", closed(props("type", constant("FeatureCollection"),
                "features", array(ref("PublicWellFeature")), "numberMatched", integer(), "numberReturned", integer(),
                "links", array(ref("Link"))), "type", "features", "numberMatched", "numberReturned", "links"));

        Map<String, Schema> input = without(common, "id", "registryNumber", "wilayat", "governorate", "version",
                "createdAt", "updatedAt", "licences", "originalLocation", "type", "use", "status");
        c.put("WellInputProperties", (JsonSchema) object(with(input,
                "type", codes(WellType.class), "use", codes(WellUse.class), "status", codes(WellStatus.class),
                "depthM", range(nullableNumber(), 0, 2000), "diameterMm", range(nullableNumber(), 25, 5000),
                "yieldM3PerDay", range(nullableNumber(), 0, 100_000), "staticWaterLevelM", range(nullableNumber(), 0, 2000),
                "ecUsPerCm", range(nullableNumber(), 0, 250_000),
                "owner", nullable(object(props("name", nullableString(), "civilId", nullableString()))),
                "plotNumber", nullableString(),
                "licences", array(object(props("number", string(), "type", codes(LicenceType.class),
                        "issuedOn", nullableDate(), "expiresOn", nullableDate()), "number", "type")),
                "originalLocation", object(props("crs", string(), "coordinates",
                        oneOf(string(), minItems((JsonSchema) array(number()).maxItems(2), 2))), "crs", "coordinates")),
                "type", "use", "status")
                .description("Derived members (registryNumber, wilayat, version, ...) may be sent back as read; they are ignored"));
        c.put("WellInput", (JsonSchema) object(props("type", constant("Feature"),
                "geometry", nullable(ref("Point")), "properties", ref("WellInputProperties")), "type", "properties")
                .description("A well as a GeoJSON Feature; the location is the Point geometry or properties.originalLocation"));

        c.put("WellChange", closed(props("version", integer(), "action", codes(List.of("REGISTERED", "UPDATED", "DELETED")),
                "changedAt", dateTime(), "changedBy", string(), "reason", nullableString(), "requestId", nullableString(),
                "oldValues", nullableAnyObject(), "newValues", nullableAnyObject()),
                "version", "action", "changedAt", "changedBy", "reason", "requestId", "oldValues", "newValues"));
        c.put("WellHistory", closed(props("wellId", integer(), "registryNumber", string(), "changes", array(ref("WellChange"))),
                "wellId", "registryNumber", "changes"));

        Map<String, Schema> exported = with(without(common, "licences", "originalLocation", "version", "createdAt", "updatedAt"),
                "wilayat", nullableString(), "governorate", nullableString(),
                "plotNumber", nullableString(), "owner", closed(props("name", nullableString(), "civilId", nullableString())));
        c.put("ExportedWellFeature", closed(props("type", constant("Feature"), "id", integer(), "geometry", ref("Point"),
                "properties", closed(exported, "id", "registryNumber", "type", "use", "status", "wilayat", "governorate")),
                "type", "id", "geometry", "properties"));
        c.put("WellExportCollection", (JsonSchema) closed(props("type", constant("FeatureCollection"),
                "features", array(ref("ExportedWellFeature"))), "type", "features")
                .description("owner and plotNumber only with includePersonal=true; wilayat and governorate as codes"));
    }

    private static JsonSchema wellFeature(String properties) {
        return closed(props("type", constant("Feature"), "id", integer(), "geometry", ref("Point"),
                "properties", ref(properties)), "type", "id", "geometry", "properties");
    }

    // -- Counts ----------------------------------------------------------------------------------

    private static void counts(Map<String, Schema> c) {
        c.put("WellCount", (JsonSchema) closed(props("count", integer(), "rows", array(closed(props(
                "key", string(), "nameAr", string(), "nameEn", string(), "count", integer()), "key", "nameAr", "nameEn", "count"))),
                "count").description("The exact count; with groupBy, one row per group"));
    }

    // -- Spacing ---------------------------------------------------------------------------------

    private static void spacing(Map<String, Schema> c) {
        List<String> wellApplications = Arrays.stream(ApplicationType.values()).filter(ApplicationType::concernsWell)
                .map(Enum::name).toList();
        c.put("SpacingCheckRequest", object(props("location", ref("Point"), "applicationType", codes(wellApplications),
                "use", codes(WellUse.class), "yieldM3PerDay", range(nullableNumber(), 0, 100_000),
                "wellId", (JsonSchema) nullableInteger().description("The registry well being deepened or replaced")),
                "location", "applicationType", "use"));
        c.put("FeatureRef", closed(props("id", oneOf(integer(), string()), "kind", codes(FeatureKind.class),
                "name", nullableString(), "nameAr", nullableString(),
                "isSample", (JsonSchema) bool().description("The feature is sample data: no basis for a real decision")),
                "id", "kind", "name", "nameAr"));
        c.put("Finding", closed(props("ruleId", string(), "legalReference", nullableString(), "outcome", codes(RuleOutcome.class),
                "measuredDistanceM", (JsonSchema) nullableNumber().description("Geodesic metres, two decimals; null for a zone rule"),
                "requiredDistanceM", nullableNumber(), "feature", ref("FeatureRef"),
                "geometry", (JsonSchema) ref("Geometry").description("What to draw: the line to the nearest point, or the zone"),
                "messageAr", nullableString(), "messageEn", nullableString()),
                "ruleId", "legalReference", "outcome", "measuredDistanceM", "requiredDistanceM", "feature", "geometry",
                "messageAr", "messageEn"));
        Map<String, Schema> verdict = props("verdict", codes(VerdictStatus.class), "findings", array(ref("Finding")),
                "truncated", array(closed(props("ruleId", string(), "listedFindings", integer()), "ruleId", "listedFindings")),
                "ruleSetVersion", integer(),
                "basedOnSample", (JsonSchema) bool().description("A finding rests on sample data; the notice then says so"),
                "noticeAr", string(), "noticeEn", string());
        c.put("Verdict", closed(verdict, "verdict", "findings", "truncated", "ruleSetVersion", "basedOnSample"));
        c.put("RecordedCheck", closed(with(verdict, "applicationType", codes(wellApplications), "checkedAt", dateTime()),
                "verdict", "findings", "truncated", "ruleSetVersion", "basedOnSample", "applicationType", "checkedAt"));
        c.put("WellFindings", closed(props("wellId", integer(), "checks", array(ref("RecordedCheck"))), "wellId", "checks"));

        c.put("ReferenceFeature", closed(props("type", constant("Feature"), "id", integer(), "geometry", ref("Geometry"),
                "properties", closed(props("kind", codes(FeatureKind.class), "kindNameEn", string(), "kindNameAr", string(),
                        "nameEn", nullableString(), "nameAr", nullableString(),
                        "sample", (JsonSchema) bool().description("Sample data: never a basis for a decision"),
                        "source", nullableString()),
                        "kind", "kindNameEn", "kindNameAr", "nameEn", "nameAr", "sample", "source")),
                "type", "id", "geometry", "properties"));
        c.put("ReferenceFeatureCollection", closed(props("type", constant("FeatureCollection"),
                "features", array(ref("ReferenceFeature")), "numberReturned", integer()), "type", "features", "numberReturned"));

        Map<String, Schema> rule = props("id", string(),
                "applicationTypes", array(codes(wellApplications)), "wellUses", array(codes(WellUse.class)),
                "exemptUses", array(codes(WellUse.class)),
                "yieldClass", closed(props("minM3PerDay", nullableNumber(), "maxM3PerDay", nullableNumber()),
                        "minM3PerDay", "maxM3PerDay"),
                "targetKind", codes(FeatureKind.class), "operator", codes(SpacingOperator.class),
                "distanceM", nullableNumber(), "outcome", codes(RuleOutcome.class),
                "legalReference", nullableString(), "messageAr", nullableString(), "messageEn", nullableString(),
                "configurableDefault", bool(), "enabled", bool());
        c.put("SpacingRule", closed(with(rule, "version", integer(), "updatedAt", dateTime(), "updatedBy", string()),
                "id", "applicationTypes", "wellUses", "exemptUses", "yieldClass", "targetKind", "operator", "distanceM",
                "outcome", "legalReference", "messageAr", "messageEn", "configurableDefault", "enabled", "version",
                "updatedAt", "updatedBy"));
        c.put("SpacingRuleInput", (JsonSchema) object(rule, "targetKind", "operator", "outcome")
                .description("id, when sent, must be the id in the path; enabled defaults to true"));
        c.put("SpacingRuleList", closed(props("rules", array(ref("SpacingRule"))), "rules"));
        c.put("RuleChange", closed(props("action", codes(List.of("CREATED", "UPDATED")), "version", integer(),
                "changedAt", dateTime(), "changedBy", string(), "oldValues", nullableAnyObject(), "newValues", anyObject()),
                "action", "version", "changedAt", "changedBy", "oldValues", "newValues"));
        c.put("SpacingRuleAudit", closed(props("ruleId", string(), "changes", array(ref("RuleChange"))), "ruleId", "changes"));
    }

    // -- Imports ---------------------------------------------------------------------------------

    private static void imports(Map<String, Schema> c) {
        c.put("ImportUpload", object(props("file", (JsonSchema) string().format("binary")
                .description("CSV, GeoJSON FeatureCollection, GeoPackage or zipped Shapefile")), "file"));
        c.put("RowError", closed(props("line", integer(), "field", nullableString(), "code", string(),
                "message", string(), "messageAr", string()), "line", "field", "code", "message", "messageAr"));
        c.put("JobFailure", closed(props("code", string(), "message", string(), "messageAr", string(), "errorId", string()),
                "code", "message", "messageAr"));
        c.put("ImportJob", (JsonSchema) closed(props(
                "id", (JsonSchema) string().format("uuid"), "kind", codes(ImportKind.class),
                "status", codes(JobStatus.class),
                "mode", codes(Arrays.stream(ImportMode.values()).map(ImportMode::parameter).toList()),
                "format", codes(Arrays.stream(ImportFormat.values()).map(ImportFormat::parameter).toList()),
                "fileName", nullableString(),
                "phase", (JsonSchema) nullableString().description("While RUNNING: READING, VALIDATING, INSERTING; DONE at the end"),
                "percent", range(integer(), 0, 100), "rowsTotal", nullableInteger(), "rowsDone", integer(),
                "rowsImported", integer(), "rowsRejected", integer(),
                "errorCount", (JsonSchema) integer().description("Always exact, even when fewer errors are stored"),
                "outcome", nullableCodes(ImportOutcome.class), "failure", nullable(ref("JobFailure")),
                "ignoredColumns", array(string()), "createdBy", string(), "createdAt", dateTime(),
                "startedAt", nullableDateTime(), "finishedAt", nullableDateTime(),
                "errorsOffset", integer(), "errorsReturned", integer(), "errors", array(ref("RowError")),
                "links", array(closed(props("rel", string(), "href", (JsonSchema) string().format("uri-reference")), "rel", "href"))),
                "id", "kind", "status", "mode", "format", "fileName", "phase", "percent", "rowsTotal", "rowsDone",
                "rowsImported", "rowsRejected", "errorCount", "outcome", "failure", "ignoredColumns", "createdBy",
                "createdAt", "startedAt", "finishedAt", "links")
                .description("An import job; errorsOffset, errorsReturned and errors once it has finished"));
    }

    // -- Security --------------------------------------------------------------------------------

    private static void security(Map<String, Schema> c) {
        c.put("Session", closed(props("signedIn", bool(), "name", string(), "roles", array(string()),
                "governorates", array(string()), "personalData", bool(), "staffLayers", bool()),
                "signedIn", "name", "roles", "governorates", "personalData", "staffLayers"));
        c.put("AuditEntry", closed(props("id", integer(), "at", dateTime(), "actor", string(), "roles", string(),
                "action", string(), "method", nullableString(), "path", nullableString(), "target", nullableString(),
                "status", nullableInteger(), "clientAddress", nullableString(), "requestId", nullableString(),
                "detail", nullableString()), "id", "at", "actor", "action"));
        c.put("AuditPage", closed(props("numberMatched", integer(), "numberReturned", integer(),
                "entries", array(ref("AuditEntry"))), "numberMatched", "numberReturned", "entries"));
    }

    // -- Reference data --------------------------------------------------------------------------

    private static void referenceData(Map<String, Schema> c) {
        c.put("AdminAreaFeature", closed(props("type", constant("Feature"), "id", string(), "geometry", ref("Polygonal"),
                "properties", closed(props("code", string(), "level", codes(AdminLevel.class), "nameEn", string(),
                        "nameAr", string()), "code", "level", "nameEn", "nameAr")), "type", "id", "geometry", "properties"));
        c.put("AdminAreaCollection", closed(props("type", constant("FeatureCollection"),
                "features", array(ref("AdminAreaFeature"))), "type", "features"));
        c.put("CodeLabel", closed(props("code", string(), "ar", string(), "en", string()), "code", "ar", "en"));
        c.put("CodeLists", closed(props("wellType", array(ref("CodeLabel")), "wellUse", array(ref("CodeLabel")),
                "wellStatus", array(ref("CodeLabel"))), "wellType", "wellUse", "wellStatus"));
        c.put("MapConfig", (JsonSchema) closed(props("baseLayer", closed(props("url", string("XYZ tile URL template"),
                "attribution", string(), "maxZoom", range(integer(), 0, 24)), "url", "attribution", "maxZoom")))
                .description("{} when no base layer is configured: the map then draws the governorate outlines"));
    }
}
