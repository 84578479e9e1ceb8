package org.manhal.api.ows;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.manhal.api.publishing.VectorTiles;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Gdal;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WMS 1.3.0 and WFS 2.0 at {@code /ows}, answered by the real MapServer 8 (CGI) on the generated
 * mapfile and read by real clients: the capabilities list the catalogue's layers, a GetMap PNG has
 * a registered well's pixels where the well is (EPSG:4326 and EPSG:3857), GetFeatureInfo finds
 * it, GDAL's WFS driver reads the wells with the count of the publication view, Arabic labels
 * render, no output carries an owner, a civil ID or an unpublished well, and no answer names a
 * server path.
 */
@ManhalApiTest
class OwsIntegrationTests {

    private static final String SENTINEL_OWNER = "SENTINEL-OWS-OWNER";
    private static final String SENTINEL_CIVIL_ID = "90817263";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OwsService ows;

    final ApiClient api;

    OwsIntegrationTests(ApiClient api) {
        this.api = api;
    }

    private String register(double lon, double lat, String status) {
        Response r = api.post("/api/wells", "application/geo+json", Wells.feature(lon, lat, "BOREHOLE", "AGRICULTURAL", status,
                "\"depthM\":80,\"owner\":{\"name\":\"" + SENTINEL_OWNER + "\",\"civilId\":\"" + SENTINEL_CIVIL_ID + "\"}"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().path("properties").path("registryNumber").asString();
    }

    private Response ows(String query) {
        return api.get("/ows?" + query);
    }

    private byte[] bytes(String query) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(api.uri("/ows?" + query)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).as(new String(r.body())).startsWith("image/png");
        return r.body();
    }

    private static BufferedImage png(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    @Test
    void capabilitiesListEveryLayerAtThisServicesAddress() {
        Response wms = ows("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
        assertThat(wms.status()).isEqualTo(200);
        assertThat(wms.header("Content-Type")).startsWith("text/xml");
        for (OwsLayer layer : ows.layers()) {
            assertThat(wms.body()).contains("<Name>" + layer.name() + "</Name>");
        }
        assertThat(wms.body()).contains("<Title>Wells | الآبار</Title>", "<CRS>EPSG:32640</CRS>", "<CRS>EPSG:32639</CRS>")
                .contains("xlink:href=\"" + api.uri("/ows") + "?")
                .doesNotContain(MapfileWriter.ONLINE_RESOURCE, "map=MANHAL", ows.directory().toString());
        Response wfs = ows("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities");
        assertThat(wfs.body()).contains("<Name>manhal:wells</Name>", "urn:ogc:def:crs:EPSG::32640")
                .doesNotContain(MapfileWriter.ONLINE_RESOURCE);
    }

    @Test
    void getMapDrawsAWellWhereItIsAndNothingFarAway() throws Exception {
        double[] spot = Wells.freshSpot();
        register(spot[0], spot[1], "ACTIVE");

        // EPSG:4326 in WMS 1.3.0 is lat,lon: the well in the middle of a 0.02° square.
        BufferedImage geographic = png(bytes(String.format(Locale.ROOT, "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=wells"
                + "&STYLES=&CRS=EPSG:4326&BBOX=%f,%f,%f,%f&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=TRUE",
                spot[1] - 0.01, spot[0] - 0.01, spot[1] + 0.01, spot[0] + 0.01)));
        assertThat(alpha(geographic, 128, 128)).as("the well's pixel").isGreaterThan(200);
        assertThat(alpha(geographic, 10, 10)).as("far from the well").isZero();
        assertThat(alpha(geographic, 245, 128)).as("far from the well").isZero();

        // Web Mercator, the well at a quarter of the width and three quarters of the height.
        double x = 6378137 * Math.toRadians(spot[0]);
        double y = 6378137 * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(spot[1]) / 2));
        double side = 2000;
        BufferedImage mercator = png(bytes(String.format(Locale.ROOT, "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=wells"
                + "&STYLES=&CRS=EPSG:3857&BBOX=%f,%f,%f,%f&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=TRUE",
                x - side / 4, y - side * 3 / 4, x + side * 3 / 4, y + side / 4)));
        assertThat(alpha(mercator, 64, 64)).as("the well's pixel in EPSG:3857").isGreaterThan(200);
        assertThat(alpha(mercator, 192, 192)).as("far from the well").isZero();
    }

    /**
     * Below the tiles' point zoom the wells layer draws one point per cell at the cell's centre, at
     * the cell level the tiles use, classed by the status most of its wells have (a z8 GetMap of
     * every one of 1M wells took seconds); GetFeatureInfo there answers the cell, never a well's
     * number or owner. The spots of the test wells are 0.1° apart: the cell (1/32°) holds this one only.
     */
    @Test
    void atSmallScalesTheWellsLayerDrawsTheCellsOfTheTiles() throws Exception {
        double[] spot = Wells.freshSpot();
        String number = register(spot[0], spot[1], "ACTIVE");
        int level = VectorTiles.cellLevel(8);
        double size = Math.scalb(1.0, -level);
        long iy = (long) Math.floor(spot[1] / size);
        long ix = (long) Math.floor(spot[0] / size);
        double cx = (ix + 0.5) * size;
        double cy = (iy + 0.5) * size;
        long key = ((long) (level + 16) << 48) | ((iy + (1L << 23)) << 24) | (ix + (1L << 23));
        // a z8 view (1.4° across 256 pixels), lat,lon as WMS 1.3.0 orders EPSG:4326, centred on the well's cell
        String box = String.format(Locale.ROOT, "&STYLES=&CRS=EPSG:4326&BBOX=%f,%f,%f,%f&WIDTH=256&HEIGHT=256",
                cy - 0.7, cx - 0.7, cy + 0.7, cx + 0.7);
        BufferedImage map = png(bytes("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=wells&FORMAT=image/png&TRANSPARENT=TRUE" + box));
        assertThat(alpha(map, 128, 128)).as("the cell's centre").isGreaterThan(200);

        Response info = ows("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=wells&QUERY_LAYERS=wells&I=128&J=128"
                + "&INFO_FORMAT=application/vnd.ogc.gml&FEATURE_COUNT=50" + box);
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.body()).contains("<registry_number>cell-" + key + "</registry_number>", "<status>ACTIVE</status>",
                        "<use>AGRICULTURAL</use>")
                .doesNotContain(number, SENTINEL_OWNER, SENTINEL_CIVIL_ID);
    }

    @Test
    void getFeatureInfoFindsTheWellWithPublicAttributesOnly() {
        double[] spot = Wells.freshSpot();
        String number = register(spot[0], spot[1], "ACTIVE");
        Response r = ows(String.format(Locale.ROOT, "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=wells&QUERY_LAYERS=wells"
                + "&STYLES=&CRS=EPSG:4326&BBOX=%f,%f,%f,%f&WIDTH=256&HEIGHT=256&I=128&J=128&INFO_FORMAT=application/vnd.ogc.gml"
                + "&FEATURE_COUNT=5", spot[1] - 0.01, spot[0] - 0.01, spot[1] + 0.01, spot[0] + 0.01));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("<registry_number>" + number + "</registry_number>", "<status>ACTIVE</status>")
                .doesNotContain(SENTINEL_OWNER, SENTINEL_CIVIL_ID, "owner", "drilling_contractor");
    }

    @Test
    void gdalsWfsDriverReadsEveryPublishedWell() {
        double[] spot = Wells.freshSpot();
        register(spot[0], spot[1], "ACTIVE");
        register(spot[0] + 0.001, spot[1], "ABANDONED");
        register(spot[0] + 0.002, spot[1], "PROPOSED"); // not published
        long published = jdbc.sql("select count(*) from pub.well").query(Long.class).single();

        String all = Gdal.run("ogrinfo", "-ro", "-al", "-so", "WFS:" + api.uri("/ows"), "manhal:wells");
        assertThat(featureCount(all)).as(all).isEqualTo(published);

        String near = wfsWellsAround(spot, 0.01);
        assertThat(near.split("OGRFeature\\(", -1)).as(near).hasSize(3);
        assertThat(near).contains("status (String) = ACTIVE", "status (String) = ABANDONED").doesNotContain("PROPOSED");
    }

    /**
     * A boolean attribute reaches a WFS client as a boolean (GDAL: Integer(Boolean)) with its
     * value: the sample wells say they are, the registered ones that they are not.
     */
    @Test
    void wfsSaysWhichWellsAreSampleData() {
        double[] spot = Wells.freshSpot();
        register(spot[0], spot[1], "ACTIVE");
        double[] sample = jdbc.sql("select ST_X(geom), ST_Y(geom) from pub.well where is_sample order by id limit 1")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();

        String registered = wfsWellsAround(spot, 0.0001);
        String sampled = wfsWellsAround(sample, 0.00001);
        assertThat(registered).as(registered).contains("is_sample (Integer(Boolean)) = 0").doesNotContain("= 1\n");
        assertThat(sampled).as(sampled).contains("is_sample (Integer(Boolean)) = 1");
    }

    /** What GDAL's WFS driver reads of the wells within {@code d} degrees of the lon/lat {@code at} (ogrinfo -al). */
    private String wfsWellsAround(double[] at, double d) {
        return Gdal.run("ogrinfo", "-ro", "-al", "WFS:" + api.uri("/ows"), "manhal:wells", "-spat",
                String.valueOf(at[0] - d), String.valueOf(at[1] - d), String.valueOf(at[0] + d), String.valueOf(at[1] + d));
    }

    private static long featureCount(String ogrinfo) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(ogrinfo);
        assertThat(m.find()).as(ogrinfo).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void noOutputCarriesPersonalDataOrUnpublishedWells() throws Exception {
        double[] spot = Wells.freshSpot();
        String published = register(spot[0], spot[1], "ACTIVE");
        String proposed = register(spot[0] + 0.001, spot[1], "PROPOSED");
        String deleted = register(spot[0] + 0.002, spot[1], "ACTIVE");
        long id = jdbc.sql("select id from well where registry_number = ?").param(deleted).query(Long.class).single();
        assertThat(api.delete("/api/wells/" + id + "?reason=test", Map.of("If-Match", "\"0\"")).status()).isEqualTo(204);

        String box4326 = String.format(Locale.ROOT, "%f,%f,%f,%f", spot[1] - 0.01, spot[0] - 0.01, spot[1] + 0.01, spot[0] + 0.01);
        List<String> outputs = new ArrayList<>();
        outputs.add(ows("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities").body());
        outputs.add(ows("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities").body());
        for (OwsLayer layer : ows.layers()) {
            String type = "manhal:" + layer.name();
            outputs.add(ows("SERVICE=WFS&VERSION=2.0.0&REQUEST=DescribeFeatureType&TYPENAMES=" + type).body());
            outputs.add(ows("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=" + type + "&COUNT=100000").body());
            outputs.add(ows("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=" + type
                    + "&OUTPUTFORMAT=application/json;%20subtype=geojson&COUNT=100000").body());
            for (String format : List.of("application/vnd.ogc.gml", "text/plain")) {
                outputs.add(ows("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=" + layer.name() + "&QUERY_LAYERS="
                        + layer.name() + "&STYLES=&CRS=EPSG:4326&BBOX=" + box4326
                        + "&WIDTH=256&HEIGHT=256&I=128&J=128&FEATURE_COUNT=50&INFO_FORMAT=" + format).body());
            }
        }
        String wells = String.join("\n", outputs);
        assertThat(wells).as("the scan saw the published well").contains(published);
        for (String output : outputs) {
            assertThat(output).doesNotContain(SENTINEL_OWNER, SENTINEL_CIVIL_ID, proposed, deleted, "owner_name", "civil_id",
                    ows.directory().toString());
        }
    }

    @Test
    void arabicLabelsRenderWithFribidi() throws Exception {
        assertThat(Gdal.run("mapserv", "-v")).contains("SUPPORTS=FRIBIDI");
        String name = jdbc.sql("select name_ar from pub.governorate where code = 'OM-MA'").query(String.class).single();
        assertThat(name).matches(".*[\\u0600-\\u06FF].*");
        // Muscat governorate at about 1:900,000: its labels (Arabic and English names) are drawn.
        BufferedImage map = png(bytes("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=governorates&STYLES=&CRS=EPSG:4326"
                + "&BBOX=22.6,57.8,23.9,59.2&WIDTH=600&HEIGHT=600&FORMAT=image/png&TRANSPARENT=TRUE"));
        int dark = 0;
        for (int x = 0; x < map.getWidth(); x++) {
            for (int y = 0; y < map.getHeight(); y++) {
                int rgb = map.getRGB(x, y);
                boolean opaque = rgb >>> 24 > 200;
                boolean nearBlack = ((rgb >> 16) & 0xff) < 60 && ((rgb >> 8) & 0xff) < 60 && (rgb & 0xff) < 60;
                if (opaque && nearBlack) {
                    dark++;
                }
            }
        }
        // The outlines are #555555; only label glyphs (#222222) are this dark.
        assertThat(dark).as("label pixels").isGreaterThan(100);
    }

    @Test
    void theNewPublicLayersAreInTheMapfileAndTheStaffOnesAreNot() {
        assertThat(ows.layers()).extracting(OwsLayer::name).contains("zones", "plots").doesNotContain("applications");
        Response wfs = ows("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities");
        assertThat(wfs.body()).contains("<Name>manhal:zones</Name>", "<Name>manhal:plots</Name>").doesNotContain("applications");
        Response plots = ows("SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=manhal:plots&COUNT=100000"
                + "&OUTPUTFORMAT=application/json;%20subtype=geojson");
        assertThat(plots.status()).isEqualTo(200);
        assertThat(plots.json().path("features").size())
                .isEqualTo(jdbc.sql("select count(*) from pub.plot").query(Long.class).single().intValue()).isPositive();
        assertThat(plots.body()).doesNotContain("plot_number", "owner", "civil");
    }

    @Test
    void wfsGetFeatureAsAnXmlPostIsAnsweredByMapServer() {
        long zones = jdbc.sql("select count(*) from pub.zone").query(Long.class).single();
        assertThat(zones).isPositive();
        String code = jdbc.sql("select code from pub.zone order by id limit 1").query(String.class).single();
        long ofCode = jdbc.sql("select count(*) from pub.zone where code = ?").param(code).query(Long.class).single();

        Response hits = post("text/xml", getFeature("resultType=\"hits\"", ""));
        assertThat(hits.status()).as(hits.body()).isEqualTo(200);
        assertThat(hits.body()).contains("numberMatched=\"" + zones + "\"");

        Response all = post("application/xml", getFeature("outputFormat=\"application/json; subtype=geojson\"", ""));
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().path("features").size()).isEqualTo((int) zones);

        // a FES 2.0 filter in the body reaches PostGIS through MapServer
        Response filtered = post("application/xml", getFeature("outputFormat=\"application/json; subtype=geojson\"",
                "<fes:Filter><fes:PropertyIsEqualTo><fes:ValueReference>code</fes:ValueReference>"
                        + "<fes:Literal>" + code + "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>"));
        assertThat(filtered.status()).as(filtered.body()).isEqualTo(200);
        assertThat(filtered.json().path("features").size()).isEqualTo((int) ofCode);
        filtered.json().path("features").forEach(f -> assertThat(f.path("properties").path("code").asString()).isEqualTo(code));
        assertThat(all.body()).doesNotContain(ows.directory().toString(), MapfileWriter.ONLINE_RESOURCE);
    }

    @Test
    void postsThatAreNotSmallWfsReadsInXmlAreRefused() {
        Response doctype = post("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" service=\"WFS\" version=\"2.0.0\">&e;</wfs:GetFeature>");
        assertThat(doctype.status()).isEqualTo(400);
        assertThat(doctype.body()).contains("NOT_XML").doesNotContain("root:");
        Response transaction = post("application/xml", "<wfs:Transaction xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" service=\"WFS\""
                + " version=\"2.0.0\"><wfs:Delete typeName=\"manhal:wells\"/></wfs:Transaction>");
        assertThat(transaction.status()).isEqualTo(400);
        assertThat(transaction.json().path("errors").get(0).path("code").asString()).isEqualTo("NOT_A_WFS_READ");
        assertThat(transaction.json().path("errors").get(0).path("messageAr").asString()).isNotBlank();
        Response broken = post("text/xml", "<wfs:GetFeature xmlns:wfs=\"http://www.opengis.net/wfs/2.0\">");
        assertThat(broken.status()).isEqualTo(400);
        Response big = post("text/xml", getFeature("", "<!--" + "x".repeat(OwsController.MAX_BODY) + "-->"));
        assertThat(big.status()).isEqualTo(400);
        assertThat(big.body()).contains("TOO_LARGE");
        Response form = post("application/x-www-form-urlencoded", "SERVICE=WFS&REQUEST=GetCapabilities");
        assertThat(form.status()).isEqualTo(415);
        assertThat(form.header("Content-Type")).startsWith("application/problem+json");
    }

    private Response post(String contentType, String body) {
        return api.anonymous().send(HttpRequest.newBuilder(api.uri("/ows")).POST(HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", contentType));
    }

    private static String getFeature(String attributes, String filter) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <wfs:GetFeature service="WFS" version="2.0.0" %s
                    xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:fes="http://www.opengis.net/fes/2.0"
                    xmlns:manhal="https://manhal.om/ows">
                  <wfs:Query typeNames="manhal:zones">%s</wfs:Query>
                </wfs:GetFeature>""".formatted(attributes, filter);
    }

    @Test
    void requestsBeyondOwsAreRefusedOrIgnored() {
        Response none = ows("REQUEST=GetCapabilities");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.header("Content-Type")).startsWith("application/problem+json");
        assertThat(none.json().path("errors").get(0).path("code").asString()).isEqualTo("UNKNOWN_SERVICE");

        Response path = ows("map=/etc/passwd&mode=browse&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
        assertThat(path.body()).contains("<Name>wells</Name>").doesNotContain("root:");

        Response unknownLayer = ows("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=nosuch&STYLES=&CRS=EPSG:4326"
                + "&BBOX=20,55,21,56&WIDTH=10&HEIGHT=10&FORMAT=image/png");
        assertThat(unknownLayer.header("Content-Type")).startsWith("text/xml");
        assertThat(unknownLayer.body()).contains("ServiceException").doesNotContain(ows.directory().toString(), "/usr/", ".map");

        Response repeated = ows("SERVICE=WMS&SERVICE=WFS&REQUEST=GetCapabilities");
        assertThat(repeated.status()).isEqualTo(400);
    }
}
