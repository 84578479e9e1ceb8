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

    private PublishingContract() {
    }

    static void operations(Map<String, Operation> ops) {
        tiles(ops);
    }

    static void schemas(Map<String, Schema> c) {
        c.put("TileJson", object(props(
                "tilejson", string(), "name", string(), "nameAr", string(), "description", string(),
                "tiles", array(string()), "minzoom", integer(), "maxzoom", integer(),
                "bounds", array(JsonSchemas.number()), "vector_layers", array(anyObject())),
                "tilejson", "tiles", "vector_layers"));
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
