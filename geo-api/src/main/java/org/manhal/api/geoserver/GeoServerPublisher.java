package org.manhal.api.geoserver;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.manhal.api.geoserver.PublicationReport.Action;
import org.manhal.api.geoserver.PublicationReport.Step;
import org.manhal.api.ows.OwsDatabase;
import org.manhal.api.ows.OwsDatabase.PostgisConnection;
import org.manhal.api.ows.OwsLayer;
import org.manhal.api.ows.OwsLayers;
import org.manhal.common.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Configures a GeoServer with the published layers through its REST API (GeoServer user manual,
 * "REST": workspaces, datastores, featuretypes, styles, layers): a workspace, one PostGIS datastore
 * on the publication views' schema as the publishing role, and per catalogue layer its SLD style,
 * its feature type and its default style. Each resource is read first and written only when it is
 * missing (POST) or differs (PUT), so a second run over the same catalogue changes nothing and
 * its report says so.
 */
@Component
public class GeoServerPublisher {

    static final String DATASTORE = "manhal";
    private static final String JSON = "application/json";
    private static final String SLD = "application/vnd.ogc.sld+xml";
    private static final Logger log = LoggerFactory.getLogger(GeoServerPublisher.class);

    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final OwsLayers layers;
    private final OwsDatabase database;

    GeoServerPublisher(OwsLayers layers, OwsDatabase database) {
        this.layers = layers;
        this.database = database;
    }

    /** Publishes every catalogue layer into the target's workspace. */
    public PublicationReport publish(GeoServerTarget target) {
        Session s = new Session(target);
        List<Step> steps = new ArrayList<>();
        String ws = seg(target.workspace());
        steps.add(workspace(s, ws));
        steps.add(datastore(s, ws, target));
        for (OwsLayer layer : layers.all()) {
            steps.add(style(s, ws, layer));
            steps.add(featureType(s, ws, layer));
            steps.add(defaultStyle(s, ws, layer));
        }
        PublicationReport report = new PublicationReport(target.workspace(), steps);
        log.info("published {} layers to GeoServer {} workspace {}: {}", layers.all().size(), target.url(), ws,
                report.changed() ? "changed" : "nothing changed");
        return report;
    }

    private Step workspace(Session s, String ws) {
        String path = "/workspaces/" + ws;
        if (s.get(path + ".json").status() == 200) {
            return new Step("workspace", path, Action.UNCHANGED);
        }
        ObjectNode body = mapper.createObjectNode();
        body.putObject("workspace").put("name", ws);
        s.send("POST", "/workspaces", JSON, body.toString());
        return new Step("workspace", path, Action.CREATED);
    }

    private Step datastore(Session s, String ws, GeoServerTarget target) {
        String path = "/workspaces/" + ws + "/datastores/" + DATASTORE;
        Map<String, String> wanted = connectionParameters(target);
        ObjectNode body = mapper.createObjectNode();
        ObjectNode store = body.putObject("dataStore");
        store.put("name", DATASTORE);
        store.put("description", "Manhal publication views (no personal data)");
        store.put("enabled", true);
        ArrayNode entries = store.putObject("connectionParameters").putArray("entry");
        wanted.forEach((k, v) -> entries.addObject().put("@key", k).put("$", v));
        entries.addObject().put("@key", "passwd").put("$", database.connection().password());
        Answer current = s.get(path + ".json");
        if (current.status() != 200) {
            s.send("POST", "/workspaces/" + ws + "/datastores", JSON, body.toString());
            return new Step("datastore", path, Action.CREATED);
        }
        // GeoServer answers the password encrypted: the other parameters say whether this is our store.
        Map<String, String> have = new LinkedHashMap<>();
        for (JsonNode e : current.json(mapper).path("dataStore").path("connectionParameters").path("entry")) {
            have.put(e.path("@key").asString(), e.path("$").asString());
        }
        if (wanted.entrySet().stream().allMatch(e -> e.getValue().equals(have.get(e.getKey())))) {
            return new Step("datastore", path, Action.UNCHANGED);
        }
        s.send("PUT", path, JSON, body.toString());
        return new Step("datastore", path, Action.UPDATED);
    }

    private Map<String, String> connectionParameters(GeoServerTarget target) {
        PostgisConnection db = database.connection();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("dbtype", "postgis");
        p.put("host", target.databaseHost());
        p.put("port", String.valueOf(target.databasePort()));
        p.put("database", db.database());
        p.put("schema", layers.all().isEmpty() ? "pub" : layers.all().get(0).schema());
        p.put("user", db.user());
        p.put("Expose primary keys", "true");
        return p;
    }

    private Step style(Session s, String ws, OwsLayer layer) {
        String path = "/workspaces/" + ws + "/styles/" + layer.name();
        String sld = layer.sld();
        Answer current = s.get(path + ".sld");
        if (current.status() != 200) {
            // raw=true: GeoServer keeps the SLD byte for byte, so the next run can compare it.
            s.send("POST", "/workspaces/" + ws + "/styles?name=" + layer.name() + "&raw=true", SLD, sld);
            return new Step("style", path, Action.CREATED);
        }
        if (current.body().strip().equals(sld.strip())) {
            return new Step("style", path, Action.UNCHANGED);
        }
        s.send("PUT", path + "?raw=true", SLD, sld);
        return new Step("style", path, Action.UPDATED);
    }

    private Step featureType(Session s, String ws, OwsLayer layer) {
        String types = "/workspaces/" + ws + "/datastores/" + DATASTORE + "/featuretypes";
        String path = types + "/" + layer.name();
        ObjectNode body = mapper.createObjectNode();
        ObjectNode ft = body.putObject("featureType");
        ft.put("name", layer.name());
        ft.put("nativeName", layer.view());
        ft.put("title", layer.title().en() + " | " + layer.title().ar());
        ft.put("abstract", layer.title().en() + ": " + String.join(", ", layer.attributes()));
        ft.put("srs", "EPSG:4326");
        ft.put("projectionPolicy", "FORCE_DECLARED");
        ft.put("enabled", true);
        // Only the public attributes: the view also holds staff ones, which GeoServer would publish too.
        ArrayNode attributes = ft.putObject("attributes").putArray("attribute");
        publishedColumns(layer).forEach(c -> attributes.addObject().put("name", c));
        Answer current = s.get(path + ".json");
        if (current.status() != 200) {
            s.send("POST", types, JSON, body.toString());
            return new Step("featureType", path, Action.CREATED);
        }
        JsonNode have = current.json(mapper).path("featureType");
        List<String> haveColumns = new ArrayList<>();
        have.path("attributes").path("attribute").forEach(a -> haveColumns.add(a.path("name").asString()));
        boolean same = List.of("nativeName", "title", "abstract", "srs").stream()
                .allMatch(k -> Objects.equals(have.path(k).asString(), ft.path(k).asString()))
                && haveColumns.equals(publishedColumns(layer));
        if (same) {
            return new Step("featureType", path, Action.UNCHANGED);
        }
        s.send("PUT", path + "?recalculate=nativebbox,latlonbbox", JSON, body.toString());
        return new Step("featureType", path, Action.UPDATED);
    }

    /** The columns a layer's feature type shows: its public attributes and the geometry. */
    private static List<String> publishedColumns(OwsLayer layer) {
        List<String> columns = new ArrayList<>(layer.attributes());
        columns.add(OwsLayer.GEOMETRY_COLUMN);
        return columns;
    }

    private Step defaultStyle(Session s, String ws, OwsLayer layer) {
        String path = "/layers/" + ws + ":" + layer.name();
        Answer current = s.get(path + ".json");
        JsonNode style = current.status() == 200 ? current.json(mapper).path("layer").path("defaultStyle") : mapper.createObjectNode();
        String name = style.path("name").asString();
        if (name.equals(ws + ":" + layer.name()) || (name.equals(layer.name()) && ws.equals(style.path("workspace").asString()))) {
            return new Step("layer", path, Action.UNCHANGED);
        }
        ObjectNode body = mapper.createObjectNode();
        body.putObject("layer").putObject("defaultStyle").put("name", layer.name()).put("workspace", ws);
        s.send("PUT", path, JSON, body.toString());
        return new Step("layer", path, Action.UPDATED);
    }

    /** A path segment: workspace names are checked by the caller, this only guards the URL. */
    private static String seg(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private record Answer(int status, String body) {

        JsonNode json(ObjectMapper mapper) {
            return mapper.readTree(body);
        }
    }

    /** Requests to one GeoServer with one set of credentials. */
    private final class Session {

        private final GeoServerTarget target;
        private final String authorization;

        Session(GeoServerTarget target) {
            this.target = target;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (target.user() + ":" + target.password()).getBytes(StandardCharsets.UTF_8));
        }

        /** A GET: 200 or 404 are answers; anything else is a failure of the publication. */
        Answer get(String path) {
            Answer a = exchange("GET", path, null, null);
            if (a.status() != 200 && a.status() != 404) {
                throw failure("GET", path, a.status());
            }
            return a;
        }

        void send(String method, String path, String contentType, String body) {
            Answer a = exchange(method, path, contentType, body);
            if (a.status() / 100 != 2) {
                throw failure(method, path, a.status());
            }
        }

        private Answer exchange(String method, String path, String contentType, String body) {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(target.base() + "/rest" + path))
                    .timeout(Duration.ofSeconds(60)).header("Authorization", authorization)
                    .header("Accept", path.endsWith(".sld") ? SLD : JSON);
            if (body == null) {
                r.GET();
            } else {
                r.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            }
            try {
                return send(r.build());
            } catch (IOException | IllegalArgumentException e) {
                throw new GeoServerException(GeoServerException.Reason.UNREACHABLE, new Text(
                        "تعذّر الوصول إلى GeoServer في " + target.url() + " (" + method + " /rest" + path + ").",
                        "GeoServer at " + target.url() + " cannot be reached (" + method + " /rest" + path + ")."), 0);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GeoServerException(GeoServerException.Reason.UNREACHABLE, new Text("انقطع النشر.", "The publication was interrupted."), 0);
            }
        }

        /**
         * One retry when the connection fails: a server that closes a kept-alive connection as the
         * next request goes out is no reason to stop a publication, and every step can be repeated.
         */
        private Answer send(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<String> answer;
            try {
                answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                log.debug("GeoServer connection failed, trying once more: {}", e.toString());
                answer = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
            return new Answer(answer.statusCode(), answer.body());
        }

        private GeoServerException failure(String method, String path, int status) {
            if (status == 401 || status == 403) {
                return new GeoServerException(GeoServerException.Reason.UNAUTHORIZED, new Text(
                        "رفض GeoServer بيانات الدخول للمستخدم " + target.user() + " (" + status + " على " + method + " /rest" + path + ").",
                        "GeoServer refused the credentials of user " + target.user() + " (" + status + " on " + method + " /rest" + path + ")."),
                        status);
            }
            return new GeoServerException(GeoServerException.Reason.FAILED, new Text(
                    "أجاب GeoServer بالحالة " + status + " على " + method + " /rest" + path + "؛ ما نُشر قبلها باقٍ، وإعادة النشر تكمل من هناك.",
                    "GeoServer answered " + status + " to " + method + " /rest" + path + "; what was published before stays, and a new run continues from there."),
                    status);
        }
    }
}
