package org.manhal.api.openapi;

import static org.manhal.api.openapi.JsonSchemas.anyObject;
import static org.manhal.api.openapi.JsonSchemas.array;
import static org.manhal.api.openapi.JsonSchemas.integer;
import static org.manhal.api.openapi.JsonSchemas.object;
import static org.manhal.api.openapi.JsonSchemas.props;
import static org.manhal.api.openapi.JsonSchemas.range;
import static org.manhal.api.openapi.JsonSchemas.ref;
import static org.manhal.api.openapi.JsonSchemas.string;

import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/**
 * The published outputs in {@code /v3/api-docs}: vector tiles and OGC API Features (whose own,
 * self-contained OGC description is {@code /ogc/api}). Kept apart from {@link ApiContract} so that
 * the publishing routes are described in one file.
 */
final class PublishingContract {

    static final String TILES = "Vector tiles";
    static final String TILES_TEXT = "Mapbox Vector Tiles of the published layers and their TileJSON. البلاطات المتجهة.";
    static final String OGC = "OGC API Features";
    static final String OGC_TEXT = "OGC API Features Parts 1-3 over the published layers (docs/publishing.md). "
            + "واجهة OGC API Features للطبقات المنشورة.";
    static final String MVT = "application/vnd.mapbox-vector-tile";
    static final String HTML = "text/html";
    static final String ACCEPT = "text/html (before any JSON type) for the HTML view, otherwise JSON";

    private PublishingContract() {
    }

    static void operations(Map<String, Operation> ops) {
        tiles(ops);
        ogc(ops);
    }

    static void schemas(Map<String, Schema> c) {
        c.put("TileJson", object(props(
                "tilejson", string(), "name", string(), "nameAr", string(), "description", string(),
                "tiles", array(string()), "minzoom", integer(), "maxzoom", integer(),
                "bounds", array(JsonSchemas.number()), "vector_layers", array(anyObject())),
                "tilejson", "tiles", "vector_layers"));
        c.put("OgcDocument", object(props("links", array(anyObject())), "links"));
        c.put("OgcConformance", object(props("conformsTo", array(string())), "conformsTo"));
        c.put("OgcCollections", object(props("links", array(anyObject()), "collections", array(anyObject()),
                "crs", array(string())), "links", "collections"));
        c.put("OgcCollection", object(props("id", string(), "title", string(), "titleAr", string(), "itemType", string(),
                "crs", array(string()), "storageCrs", string(), "extent", anyObject(), "links", array(anyObject())), "id", "links"));
        c.put("OgcQueryables", object(props("$schema", string(), "$id", string(), "type", string(), "properties", anyObject()),
                "type", "properties"));
        c.put("OgcFeatureCollection", object(props("type", string(), "features", array(anyObject()),
                "numberMatched", integer(), "numberReturned", integer(), "timeStamp", string(), "links", array(anyObject())),
                "type", "features", "numberMatched", "numberReturned"));
        c.put("OgcFeature", object(props("type", string(), "id", anyValue(), "geometry", anyObject(),
                "properties", anyObject(), "links", array(anyObject())), "type", "geometry", "properties"));
    }

    private static JsonSchema anyValue() {
        return new JsonSchema();
    }

    private static void ogc(Map<String, Operation> ops) {
        JsonSchema html = string("An HTML page, Arabic and English");
        String f = "json or html (otherwise by Accept: a browser gets HTML)";
        new ApiContract.Op("GET", "/ogc", "ogcLandingPage", OGC, "OGC API landing page",
                "Links to the OpenAPI description (/ogc/api), conformance and collections. الصفحة الرئيسية.")
                .query("f", string(), f)
                .header("Accept", string(), ACCEPT)
                .answer(200, "The landing page", ref("OgcDocument"), ApiContract.JSON).alsoAs(HTML, html)
                .problems(400).into(ops);
        new ApiContract.Op("GET", "/ogc/conformance", "ogcConformance", OGC, "OGC API conformance classes",
                "Parts 1 (core, GeoJSON, HTML, OpenAPI 3.0), 2 (CRS), 3 (queryables, filter, CQL2 text). فئات المطابقة.")
                .query("f", string(), f)
                .header("Accept", string(), ACCEPT)
                .answer(200, "The conformance declaration", ref("OgcConformance"), ApiContract.JSON).alsoAs(HTML, html)
                .problems(400).into(ops);
        new ApiContract.Op("GET", "/ogc/api", "ogcOpenApi", OGC, "The OGC API's own OpenAPI 3.0 description",
                "Self-contained (no schema fetched from elsewhere), with one items path per collection listing its queryables. "
                        + "وصف واجهة OGC.")
                .query("f", string(), "json only")
                .answer(200, "OpenAPI 3.0", JsonSchemas.anyObject(), "application/vnd.oai.openapi+json;version=3.0")
                .problems(400).into(ops);
        new ApiContract.Op("GET", "/ogc/collections", "ogcCollections", OGC, "OGC API collections",
                "Every public layer of the catalogue with its CRSs and extent. الطبقات.")
                .query("f", string(), f)
                .header("Accept", string(), ACCEPT)
                .answer(200, "The collections", ref("OgcCollections"), ApiContract.JSON).alsoAs(HTML, html)
                .problems(400).into(ops);
        new ApiContract.Op("GET", "/ogc/collections/{collectionId}", "ogcCollection", OGC, "An OGC API collection",
                "One layer: titles, CRSs, extent, links to items and queryables. طبقة.")
                .path("collectionId", string(), "A layer id (wells, aflaj-channels, ...)")
                .query("f", string(), f)
                .header("Accept", string(), ACCEPT)
                .answer(200, "The collection", ref("OgcCollection"), ApiContract.JSON).alsoAs(HTML, html)
                .problems(400, 404).into(ops);
        new ApiContract.Op("GET", "/ogc/collections/{collectionId}/queryables", "ogcQueryables", OGC, "A collection's queryables",
                "JSON Schema of the properties filter and the query parameters may name. الخصائص القابلة للاستعلام.")
                .path("collectionId", string(), "A layer id")
                .query("f", string(), f)
                .header("Accept", string(), ACCEPT)
                .answer(200, "The queryables", ref("OgcQueryables"), "application/schema+json").alsoAs(HTML, html)
                .problems(400, 404).into(ops);
        new ApiContract.Op("GET", "/ogc/collections/{collectionId}/items", "ogcItems", OGC, "OGC API features of a collection",
                "A page of features in id order with numberMatched, numberReturned and next/prev links; public attributes only. "
                        + "Each queryable is also a query parameter (equality); any other unknown parameter is a 400. "
                        + "Content-Crs names the CRS of the geometries. معالم الطبقة.")
                .path("collectionId", string(), "A layer id")
                .query("limit", range(integer(), 1, 10_000), "Features per page, 1 to 10,000 (default 10)")
                .query("offset", range(integer(), 0, Long.MAX_VALUE / 2), "Features skipped (the next link sets it)")
                .query("bbox", ApiContract.bbox(), "minx,miny,maxx,maxy in bbox-crs (CRS84 by default)")
                .query("bbox-crs", string(), "The CRS of bbox, by URI: CRS84, EPSG 32640, 32639, 3440, 3439")
                .query("crs", string(), "The CRS of the answer, by URI (same list)")
                .query("datetime", string(), "An RFC 3339 instant or interval on a well's registration time")
                .query("filter", string(), "CQL2 text: AND, OR, NOT, comparisons, LIKE, BETWEEN, IN, IS NULL, S_INTERSECTS")
                .query("filter-lang", string(), "cql2-text (the default and only one)")
                .query("filter-crs", string(), "The CRS of the filter's geometries, by URI")
                .query("f", string(), f)
                .header("Accept", string(), ACCEPT)
                .answer(200, "The features", ref("OgcFeatureCollection"), "application/geo+json").alsoAs(HTML, html)
                .header("Content-Crs", "<the CRS URI>")
                .problems(400, 404).into(ops);
        new ApiContract.Op("GET", "/ogc/collections/{collectionId}/items/{featureId}", "ogcItem", OGC, "One OGC API feature",
                "A well by its registry number, another feature by its id; public attributes only. معلم واحد.")
                .path("collectionId", string(), "A layer id")
                .path("featureId", string(), "The feature's id")
                .query("crs", string(), "The CRS of the answer, by URI")
                .query("f", string(), f)
                .header("Accept", string(), ACCEPT)
                .answer(200, "The feature", ref("OgcFeature"), "application/geo+json").alsoAs(HTML, html)
                .header("Content-Crs", "<the CRS URI>")
                .problems(400, 404).into(ops);
    }

    private static void tiles(Map<String, Operation> ops) {
        new ApiContract.Op("GET", "/tiles/{layer}/{z}/{x}/{y}.mvt", "getVectorTile", TILES, "A vector tile",
                "One XYZ tile (Web Mercator, y from the north) of a published layer, encoded by PostGIS ST_AsMVT "
                        + "from the publication views, public attributes only. Every feature that meets the tile is in it "
                        + "(no cap); below a layer's minzoom wells come as one point per grid cell with the count of "
                        + "wells (MVT layer wells-cells). ETag is a digest of the tile: send If-None-Match to get 304 "
                        + "while it has not changed. بلاطة متجهة.")
                .path("layer", string(), "A layer id of the catalogue (wells, well-counts, aflaj-channels, ...)")
                .path("z", range(integer(), 0, 22), "Zoom, 0 to 22")
                .path("x", range(integer(), 0, 4194303), "Column, 0 to 2^z - 1")
                .path("y", range(integer(), 0, 4194303), "Row from the north, 0 to 2^z - 1")
                .header("If-None-Match", string(), "An ETag read before")
                .answer(200, "The tile (empty when nothing meets it)", (JsonSchema) string().format("binary"), MVT)
                .header("ETag", "Digest of the tile").header("Cache-Control", "public, max-age=30")
                .noContent(304, "Not modified since the ETag sent")
                .problems(400).into(ops);
        new ApiContract.Op("GET", "/tiles/{layer}.json", "getTileJson", TILES, "A layer's TileJSON",
                "TileJSON 3.0.0: tile URL template, zooms, bounds and the MVT layers with their fields. TileJSON للطبقة.")
                .path("layer", string(), "A layer id of the catalogue")
                .answer(200, "The TileJSON document", ref("TileJson"), ApiContract.JSON)
                .problems(400).into(ops);
    }
}
