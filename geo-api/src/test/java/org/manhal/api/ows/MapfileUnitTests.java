package org.manhal.api.ows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.api.ows.OwsDatabase.PostgisConnection;
import org.manhal.api.ows.OwsStyle.Mark;
import org.manhal.api.ows.OwsStyle.Symbol;
import org.manhal.api.publishing.LayerCatalogue;
import org.manhal.common.Text;

/**
 * The generated mapfile as MapServer 8 reads it (the real {@code mapserv}, as CGI): both services'
 * capabilities list the layers with their bilingual titles and the four CRSs, the mapfile is
 * never named by path, and the text rewriting keeps the server's paths out.
 */
class MapfileUnitTests {

    private static final PostgisConnection NO_DB = new PostgisConnection("127.0.0.1", 1, "none", "manhal_ows", "x");

    @TempDir
    Path dir;

    private String run(String query) throws Exception {
        Path mapfile = dir.resolve("manhal.map");
        Files.writeString(mapfile, MapfileWriter.mapfile(new OwsLayers(new LayerCatalogue()).all(), NO_DB));
        Files.writeString(dir.resolve("fonts.txt"), MapfileWriter.fonts("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
        Path config = dir.resolve("mapserver.conf");
        Files.writeString(config, MapfileWriter.config(mapfile));
        OwsProperties p = new OwsProperties(dir.toString(), "", "/usr/bin/mapserv", Duration.ofSeconds(20), 1, "manhal_ows", "", "", "");
        try (MapServerAnswer a = new CgiMapServer(p, config).get(query)) {
            return a.contentType() + "\n" + new String(a.body().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void wmsCapabilitiesListTheLayersWithBilingualTitlesAndTheFourCrs() throws Exception {
        String en = run("map=MANHAL&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities");
        assertThat(en).contains("<Name>wells</Name>", "<Title>Wells | الآبار</Title>", "<Name>aflaj-channels</Name>", "<Name>governorates</Name>", "EPSG:32640", "EPSG:32639", "EPSG:3857",
                MapfileWriter.ONLINE_RESOURCE);
    }

    @Test
    void wfsCapabilitiesListTheFeatureTypes() throws Exception {
        String caps = run("map=MANHAL&SERVICE=WFS&VERSION=2.0.0&REQUEST=GetCapabilities");
        assertThat(caps).contains("manhal:wells", "manhal:wilayats", "urn:ogc:def:crs:EPSG::32640");
    }

    @Test
    void aMapfilePathInTheRequestIsRefused() throws Exception {
        String answer = run("map=" + dir.resolve("manhal.map") + "&SERVICE=WMS&REQUEST=GetCapabilities");
        assertThat(answer).doesNotContain("<Name>wells</Name>");
    }

    @Test
    void rewritingReplacesAcrossChunkBoundaries() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        String text = "a" + MapfileWriter.ONLINE_RESOURCE + "b/srv/secret/x.map c".repeat(3000);
        try (ReplacingOutputStream out = new ReplacingOutputStream(sink, Map.of(MapfileWriter.ONLINE_RESOURCE, "http://h/ows?", "/srv/secret", ""))) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i += 7) {
                out.write(bytes, i, Math.min(7, bytes.length - i));
            }
        }
        assertThat(sink.toString(StandardCharsets.UTF_8)).startsWith("ahttp://h/ows?b/x.map c")
                .doesNotContain("/srv/secret").doesNotContain("manhal-ows.invalid");
    }

    @Test
    void everyCatalogueStyleBecomesMapfileClassesAndLabels() {
        OwsLayer wells = new OwsLayers(new LayerCatalogue()).all().stream().filter(l -> l.name().equals("wells")).findFirst().orElseThrow();
        assertThat(wells.style().classColumn()).isEqualTo("status");
        assertThat(wells.style().classes()).extracting(OwsStyle.ValueClass::value).contains("ACTIVE", "PERMITTED", "BACKFILLED");
        assertThat(wells.style().labels()).extracting(OwsStyle.Label::column).containsExactly("registry_number");
        String map = MapfileWriter.mapfile(List.of(wells), NO_DB);
        assertThat(map).contains("CLASSITEM \"status\"", "EXPRESSION \"ACTIVE\"", "COLOR 26 150 65", "TEXT \"[registry_number]\" WRAP",
                "MAXSCALEDENOM 25000.0", "DATA \"geom FROM (%source%) AS t USING UNIQUE registry_number");
        assertThat(map).doesNotContain("owner", "civil", "drilling_contractor", "location_accuracy");
        OwsLayer governorates = new OwsLayers(new LayerCatalogue()).all().stream().filter(l -> l.name().equals("governorates"))
                .findFirst().orElseThrow();
        assertThat(MapfileWriter.mapfile(List.of(governorates), NO_DB)).contains("TEXT (\"[name_ar]\" + \"|\" + \"[name_en]\") WRAP \"|\"");
    }

    /** The wells as their tiles: points from the tiles' point zoom, counts per cell of the tiles' level below it. */
    @Test
    void theWellsLayerSwapsItsSourceByScaleAsTheTilesDo() {
        List<OwsLayer> layers = new OwsLayers(new LayerCatalogue()).all();
        OwsLayer wells = layers.stream().filter(l -> l.name().equals("wells")).findFirst().orElseThrow();
        assertThat(wells.cellCounts()).contains(new OwsLayer.CellCounts("pub.well_cell_count", LayerCatalogue.WELL_POINTS_FROM_ZOOM));
        String map = MapfileWriter.mapfile(List.of(wells), NO_DB);
        // no scale (WFS, DescribeFeatureType) and large scales: the first value, the wells themselves
        assertThat(map).contains("SCALETOKEN", "NAME \"%source%\"", "\"0\" \"SELECT registry_number, type, use, status, ",
                " FROM pub.well\"");
        List<Long> from = new ArrayList<>();
        Matcher cells = Pattern.compile("\"(\\d+)\" \"(SELECT DISTINCT ON \\(c.cell\\) 'cell-' \\|\\| c.cell AS registry_number[^\"]*)\"").matcher(map);
        while (cells.find()) {
            from.add(Long.parseLong(cells.group(1)));
            assertThat(cells.group(2)).contains(" FROM pub.well_cell_count c WHERE c.cell BETWEEN ", "!BOX!", "c.use, c.status",
                    "NULL AS depth_m", "ORDER BY c.cell, c.n DESC").doesNotContain("pub.well ");
        }
        // level 8 from halfway between z14 and z13, then a level a zoom down to level 0 at z3
        List<Long> expected = new ArrayList<>();
        expected.add(Math.round(MapfileWriter.scaleOfZoom(LayerCatalogue.WELL_POINTS_FROM_ZOOM - 0.5)));
        for (int z = 10; z >= 3; z--) {
            expected.add(Math.round(MapfileWriter.scaleOfZoom(z + 0.5)));
        }
        assertThat(from).containsExactlyElementsOf(expected);
        assertThat(MapfileWriter.scaleOfZoom(0)).isCloseTo(443_744_000, org.assertj.core.data.Offset.offset(1_000.0));
        OwsLayer governorates = layers.stream().filter(l -> l.name().equals("governorates")).findFirst().orElseThrow();
        assertThat(governorates.cellCounts()).isEmpty();
        assertThat(MapfileWriter.mapfile(List.of(governorates), NO_DB)).doesNotContain("SCALETOKEN")
                .contains("DATA \"geom FROM (SELECT code, name_ar, name_en, geom FROM pub.governorate) AS t");
    }

    @Test
    void theMapfileHasThePublicLayersOnlyAndEverySldIsReadable() {
        LayerCatalogue catalogue = new LayerCatalogue();
        List<OwsLayer> layers = new OwsLayers(catalogue).all();
        assertThat(layers).extracting(OwsLayer::name).contains("zones", "plots").doesNotContain("applications");
        String map = MapfileWriter.mapfile(layers, NO_DB);
        assertThat(map).contains("FROM pub.zone) AS t", "FROM pub.plot) AS t").doesNotContain("pub_staff", "plot_number");
        // the staff layer's SLD too is in the subset both map servers read
        for (var layer : catalogue.layers()) {
            try (var in = getClass().getClassLoader().getResourceAsStream(layer.styleResource())) {
                assertThat(in).as(layer.id()).isNotNull();
                assertThat(SldReader.read(layer.id(), new String(in.readAllBytes(), StandardCharsets.UTF_8)).labels()).as(layer.id())
                        .isNotEmpty();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    @Test
    void valuesThatWouldBreakTheMapfileAreRefused() {
        Symbol s = new Symbol(new Text("س", "quote \" here"), Mark.CIRCLE, "#000000", 1, "#ffffff", 1, 5);
        OwsLayer layer = new OwsLayer("x", new Text("س", "x"), "pub", "x", "id", OwsLayer.GeometryKind.POINT, List.of(),
                OwsStyle.single(s), "<sld/>");
        assertThatThrownBy(() -> MapfileWriter.mapfile(List.of(layer), NO_DB)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OwsLayer("x;drop", new Text("س", "x"), "pub", "x", "id", OwsLayer.GeometryKind.POINT,
                List.of(), OwsStyle.single(s), "<sld/>")).isInstanceOf(IllegalArgumentException.class);
    }
}
