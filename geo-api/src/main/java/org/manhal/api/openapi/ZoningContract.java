package org.manhal.api.openapi;

import static org.manhal.api.openapi.JsonSchemas.bool;
import static org.manhal.api.openapi.JsonSchemas.codes;
import static org.manhal.api.openapi.JsonSchemas.integer;
import static org.manhal.api.openapi.JsonSchemas.range;
import static org.manhal.api.openapi.JsonSchemas.ref;
import static org.manhal.api.openapi.JsonSchemas.string;

import java.util.Arrays;
import java.util.Map;

import org.manhal.api.openapi.ApiContract.Op;
import org.manhal.crs.InputCrs;
import org.manhal.imports.ExistingRows;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.ImportKind;
import org.manhal.imports.ImportMode;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;

/** The zoning routes of the API contract: the check, plots and zones, the zone rules' administration. */
final class ZoningContract {

    static final String TAG = "Zoning";
    static final String TAG_TEXT = "Zoning checks of proposed buildings, plots, zones and zone rules. التنظيم العمراني.";

    private ZoningContract() {
    }

    static void operations(Map<String, Operation> ops) {
        String admin = " Changes are admin only; reads are public, the audit trail for registry readers.";
        new Op("POST", "/api/checks/zoning", "checkZoning", TAG, "Check a proposed building",
                "Checks a footprint against its plot (by wilayat and plot number, or a plot polygon) and the zoning: "
                        + "inside the plot; setbacks in UTM 40N (39N west of 54°E), front on street edges when known, else "
                        + "the largest setback on every edge; coverage; floor-area ratio; floors; height; use "
                        + "(conditional: NEEDS_REVIEW); minimum plot area; a plot in several zones takes the strictest "
                        + "limits and says so; restricted zones and protection distances of aflaj and public supply wells "
                        + "are flagged. Values to the cm; exactly at the limit passes. Read-only. فحص التنظيم العمراني.")
                .body(ref("ZoningCheckRequest"), ApiContract.JSON, ApiContract.GEO_JSON)
                .answer(200, "The verdict with every finding", ref("ZoningVerdict"), ApiContract.JSON)
                .problems(400, 404, 415).into(ops);
        new Op("GET", "/api/plots", "findPlots", TAG, "Plots in a box",
                "Cadastral plots meeting the box, by id; never the owner. قطع الأراضي.")
                .query("bbox", bbox(), "Required: minLon,minLat,maxLon,maxLat in degrees (CRS84)")
                .query("limit", range(integer(), 1, 10_000), "At most this many, 1 to 10,000 (default 1,000)")
                .query("offset", range(integer(), 0, Long.MAX_VALUE / 2), "Plots to skip (default 0)")
                .answer(200, "The plots", ref("PlotCollection"), ApiContract.GEO_JSON)
                .problems(400).into(ops);
        new Op("GET", "/api/plots/{wilayat}/{plotNumber}", "getPlot", TAG, "Read a plot",
                "One plot with its owner (personal data). The number is the rest of the path, its / unencoded "
                        + "(e.g. /api/plots/OM-MA-SEB/17/3-B). قطعة أرض.")
                .path("wilayat", string(), "The wilayat code, e.g. OM-MA-SEB")
                .path("plotNumber", string(), "The plot number within the wilayat: the rest of the path, '/' included (215/3)")
                .answer(200, "The plot", ref("PlotFeature"), ApiContract.GEO_JSON)
                .problems(404).into(ops);
        polygonImport(ops, "/api/plots/import", "importPlots", "Import plots",
                "Cadastral plots: plotNumber (unique per wilayat), wilayat (else the wilayat of the polygon), the Polygon, "
                        + "owner.name and owner.civilId (personal data), streetFrontage (WKT lines in the file's CRS). "
                        + "Admin only. استيراد قطع الأراضي.");
        polygonImport(ops, "/api/zones/import", "importZones", "Import zones",
                "Zoning polygons: code (an existing zone rule), label (the plan sheet), the Polygon or MultiPolygon. "
                        + "Admin only. استيراد المناطق التنظيمية.");
        new Op("GET", "/api/zones", "findZones", TAG, "Zones in a box",
                "Zoning polygons meeting the box with their code and names. المناطق التنظيمية.")
                .query("bbox", bbox(), "Required: minLon,minLat,maxLon,maxLat in degrees (CRS84)")
                .query("limit", range(integer(), 1, 10_000), "At most this many, 1 to 10,000 (default 1,000)")
                .query("offset", range(integer(), 0, Long.MAX_VALUE / 2), "Zones to skip (default 0)")
                .answer(200, "The zones", ref("ZoneCollection"), ApiContract.GEO_JSON)
                .problems(400).into(ops);
        new Op("GET", "/api/admin/zone-rules", "listZoneRules", TAG, "List the zone rules",
                "Every zone rule, enabled or not." + admin + " اشتراطات المناطق.")
                .answer(200, "The rules", ref("ZoneRuleList"), ApiContract.JSON)
                .problems().into(ops);
        new Op("GET", "/api/admin/zone-rules/{code}", "getZoneRule", TAG, "Read a zone rule", "With its ETag." + admin)
                .path("code", string(), "The zone code, e.g. R1")
                .answer(200, "The rule", ref("ZoneRule"), ApiContract.JSON).header("ETag", "The rule's version, for If-Match")
                .problems(404).into(ops);
        new Op("PUT", "/api/admin/zone-rules/{code}", "putZoneRule", TAG, "Create or replace a zone rule",
                "Applies to the next check (other instances within 10 s); enabled: false retires it; reason is kept "
                        + "in the audit trail." + admin)
                .path("code", string(), "The zone code")
                .header("If-Match", string(), "The ETag read; 412 if the rule changed meanwhile")
                .body(ref("ZoneRuleInput"), ApiContract.JSON)
                .answer(200, "The rule as stored", ref("ZoneRule"), ApiContract.JSON).header("ETag", "The new version")
                .problems(400, 412, 415).into(ops);
        new Op("GET", "/api/admin/zone-rules/{code}/audit", "getZoneRuleAudit", TAG, "A zone rule's audit trail",
                "Every change, oldest first, with who, why and the request." + admin)
                .path("code", string(), "The zone code")
                .answer(200, "The changes", ref("ZoneRuleAudit"), ApiContract.JSON)
                .problems(404).into(ops);
        new Op("GET", "/api/admin/zoning-protection-distances", "listProtectionDistances", TAG,
                "List the building protection distances",
                "How far a building keeps from a falaj's mother well or channel and from a public supply well." + admin
                        + " مسافات الحماية.")
                .answer(200, "The distances", ref("ProtectionDistanceList"), ApiContract.JSON)
                .problems().into(ops);
        new Op("GET", "/api/admin/zoning-protection-distances/{kind}", "getProtectionDistance", TAG,
                "Read a protection distance", "With its ETag." + admin)
                .path("kind", string(), "FALAJ_MOTHER_WELL, FALAJ_CHANNEL or PUBLIC_SUPPLY_WELL")
                .answer(200, "The distance", ref("ProtectionDistance"), ApiContract.JSON).header("ETag", "Its version, for If-Match")
                .problems(404).into(ops);
        new Op("PUT", "/api/admin/zoning-protection-distances/{kind}", "putProtectionDistance", TAG,
                "Change a protection distance", "Applies to the next check; reason is kept in the audit trail." + admin)
                .path("kind", string(), "The protected feature's kind")
                .header("If-Match", string(), "The ETag read; 412 if it changed meanwhile")
                .body(ref("ProtectionDistanceInput"), ApiContract.JSON)
                .answer(200, "The distance as stored", ref("ProtectionDistance"), ApiContract.JSON).header("ETag", "The new version")
                .problems(400, 404, 412, 415).into(ops);
        new Op("GET", "/api/admin/zoning-protection-distances/{kind}/audit", "getProtectionDistanceAudit", TAG,
                "A protection distance's audit trail", "Every change, oldest first, with who, why and the request." + admin)
                .path("kind", string(), "The protected feature's kind")
                .answer(200, "The changes", ref("ProtectionDistanceAudit"), ApiContract.JSON)
                .problems(404).into(ops);
    }

    private static void polygonImport(Map<String, Operation> ops, String path, String id, String summary, String what) {
        new Op("POST", path, id, TAG, summary, "A multipart upload (field file) of GeoJSON, GeoPackage or zipped Shapefile, "
                + "run as an import job as POST /api/wells/import is; every row checked (valid polygon, in Oman, "
                + "duplicates) and reported. " + what)
                .query("mode", codes(Arrays.stream(ImportMode.values()).map(ImportMode::parameter).toList()),
                        "Required: all-or-nothing or valid-rows-only")
                .query("existing", codes(Arrays.stream(ExistingRows.values()).map(ExistingRows::parameter).toList()),
                        "A row already registered: reject (default) or replace")
                .query("format", codes(ImportKind.PLOT_IMPORT.formats().stream().map(ImportFormat::parameter).toList()),
                        "Otherwise by the file's extension, then its first bytes")
                .query("crs", codes(Arrays.stream(InputCrs.values()).map(InputCrs::code).toList()),
                        "The CRS of a file that names none (default EPSG:4326)")
                .query("async", bool(), "true: always answer 202 at once")
                .body(ref("ImportUpload"), ApiContract.MULTIPART)
                .answer(200, "Imported while waiting: the finished job and its report", ref("ImportJob"), ApiContract.JSON)
                .header("Location", "/api/jobs/{id}")
                .answer(202, "Accepted: the job runs; follow Location", ref("ImportJob"), ApiContract.JSON)
                .header("Location", "/api/jobs/{id}")
                .problems(400, 413, 415, 503).into(ops);
    }

    private static JsonSchema bbox() {
        return (JsonSchema) string().pattern("^[^,]+,[^,]+,[^,]+,[^,]+$");
    }
}
