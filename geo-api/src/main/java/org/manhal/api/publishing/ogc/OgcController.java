package org.manhal.api.publishing.ogc;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.manhal.api.publishing.Attribute;
import org.manhal.api.publishing.Audience;
import org.manhal.api.publishing.LayerCatalogue;
import org.manhal.api.publishing.LayerDefinition;
import org.manhal.common.InvalidInputException;
import org.manhal.common.NotFoundException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * OGC API Features (Parts 1, 2 and 3) over the catalogue's layers the caller may see (staff
 * layers for staff only), under {@code /ogc}:
 * landing page, conformance, the OpenAPI description ({@code /ogc/api}, self-contained),
 * collections, items, one item and the queryables, each as JSON (GeoJSON for features) or HTML
 * in Arabic and English ({@code f=html}, or a browser's {@code Accept}). Features carry the public
 * attributes, and for staff callers ({@link Audience#ofCaller()}) the staff attributes too;
 * queryables and filters are the public attributes for everyone.
 */
@RestController
@RequestMapping("/ogc")
class OgcController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    static final MediaType OPENAPI = MediaType.parseMediaType("application/vnd.oai.openapi+json;version=3.0");
    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    /** Features differ by caller (staff see staff attributes): caches must key on the credentials. */
    static final String VARY = "Accept, Authorization, Cookie";
    /** Oman with Musandam: the spatial extent of every collection. */
    static final double[] OMAN = {51.5, 16.5, 60.0, 26.5};

    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
            "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
            "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final LayerCatalogue catalogue;
    private final PublishedFeatures features;

    OgcController(LayerCatalogue catalogue, PublishedFeatures features) {
        this.catalogue = catalogue;
        this.features = features;
    }

    enum Format { JSON, HTML }

    @GetMapping
    ResponseEntity<?> landing(@RequestParam(required = false) String f, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                              HttpServletRequest request) {
        Format format = format(f, accept, request, Map.of());
        String base = base();
        ObjectNode doc = NODES.objectNode();
        doc.put("title", "Manhal — منهل");
        doc.put("description", "Oman's well registry and its reference layers, published by OGC API Features. "
                + "سجل آبار سلطنة عمان وطبقاته المرجعية عبر OGC API Features.");
        ArrayNode links = doc.putArray("links");
        links.add(link(base, "self", "application/json", "This document — هذه الصفحة"));
        links.add(link(base + "?f=html", "alternate", "text/html", "This document as HTML — بصيغة HTML"));
        links.add(link(base + "/api", "service-desc", OPENAPI.toString(), "The API's OpenAPI 3.0 description — وصف الواجهة"));
        links.add(link(base + "/conformance", "conformance", "application/json", "Conformance classes — فئات المطابقة"));
        links.add(link(base + "/collections", "data", "application/json", "Collections — الطبقات"));
        if (format == Format.HTML) {
            return html(OgcHtml.landing(doc));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(doc);
    }

    @GetMapping("/conformance")
    ResponseEntity<?> conformance(@RequestParam(required = false) String f, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                  HttpServletRequest request) {
        Format format = format(f, accept, request, Map.of());
        ObjectNode doc = NODES.objectNode();
        ArrayNode conformsTo = doc.putArray("conformsTo");
        CONFORMANCE.forEach(conformsTo::add);
        if (format == Format.HTML) {
            return html(OgcHtml.conformance(CONFORMANCE));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(doc);
    }

    @GetMapping("/api")
    ResponseEntity<?> api(@RequestParam(required = false) String f, HttpServletRequest request) {
        format(f, null, request, Map.of());
        return byCaller(ResponseEntity.ok()).contentType(OPENAPI).body(OgcOpenApi.document(base(), layers()));
    }

    @GetMapping("/collections")
    ResponseEntity<?> collections(@RequestParam(required = false) String f, @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
                                  HttpServletRequest request) {
        Format format = format(f, accept, request, Map.of());
        String base = base();
        ObjectNode doc = NODES.objectNode();
        ArrayNode links = doc.putArray("links");
        links.add(link(base + "/collections", "self", "application/json", "Collections — الطبقات"));
        links.add(link(base + "/collections?f=html", "alternate", "text/html", "As HTML — بصيغة HTML"));
        ArrayNode collections = doc.putArray("collections");
        layers().forEach(l -> collections.add(collection(base, l)));
        ArrayNode crs = doc.putArray("crs");
        OgcCrs.uris().forEach(crs::add);
        if (format == Format.HTML) {
            return byCaller(ResponseEntity.ok()).contentType(HTML).body(OgcHtml.collections(layers()));
        }
        return byCaller(ResponseEntity.ok()).contentType(MediaType.APPLICATION_JSON).body(doc);
    }

    @GetMapping("/collections/{collectionId}")
    ResponseEntity<?> collection(@PathVariable String collectionId, @RequestParam(required = false) String f,
                                 @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
        LayerDefinition layer = layer(collectionId);
        Format format = format(f, accept, request, Map.of());
        if (format == Format.HTML) {
            return forLayer(ResponseEntity.ok(), layer).contentType(HTML).body(OgcHtml.collection(layer));
        }
        return forLayer(ResponseEntity.ok(), layer).contentType(MediaType.APPLICATION_JSON).body(collection(base(), layer));
    }

    @GetMapping("/collections/{collectionId}/queryables")
    ResponseEntity<?> queryables(@PathVariable String collectionId, @RequestParam(required = false) String f,
                                 @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
        LayerDefinition layer = layer(collectionId);
        Format format = format(f, accept, request, Map.of());
        ObjectNode schema = queryables(base(), layer);
        if (format == Format.HTML) {
            return forLayer(ResponseEntity.ok(), layer).contentType(HTML).body(OgcHtml.queryables(layer));
        }
        return forLayer(ResponseEntity.ok(), layer).contentType(SCHEMA_JSON).body(schema);
    }

    @GetMapping("/collections/{collectionId}/items")
    ResponseEntity<?> items(@PathVariable String collectionId,
                            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
        LayerDefinition layer = layer(collectionId);
        Format format = format(request.getParameter("f"), accept, request, null);
        FeatureQuery q = OgcParameters.read(layer, request.getParameterMap());
        Audience caller = Audience.ofCaller();
        List<Attribute> attributes = layer.attributesFor(caller);
        FeaturePage page = features.page(layer, caller, attributes, q);
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode list = fc.putArray("features");
        page.features().forEach(row -> list.add(feature(layer, row)));
        if (page.numberMatched() != null) {
            fc.put("numberMatched", page.numberMatched());
        }
        fc.put("numberReturned", page.features().size());
        fc.put("timeStamp", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode links = fc.putArray("links");
        links.add(link(pageHref(q, null), "self", GEO_JSON.toString(), "self"));
        links.add(link(pageHref(q, "html"), "alternate", "text/html", "alternate"));
        String next = nextHref(page, q.limit(), null);
        if (next != null) {
            links.add(link(next, "next", GEO_JSON.toString(), "next"));
        }
        String prev = prevHref(q, null);
        if (prev != null) {
            links.add(link(prev, "prev", GEO_JSON.toString(), "prev"));
        }
        links.add(link(base() + "/collections/" + layer.id(), "collection", "application/json", layer.title().en()));
        String contentCrs = "<" + q.crs().uri() + ">";
        if (format == Format.HTML) {
            return forLayer(ResponseEntity.ok(), layer).contentType(HTML).header("Content-Crs", contentCrs)
                    .body(OgcHtml.items(layer, attributes, page, q, nextHref(page, q.limit(), "html"), prevHref(q, "html")));
        }
        return forLayer(ResponseEntity.ok(), layer).contentType(GEO_JSON).header("Content-Crs", contentCrs).body(fc);
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    ResponseEntity<?> item(@PathVariable String collectionId, @PathVariable String featureId,
                           @RequestParam(required = false) String f, @RequestParam(required = false) String crs,
                           @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletRequest request) {
        LayerDefinition layer = layer(collectionId);
        Format format = format(f, accept, request, Map.of("crs", ""));
        List<Violation> violations = new ArrayList<>();
        OgcCrs target = OgcParameters.crs(crs, "crs", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Object id = featureId;
        if (layer.idIsNumber()) {
            try {
                id = Long.parseLong(featureId);
            } catch (NumberFormatException e) {
                throw notFound(layer, featureId);
            }
        }
        Audience caller = Audience.ofCaller();
        List<Attribute> attributes = layer.attributesFor(caller);
        FeatureRow row = features.one(layer, caller, attributes, id, target).orElseThrow(() -> notFound(layer, featureId));
        ObjectNode feature = feature(layer, row);
        String self = base() + "/collections/" + layer.id() + "/items/" + encode(featureId);
        ArrayNode links = feature.putArray("links");
        links.add(link(self, "self", GEO_JSON.toString(), "This feature — هذا المعلم"));
        links.add(link(self + "?f=html", "alternate", "text/html", "As HTML — بصيغة HTML"));
        links.add(link(base() + "/collections/" + layer.id(), "collection", "application/json", layer.title().en()));
        String contentCrs = "<" + target.uri() + ">";
        if (format == Format.HTML) {
            return forLayer(ResponseEntity.ok(), layer).contentType(HTML).header("Content-Crs", contentCrs)
                    .body(OgcHtml.item(layer, attributes, row));
        }
        return forLayer(ResponseEntity.ok(), layer).contentType(GEO_JSON).header("Content-Crs", contentCrs).body(feature);
    }

    // -- caching ---------------------------------------------------------------------------------

    /**
     * A document that lists the layers the caller may see (collections, the OpenAPI description):
     * it differs by caller, and a staff caller's copy names staff layers, so that copy is private.
     */
    private static ResponseEntity.BodyBuilder byCaller(ResponseEntity.BodyBuilder response) {
        response.header(HttpHeaders.VARY, VARY);
        return Audience.ofCaller() == Audience.STAFF ? response.cacheControl(CacheControl.noCache().cachePrivate()) : response;
    }

    /**
     * A document of one layer: features differ by caller (staff attributes), and a staff layer's
     * documents are for staff only: private, never in a shared cache.
     */
    private static ResponseEntity.BodyBuilder forLayer(ResponseEntity.BodyBuilder response, LayerDefinition layer) {
        response.header(HttpHeaders.VARY, VARY);
        return layer.audience() == Audience.STAFF ? response.cacheControl(CacheControl.noCache().cachePrivate()) : response;
    }

    // -- documents -------------------------------------------------------------------------------

    private List<LayerDefinition> layers() {
        return catalogue.visibleTo(Audience.ofCaller());
    }

    static ObjectNode collection(String base, LayerDefinition l) {
        ObjectNode c = NODES.objectNode();
        c.put("id", l.id());
        c.put("title", l.title().en());
        c.put("titleAr", l.title().ar());
        c.put("description", l.description().en());
        c.put("descriptionAr", l.description().ar());
        c.put("itemType", "feature");
        ArrayNode crs = c.putArray("crs");
        OgcCrs.uris().forEach(crs::add);
        c.put("storageCrs", OgcCrs.CRS84.uri());
        ObjectNode spatial = c.putObject("extent").putObject("spatial");
        ArrayNode box = spatial.putArray("bbox").addArray();
        for (double d : OMAN) {
            box.add(d);
        }
        spatial.put("crs", OgcCrs.CRS84.uri());
        String self = base + "/collections/" + l.id();
        ArrayNode links = c.putArray("links");
        links.add(link(self, "self", "application/json", l.title().en()));
        links.add(link(self + "?f=html", "alternate", "text/html", l.title().ar()));
        links.add(link(self + "/items", "items", GEO_JSON.toString(), "Features — المعالم"));
        links.add(link(self + "/items?f=html", "items", "text/html", "Features as HTML — المعالم بصيغة HTML"));
        links.add(link(self + "/queryables", "http://www.opengis.net/def/rel/ogc/1.0/queryables", SCHEMA_JSON.toString(),
                "Queryables — الخصائص القابلة للاستعلام"));
        return c;
    }

    static ObjectNode queryables(String base, LayerDefinition l) {
        ObjectNode s = NODES.objectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", base + "/collections/" + l.id() + "/queryables");
        s.put("type", "object");
        s.put("title", l.title().en() + " — " + l.title().ar());
        ObjectNode props = s.putObject("properties");
        ObjectNode geometry = props.putObject("geometry");
        geometry.put("title", "Geometry — الهندسة");
        geometry.put("format", "geometry-" + l.geometry().geoJson().toLowerCase(Locale.ROOT));
        geometry.put("x-ogc-role", "primary-geometry");
        for (Attribute a : l.publicAttributes()) {
            ObjectNode p = props.putObject(a.name());
            p.put("title", a.title().en());
            p.put("x-title-ar", a.title().ar());
            p.put("type", a.type().jsonType());
            if (a.type().jsonFormat() != null) {
                p.put("format", a.type().jsonFormat());
            }
            if (!a.values().isEmpty()) {
                ArrayNode e = p.putArray("enum");
                a.values().forEach(e::add);
            }
            if (l.datetimeColumn().filter(a.column()::equals).isPresent()) {
                p.put("x-ogc-role", "primary-instant");
            }
        }
        s.put("additionalProperties", false);
        return s;
    }

    private static ObjectNode feature(LayerDefinition layer, FeatureRow row) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        if (row.id() instanceof Number n) {
            f.put("id", n.longValue());
        } else {
            f.put("id", String.valueOf(row.id()));
        }
        f.putRawValue("geometry", new RawValue(row.geometry()));
        ObjectNode props = f.putObject("properties");
        row.properties().forEach((name, value) -> {
            if (value == null) {
                props.putNull(name);
            } else if (value instanceof Boolean b) {
                props.put(name, b);
            } else if (value instanceof Integer || value instanceof Long) {
                props.put(name, ((Number) value).longValue());
            } else if (value instanceof Number n) {
                props.put(name, n.doubleValue());
            } else {
                props.put(name, value.toString());
            }
        });
        return f;
    }

    static ObjectNode link(String href, String rel, String type, String title) {
        ObjectNode link = NODES.objectNode();
        link.put("href", href);
        link.put("rel", rel);
        link.put("type", type);
        link.put("title", title);
        return link;
    }

    /** This page again (in format f): by its keyset or its offset, as asked. */
    private static String pageHref(FeatureQuery q, String f) {
        return q.after().isPresent() ? href(b -> b.replaceQueryParam("limit", q.limit()), f) : offsetHref(q.offset(), q.limit(), f);
    }

    /** The page after this one, null for the last: it starts after this page's last id (keyset), whatever this one started at. */
    private static String nextHref(FeaturePage page, int limit, String f) {
        if (!page.more()) {
            return null;
        }
        Object last = page.features().get(page.features().size() - 1).id();
        return href(b -> b.replaceQueryParam("offset").replaceQueryParam("after", last).replaceQueryParam("limit", limit), f);
    }

    /** The page before this one, for a page by offset (a page by keyset does not know where the one before began); else null. */
    private static String prevHref(FeatureQuery q, String f) {
        return q.offset() > 0 ? offsetHref(Math.max(0, q.offset() - q.limit()), q.limit(), f) : null;
    }

    private static String offsetHref(long offset, int limit, String f) {
        return href(b -> b.replaceQueryParam("after").replaceQueryParam("offset", offset).replaceQueryParam("limit", limit), f);
    }

    private static String href(Consumer<UriComponentsBuilder> page, String f) {
        UriComponentsBuilder b = ServletUriComponentsBuilder.fromCurrentRequest();
        page.accept(b);
        b.replaceQueryParam("f", f == null ? new Object[0] : new Object[] {f});
        return b.build().encode().toUriString();
    }

    // -- requests --------------------------------------------------------------------------------

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/ogc").toUriString();
    }

    private static String encode(String id) {
        return org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    private LayerDefinition layer(String id) {
        return catalogue.find(id).filter(layers()::contains).orElseThrow(() -> new NotFoundException(new Text(
                "لا توجد طبقة «" + cut(id) + "». الطبقات: " + ids() + ".",
                "There is no collection '" + cut(id) + "'. Collections: " + ids() + ".")));
    }

    private String ids() {
        return String.join(", ", layers().stream().map(LayerDefinition::id).toList());
    }

    private static NotFoundException notFound(LayerDefinition layer, String id) {
        return new NotFoundException(new Text("لا يوجد المعلم «" + cut(id) + "» في " + layer.id() + ".",
                "There is no feature '" + cut(id) + "' in " + layer.id() + "."));
    }

    private static String cut(String s) {
        return s.length() > 100 ? s.substring(0, 100) + "…" : s;
    }

    /**
     * The format asked for: {@code f} (json or html) first, then the Accept header (HTML for a
     * browser, JSON otherwise). {@code allowed} lists the other parameters of a route whose
     * parameters are fixed (null: the route checks its own), any other is a 400.
     */
    private static Format format(String f, String accept, HttpServletRequest request, Map<String, String> allowed) {
        List<Violation> violations = new ArrayList<>();
        if (allowed != null) {
            for (String name : request.getParameterMap().keySet()) {
                if (!name.equals("f") && !allowed.containsKey(name)) {
                    violations.add(Violation.of(name, "UNKNOWN_PARAMETER", "المعامل «" + cut(name) + "» غير معروف هنا.",
                            "Unknown parameter '" + cut(name) + "' here."));
                }
            }
        }
        Format format = Format.JSON;
        if (f != null) {
            switch (f.toLowerCase(Locale.ROOT)) {
                case "json", "geojson" -> format = Format.JSON;
                case "html" -> format = Format.HTML;
                default -> violations.add(Violation.unknownValue("f", f, List.of("json", "html")));
            }
        } else if (accept != null) {
            int html = accept.indexOf("text/html");
            int json = accept.indexOf("json");
            format = html >= 0 && (json < 0 || html < json) ? Format.HTML : Format.JSON;
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return format;
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok().contentType(HTML).body(page);
    }
}
