package org.manhal.api.publishing.ogc;

import java.util.List;

import org.manhal.api.publishing.Attribute;
import org.manhal.api.publishing.LayerDefinition;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI 3.0 description of {@code /ogc} (the landing page's {@code service-desc}),
 * self-contained: every schema it uses is in its own components, none is fetched from
 * schemas.opengis.net (machines here and many ministry networks cannot reach it). Besides the
 * generic {@code /collections/{collectionId}/items}, each collection has its own items path that
 * lists its queryables as parameters, as Part 1 recommends (GDAL reads them to filter on the server).
 */
final class OgcOpenApi {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String REF = "$ref";

    private OgcOpenApi() {
    }

    static ObjectNode document(String base, List<LayerDefinition> layers) {
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Manhal OGC API Features — منهل");
        info.put("version", "1.0.0");
        info.put("description", "Oman's well registry and reference layers (public attributes of published records only). "
                + "Parts 1 (core, GeoJSON, HTML, OpenAPI 3.0), 2 (CRS by reference) and 3 (queryables, CQL2 text filter). "
                + "سجل الآبار والطبقات المرجعية (الخصائص العامة فقط).");
        doc.putArray("servers").addObject().put("url", base);
        ObjectNode paths = doc.putObject("paths");
        simple(paths, "/", "getLandingPage", "Landing page — الصفحة الرئيسية", "LandingPage", "application/json");
        simple(paths, "/conformance", "getConformanceDeclaration", "Conformance classes — فئات المطابقة", "ConfClasses", "application/json");
        ObjectNode api = simple(paths, "/api", "getApiDescription", "This OpenAPI description — وصف الواجهة", null,
                "application/vnd.oai.openapi+json;version=3.0");
        api.remove("parameters");
        simple(paths, "/collections", "getCollections", "Collections — الطبقات", "Collections", "application/json");
        ObjectNode collection = simple(paths, "/collections/{collectionId}", "describeCollection", "A collection — طبقة",
                "Collection", "application/json");
        collection.withArray("parameters").insert(0, ref("#/components/parameters/collectionId"));
        ObjectNode queryables = simple(paths, "/collections/{collectionId}/queryables", "getQueryables",
                "A collection's queryables — الخصائص القابلة للاستعلام", "Queryables", "application/schema+json");
        queryables.withArray("parameters").insert(0, ref("#/components/parameters/collectionId"));
        paths.set("/collections/{collectionId}/items", items("getFeatures", "Features of a collection — معالم طبقة", null));
        for (LayerDefinition l : layers) {
            paths.set("/collections/" + l.id() + "/items", items("getFeatures-" + l.id(), l.title().en() + " — " + l.title().ar(), l));
        }
        ObjectNode item = paths.putObject("/collections/{collectionId}/items/{featureId}").putObject("get");
        item.put("operationId", "getFeature");
        item.put("summary", "One feature — معلم واحد");
        ArrayNode itemParams = item.putArray("parameters");
        itemParams.add(ref("#/components/parameters/collectionId"));
        itemParams.add(ref("#/components/parameters/featureId"));
        itemParams.add(ref("#/components/parameters/crs"));
        itemParams.add(ref("#/components/parameters/f"));
        item.set("responses", responses("Feature", "application/geo+json", true));
        doc.set("components", components(layers));
        return doc;
    }

    private static ObjectNode simple(ObjectNode paths, String path, String id, String summary, String schema, String type) {
        ObjectNode get = paths.putObject(path).putObject("get");
        get.put("operationId", id);
        get.put("summary", summary);
        get.putArray("parameters").add(ref("#/components/parameters/f"));
        get.set("responses", responses(schema, type, false));
        return get;
    }

    private static ObjectNode items(String id, String summary, LayerDefinition layer) {
        ObjectNode path = NODES.objectNode();
        ObjectNode get = path.putObject("get");
        get.put("operationId", id);
        get.put("summary", summary);
        get.put("description", "A page of features, in id order. Parameters unknown to the server are a 400. "
                + "numberMatched counts all that match, up to " + PublishedFeatures.MATCH_COUNT_LIMIT + " (left out above); follow the next link for the next page.");
        ArrayNode params = get.putArray("parameters");
        if (layer == null) {
            params.add(ref("#/components/parameters/collectionId"));
        }
        for (String p : OgcParameters.PARAMETERS) {
            params.add(ref("#/components/parameters/" + p));
        }
        if (layer != null) {
            for (Attribute a : layer.publicAttributes()) {
                ObjectNode p = params.addObject();
                p.put("name", a.name());
                p.put("in", "query");
                p.put("required", false);
                p.put("description", "Only features whose " + a.name() + " equals this — " + a.title().ar());
                p.put("style", "form");
                p.put("explode", false);
                p.set("schema", schema(a));
            }
        }
        get.set("responses", responses("FeatureCollection", "application/geo+json", true));
        return path;
    }

    private static ObjectNode schema(Attribute a) {
        ObjectNode s = NODES.objectNode();
        s.put("type", a.type().jsonType());
        if (a.type().jsonFormat() != null) {
            s.put("format", a.type().jsonFormat());
        }
        if (!a.values().isEmpty()) {
            ArrayNode e = s.putArray("enum");
            a.values().forEach(e::add);
        }
        return s;
    }

    private static ObjectNode responses(String schema, String type, boolean notFound) {
        ObjectNode r = NODES.objectNode();
        ObjectNode ok = r.putObject("200");
        ok.put("description", "The document");
        ObjectNode content = ok.putObject("content");
        ObjectNode json = content.putObject(type);
        if (schema != null) {
            json.set("schema", ref("#/components/schemas/" + schema));
        } else {
            json.putObject("schema").put("type", "object");
        }
        content.putObject("text/html").putObject("schema").put("type", "string");
        problem(r, "400", "Invalid parameter: errors lists each problem");
        if (notFound) {
            problem(r, "404", "No such collection or feature");
        }
        problem(r, "500", "Unexpected; quote errorId");
        return r;
    }

    private static void problem(ObjectNode responses, String status, String description) {
        ObjectNode p = responses.putObject(status);
        p.put("description", description);
        p.putObject("content").putObject("application/problem+json").set("schema", ref("#/components/schemas/Problem"));
    }

    private static ObjectNode components(List<LayerDefinition> layers) {
        ObjectNode c = NODES.objectNode();
        ObjectNode p = c.putObject("parameters");
        ArrayNode ids = NODES.arrayNode();
        layers.forEach(l -> ids.add(l.id()));
        ObjectNode collectionId = parameter(p, "collectionId", "path", "A collection id", string());
        collectionId.put("required", true);
        ((ObjectNode) collectionId.get("schema")).set("enum", ids);
        parameter(p, "featureId", "path", "A feature id (a well's registry number)", string()).put("required", true);
        parameter(p, "limit", "query", "Features per page, 1 to " + OgcParameters.MAX_LIMIT + " (default " + OgcParameters.DEFAULT_LIMIT + ")",
                integer(1, OgcParameters.MAX_LIMIT, OgcParameters.DEFAULT_LIMIT));
        parameter(p, "offset", "query", "Features skipped (not with after)", integer(0, null, 0));
        parameter(p, "after", "query", "The page starts after the feature of this id, in id order (the next link sets it; not with offset)",
                string());
        ObjectNode bbox = parameter(p, "bbox", "query", "minx,miny,maxx,maxy (or 6 numbers) in bbox-crs", NODES.objectNode());
        bbox.put("style", "form");
        bbox.put("explode", false);
        ObjectNode bboxSchema = (ObjectNode) bbox.get("schema");
        bboxSchema.put("type", "array");
        bboxSchema.put("minItems", 4);
        bboxSchema.put("maxItems", 6);
        bboxSchema.putObject("items").put("type", "number");
        for (String name : List.of("crs", "bbox-crs", "filter-crs")) {
            ObjectNode s = string();
            ArrayNode e = s.putArray("enum");
            OgcCrs.uris().forEach(e::add);
            s.put("default", OgcCrs.CRS84.uri());
            parameter(p, name, "query", name + ": the CRS by URI (Part 2)", s);
        }
        parameter(p, "datetime", "query", "An RFC 3339 instant or interval (a/b, ../b, a/..) on the registration time of a well; "
                + "ignored by collections without time", string());
        parameter(p, "filter", "query", "A CQL2 text filter: AND, OR, NOT, = <> < > <= >=, LIKE, BETWEEN, IN, IS NULL, "
                + "S_INTERSECTS(geometry, BBOX(...) | POINT/LINESTRING/POLYGON/MULTIPOLYGON(...))", string());
        ObjectNode lang = string();
        lang.putArray("enum").add("cql2-text");
        lang.put("default", "cql2-text");
        parameter(p, "filter-lang", "query", "The filter language", lang);
        ObjectNode f = string();
        f.putArray("enum").add("json").add("html");
        parameter(p, "f", "query", "The format (otherwise by Accept)", f);

        ObjectNode s = c.putObject("schemas");
        ObjectNode link = object(s, "Link", "href", "rel");
        props(link).set("href", string());
        props(link).set("rel", string());
        props(link).set("type", string());
        props(link).set("title", string());
        ObjectNode landing = object(s, "LandingPage", "links");
        props(landing).set("title", string());
        props(landing).set("description", string());
        props(landing).set("links", arrayOf("#/components/schemas/Link"));
        ObjectNode conf = object(s, "ConfClasses", "conformsTo");
        props(conf).putObject("conformsTo").put("type", "array").set("items", string());
        ObjectNode collection = object(s, "Collection", "id", "links");
        props(collection).set("id", string());
        props(collection).set("title", string());
        props(collection).set("description", string());
        props(collection).set("itemType", string());
        props(collection).putObject("crs").put("type", "array").set("items", string());
        props(collection).set("storageCrs", string());
        props(collection).putObject("extent").put("type", "object");
        props(collection).set("links", arrayOf("#/components/schemas/Link"));
        ObjectNode collections = object(s, "Collections", "links", "collections");
        props(collections).set("links", arrayOf("#/components/schemas/Link"));
        props(collections).set("collections", arrayOf("#/components/schemas/Collection"));
        ObjectNode queryables = object(s, "Queryables", "type", "properties");
        props(queryables).set("type", string());
        props(queryables).putObject("properties").put("type", "object");
        ObjectNode geometry = object(s, "Geometry", "type");
        props(geometry).set("type", string());
        props(geometry).putObject("coordinates").put("type", "array");
        ObjectNode feature = object(s, "Feature", "type", "geometry", "properties");
        props(feature).set("type", string());
        props(feature).putObject("id").putArray("oneOf").add(string()).add(integer(null, null, null));
        props(feature).set("geometry", ref("#/components/schemas/Geometry"));
        props(feature).putObject("properties").put("type", "object");
        props(feature).set("links", arrayOf("#/components/schemas/Link"));
        ObjectNode fc = object(s, "FeatureCollection", "type", "features");
        props(fc).set("type", string());
        props(fc).set("features", arrayOf("#/components/schemas/Feature"));
        props(fc).set("links", arrayOf("#/components/schemas/Link"));
        props(fc).set("numberMatched", integer(0, null, null));
        props(fc).set("numberReturned", integer(0, null, null));
        props(fc).set("timeStamp", string());
        ObjectNode exception = object(s, "Problem", "type", "title");
        props(exception).set("type", string());
        props(exception).set("title", string());
        props(exception).set("titleAr", string());
        props(exception).set("status", integer(null, null, null));
        props(exception).set("detail", string());
        props(exception).set("detailAr", string());
        props(exception).putObject("errors").put("type", "array");
        return c;
    }

    private static ObjectNode parameter(ObjectNode parameters, String name, String in, String description, ObjectNode schema) {
        ObjectNode p = parameters.putObject(name);
        p.put("name", name);
        p.put("in", in);
        p.put("required", false);
        p.put("description", description);
        p.set("schema", schema);
        return p;
    }

    private static ObjectNode object(ObjectNode schemas, String name, String... required) {
        ObjectNode o = schemas.putObject(name);
        o.put("type", "object");
        ArrayNode r = o.putArray("required");
        for (String n : required) {
            r.add(n);
        }
        o.putObject("properties");
        return o;
    }

    private static ObjectNode props(ObjectNode schema) {
        return (ObjectNode) schema.get("properties");
    }

    private static ObjectNode arrayOf(String ref) {
        ObjectNode a = NODES.objectNode();
        a.put("type", "array");
        a.set("items", ref(ref));
        return a;
    }

    private static ObjectNode string() {
        return NODES.objectNode().put("type", "string");
    }

    private static ObjectNode integer(Integer min, Integer max, Integer fallback) {
        ObjectNode i = NODES.objectNode().put("type", "integer");
        if (min != null) {
            i.put("minimum", min);
        }
        if (max != null) {
            i.put("maximum", max);
        }
        if (fallback != null) {
            i.put("default", fallback);
        }
        return i;
    }

    private static ObjectNode ref(String target) {
        return NODES.objectNode().put(REF, target);
    }
}
