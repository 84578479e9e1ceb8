package org.manhal.api.publishing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.manhal.common.InvalidInputException;
import org.manhal.common.NotFoundException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Vector tiles of the published layers, {@code GET /tiles/{layer}/{z}/{x}/{y}.mvt}, and a TileJSON
 * 3.0 document per layer, {@code GET /tiles/{layer}.json}.
 *
 * <p>The ETag of a tile is a digest of its bytes: a registry write changes the ETag of exactly the
 * tiles whose content it changes (the tile that holds the well, and at low zooms the tiles whose
 * cell counts it changes), and of no other. Clients revalidate with {@code If-None-Match} after
 * {@link #MAX_AGE} and get 304 while nothing changed.
 */
@RestController
class TileController {

    /** How long a client or proxy may use a tile without asking again: a new well shows within it. */
    static final Duration MAX_AGE = Duration.ofSeconds(30);
    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
    /** What a staff layer's answers differ by: who asks. */
    public static final String STAFF_VARY = "Authorization, Cookie";

    private final LayerCatalogue catalogue;
    private final VectorTiles tiles;

    TileController(LayerCatalogue catalogue, VectorTiles tiles) {
        this.catalogue = catalogue;
        this.tiles = tiles;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x,
                                @PathVariable String y,
                                @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        List<Violation> violations = new ArrayList<>();
        Audience caller = Audience.ofCaller();
        LayerDefinition definition = layer(layer, caller, violations);
        int zoom = number("z", z, 0, TileAddress.MAX_ZOOM, violations);
        int side = zoom >= 0 ? 1 << zoom : 1;
        int column = number("x", x, 0, side - 1, violations);
        int row = number("y", y, 0, side - 1, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        TileAddress address = new TileAddress(zoom, column, row);
        byte[] body = VectorTiles.drawnAt(definition, zoom) ? tiles.tile(definition, caller, address) : new byte[0];
        String etag = etag(body);
        if (ifNoneMatch != null && (ifNoneMatch.contains(etag) || ifNoneMatch.trim().equals("*"))) {
            return cached(ResponseEntity.status(HttpStatus.NOT_MODIFIED), definition).eTag(etag).build();
        }
        return cached(ResponseEntity.ok(), definition).contentType(MVT).eTag(etag).body(body);
    }

    /**
     * A public layer's answers are the same for everyone: any cache may keep them. A staff layer's
     * are for staff: only the caller's own browser may keep them ({@code private}), and a cache
     * must tell callers apart by their credentials ({@code Vary}).
     */
    static <B extends ResponseEntity.HeadersBuilder<B>> B cached(B response, LayerDefinition layer) {
        CacheControl cache = CacheControl.maxAge(MAX_AGE.toSeconds(), TimeUnit.SECONDS);
        if (layer.audience() == Audience.STAFF) {
            return response.cacheControl(cache.cachePrivate()).header(HttpHeaders.VARY, STAFF_VARY);
        }
        return response.cacheControl(cache.cachePublic());
    }

    @GetMapping("/tiles/{layer}.json")
    ResponseEntity<Map<String, Object>> tileJson(@PathVariable String layer) {
        List<Violation> violations = new ArrayList<>();
        LayerDefinition l = layer(layer, Audience.ofCaller(), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tilejson", "3.0.0");
        doc.put("name", l.title().en());
        doc.put("nameAr", l.title().ar());
        doc.put("description", l.description().en());
        doc.put("descriptionAr", l.description().ar());
        doc.put("attribution", "Manhal — منهل");
        doc.put("scheme", "xyz");
        doc.put("tiles", List.of(base + "/tiles/" + l.id() + "/{z}/{x}/{y}.mvt"));
        doc.put("minzoom", l.tiles().firstZoom());
        doc.put("maxzoom", l.tiles().maxZoom());
        doc.put("bounds", List.of(51.5, 16.5, 60.0, 26.5)); // Oman, Musandam included
        doc.put("center", List.of(57.5, 22.5, 6));
        List<Map<String, Object>> layers = new ArrayList<>();
        Map<String, Object> fields = new LinkedHashMap<>();
        l.tileAttributes().forEach(a -> fields.put(a.name(), a.title().en() + " — " + a.title().ar()));
        layers.add(Map.of("id", l.id(), "description", l.description().en(), "fields", fields,
                "minzoom", l.tiles().minZoom(), "maxzoom", l.tiles().maxZoom()));
        l.tiles().aggregateView().ifPresent(v -> layers.add(0, Map.of("id", l.id() + VectorTiles.CELLS,
                "description", "Published wells counted per grid cell, one point per cell (for clusters and heat maps)",
                "fields", Map.of("count", "Number of wells — عدد الآبار", "level", "Grid level (cells of 2^-level degrees) — مستوى الشبكة"),
                "minzoom", 0, "maxzoom", l.tiles().minZoom() - 1)));
        doc.put("vector_layers", layers);
        return cached(ResponseEntity.ok(), l).body(doc);
    }

    /**
     * The layer of this id, if the caller may see it. An id the catalogue does not know is a 400
     * naming the layers the caller may ask for; a staff layer asked by anyone else is a 404, as
     * OGC API Features answers for a collection the caller is not shown.
     */
    private LayerDefinition layer(String id, Audience caller, List<Violation> violations) {
        LayerDefinition layer = catalogue.find(id).orElse(null);
        if (layer == null) {
            violations.add(Violation.unknownValue("layer", id,
                    catalogue.visibleTo(caller).stream().map(LayerDefinition::id).toList()));
            return null;
        }
        if (!layer.visibleTo(caller)) {
            throw new NotFoundException(new Text("الطبقة «" + id + "» لموظفي الوزارة فقط.",
                    "The layer '" + id + "' is for ministry staff only."));
        }
        return layer;
    }

    private static int number(String field, String text, int min, int max, List<Violation> violations) {
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(Violation.of(field, "OUT_OF_RANGE",
                "يجب أن يكون " + field + " عدداً صحيحاً من " + min + " إلى " + max + "، لا «" + text + "».",
                field + " must be a whole number from " + min + " to " + max + ", not '" + text + "'."));
        return -1;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
