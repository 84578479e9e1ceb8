package org.manhal.api.openapi;

import static org.manhal.api.openapi.JsonSchemas.allOf;
import static org.manhal.api.openapi.JsonSchemas.array;
import static org.manhal.api.openapi.JsonSchemas.bool;
import static org.manhal.api.openapi.JsonSchemas.closed;
import static org.manhal.api.openapi.JsonSchemas.codes;
import static org.manhal.api.openapi.JsonSchemas.constant;
import static org.manhal.api.openapi.JsonSchemas.integer;
import static org.manhal.api.openapi.JsonSchemas.props;
import static org.manhal.api.openapi.JsonSchemas.range;
import static org.manhal.api.openapi.JsonSchemas.ref;
import static org.manhal.api.openapi.JsonSchemas.string;
import static org.manhal.api.openapi.JsonSchemas.typed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.manhal.api.problem.Problems;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The description of the map services: {@code GET /ows} (WMS 1.3.0 / WFS 2.0 by MapServer),
 * {@code POST /ows} (WFS 2.0 requests as XML) and the
 * GeoServer publisher {@code POST /api/admin/geoserver/publications}, with their problems.
 */
final class OwsContract {

    static final String TAG = "Map services";
    static final String TAG_DESCRIPTION = "WMS 1.3.0 and WFS 2.0 of the published layers (MapServer), and publishing them "
            + "to a GeoServer. خدمات الخرائط.";

    private OwsContract() {
    }

    static void operations(Map<String, Operation> ops) {
        Map<String, Schema<?>> answers = new LinkedHashMap<>();
        answers.put("image/png", (JsonSchema) string().format("binary"));
        answers.put("text/xml", string("Capabilities, GML 3.2 features, GetFeatureInfo GML or an OGC exception report"));
        answers.put("application/json; subtype=geojson", string("WFS GetFeature or GetFeatureInfo as GeoJSON"));
        answers.put("text/plain", string("GetFeatureInfo as text"));
        new ApiContract.Op("GET", "/ows", "ows", TAG, "WMS and WFS (MapServer)",
                "OGC WMS 1.3.0 (GetCapabilities, GetMap, GetFeatureInfo, GetLegendGraphic) and WFS 2.0 (GetCapabilities, "
                        + "DescribeFeatureType, GetFeature) of the published layers, in EPSG:4326, 3857, 32640 and 32639. Only "
                        + "OWS parameters are passed on (others are ignored); the layers read the publication views only, so no "
                        + "personal data. OGC exceptions come as OGC exception reports; a map server that fails, is down or "
                        + "too slow answers 502, 503 or 504. خدمات WMS وWFS.")
                .query("SERVICE", codes(List.of("WMS", "WFS")), "Required: WMS or WFS")
                .query("REQUEST", string(), "GetCapabilities, GetMap, GetFeatureInfo, GetLegendGraphic, DescribeFeatureType, GetFeature")
                .query("VERSION", string(), "1.3.0 (WMS), 2.0.0 (WFS)")
                .query("LAYERS", string(), "WMS: comma-separated layer names from the capabilities")
                .query("CRS", string(), "WMS 1.3.0: EPSG:4326 (lat,lon axis order), EPSG:3857, EPSG:32640, EPSG:32639")
                .query("BBOX", string(), "WMS/WFS: the area, in the CRS's axis order")
                .query("WIDTH", range(integer(), 1, 4096), "WMS: image width in pixels")
                .query("HEIGHT", range(integer(), 1, 4096), "WMS: image height in pixels")
                .query("FORMAT", string(), "WMS: image/png")
                .query("TYPENAMES", string(), "WFS: feature type, e.g. manhal:wells")
                .query("COUNT", range(integer(), 1, Long.MAX_VALUE), "WFS: features per page")
                .query("STARTINDEX", range(integer(), 0, Long.MAX_VALUE), "WFS: features to skip")
                .answer(200, "The map, features, capabilities or an OGC exception report", answers)
                .problems(400)
                .problem(502, "MapServerProblem", "map-server-error: MapServer failed (its message is in the log only)")
                .problem(503, "MapServerProblem", "map-server-unavailable: MapServer cannot be reached or is busy")
                .problem(504, "MapServerProblem", "map-server-timeout: MapServer did not answer in time")
                .into(ops);
        Map<String, Schema<?>> wfsAnswers = new LinkedHashMap<>(answers);
        wfsAnswers.remove("image/png");
        wfsAnswers.remove("text/plain");
        new ApiContract.Op("POST", "/ows", "owsPost", TAG, "WFS 2.0 requests as XML (MapServer)",
                "A WFS 2.0 read request as an XML body (GetFeature, GetPropertyValue, DescribeFeatureType, GetCapabilities, "
                        + "ListStoredQueries, DescribeStoredQueries in namespace http://www.opengis.net/wfs/2.0), passed on to "
                        + "MapServer as it came: at most 256 KB, well-formed, no DOCTYPE. Transactions and locks (WFS-T) are a 400 "
                        + "NOT_A_WFS_READ; a body that is not XML a 400 NOT_XML; another content type (a form included) a 415. "
                        + "The layers read the public publication views only. طلبات WFS بصيغة XML.")
                .body(ref("WfsRequest"), "application/xml", "text/xml")
                .answer(200, "Features, capabilities or an OGC exception report", wfsAnswers)
                .problems(400, 415)
                .problem(502, "MapServerProblem", "map-server-error: MapServer failed (its message is in the log only)")
                .problem(503, "MapServerProblem", "map-server-unavailable: MapServer cannot be reached or is busy")
                .problem(504, "MapServerProblem", "map-server-timeout: MapServer did not answer in time")
                .into(ops);
        new ApiContract.Op("POST", "/api/admin/geoserver/publications", "publishToGeoServer", TAG, "Publish to a GeoServer",
                "Creates or updates, through GeoServer's REST API, a workspace, a PostGIS datastore on the publication views "
                        + "(as the publishing role), and per published layer its SLD style, its feature type and its default "
                        + "style. Each resource is read first and written only when missing or different: a second run reports "
                        + "every step UNCHANGED. Admin only. النشر إلى GeoServer.")
                .body(ref("GeoServerPublicationRequest"), ApiContract.JSON)
                .answer(200, "What was done to each resource", ref("GeoServerPublicationReport"), ApiContract.JSON)
                .problems(400, 415)
                .problem(502, "GeoServerProblem", "geoserver-unauthorized, geoserver-failed or geoserver-unreachable: the step and GeoServer's status")
                .into(ops);
    }

    static void schemas(Map<String, Schema> c) {
        c.put("WfsRequest", string("A WFS 2.0 read request in XML, e.g. <wfs:GetFeature service=\"WFS\" version=\"2.0.0\" "
                + "xmlns:wfs=\"http://www.opengis.net/wfs/2.0\"><wfs:Query typeNames=\"manhal:zones\"/></wfs:GetFeature>"));
        c.put("GeoServerPublicationRequest", closed(props(
                "url", (JsonSchema) string("GeoServer's base URL, e.g. https://gis.example.om/geoserver").format("uri"),
                "user", string("A GeoServer administrator"),
                "password", string("Their password (never logged or answered)"),
                "workspace", (JsonSchema) string("Default manhal").pattern("^[A-Za-z][A-Za-z0-9_-]{0,63}$"),
                "databaseHost", string("The database host as GeoServer reaches it (default: the service's)"),
                "databasePort", range(integer(), 1, 65_535)), "url", "user", "password"));
        c.put("GeoServerPublicationStep", closed(props(
                "kind", codes(List.of("workspace", "datastore", "style", "featureType", "layer")),
                "resource", string("The REST path under /rest"),
                "action", codes(List.of("CREATED", "UPDATED", "UNCHANGED"))), "kind", "resource", "action"));
        c.put("GeoServerPublicationReport", closed(props("workspace", string(), "changed", bool(),
                "steps", array(ref("GeoServerPublicationStep"))), "workspace", "changed", "steps"));
        upstream(c, "MapServerProblem", List.of("map-server-error", "map-server-unavailable", "map-server-timeout"),
                List.of(502, 503, 504), props());
        upstream(c, "GeoServerProblem", List.of("geoserver-unauthorized", "geoserver-failed", "geoserver-unreachable"),
                List.of(502), props("geoServerStatus", integer()));
    }

    private static void upstream(Map<String, Schema> c, String name, List<String> types, List<Integer> statuses,
                                 Map<String, Schema> extra) {
        Map<String, Schema> p = props("type", codes(types.stream().map(t -> Problems.BASE + t).toList()),
                "status", statuses.size() == 1 ? constant(statuses.get(0)) : range(integer(), statuses.get(0), statuses.get(statuses.size() - 1)));
        p.putAll(extra);
        JsonSchema own = typed("object");
        own.properties(p);
        c.put(name, (JsonSchema) allOf(ref("Problem"), own).description("A problem of a server Manhal relies on"));
    }
}
