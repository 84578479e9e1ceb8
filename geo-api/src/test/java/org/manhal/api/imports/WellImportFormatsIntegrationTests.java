package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.manhal.api.imports.ImportFixtures.errors;
import static org.manhal.api.imports.ImportFixtures.wellsNear;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Gdal;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * GeoPackage and zipped Shapefile imports through the real ogr2ogr, with fixtures that GDAL makes
 * from a CSV the test writes (no binaries in git): features numbered from 1, a UTM layer
 * reprojected, Shapefile's 10-character column names understood, zip paths never trusted.
 */
@ManhalApiTest
class WellImportFormatsIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    final ApiClient api;
    double[] spot;

    WellImportFormatsIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        spot = Wells.freshSpot();
    }

    @Test
    void importsAGeoPackageLayerAndNumbersItsFeaturesFromOne() throws IOException {
        String csv = "lon,lat,type,use,status,depthM\n" + at(0) + ",BOREHOLE,DOMESTIC,ACTIVE,80\n"
                + at(1) + ",BOREHOLE,DOMESTIC,ACTIVE,-3\n" + at(2) + ",HAND_DUG,LIVESTOCK,ACTIVE,12\n";
        Path gpkg = Gdal.fromCsv(dir, csv, "lon", "lat", "EPSG:4326", "GPKG", "wells.gpkg");

        Response r = Uploads.upload(api, "mode=valid-rows-only", "wells.gpkg", Files.readAllBytes(gpkg));

        assertThat(r.json().path("format").asString()).as(r.body()).isEqualTo("gpkg");
        assertThat(errors(r)).containsExactly("2 depthM NEGATIVE");
        assertThat(r.json().path("rowsImported").asLong()).isEqualTo(2);
        assertThat(wellsNear(api, spot)).isEqualTo(2);
    }

    @Test
    void importsAZippedShapefileInUtmWithTruncatedColumnNames() throws IOException {
        double[] utm = jdbc.sql("select ST_X(p), ST_Y(p) from (select ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 32640) p) t")
                .params(spot[0], spot[1]).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        String csv = String.format(Locale.ROOT, "easting,northing,type,use,status,yieldM3PerDay\n%.3f,%.3f,BOREHOLE,AGRICULTURAL,ACTIVE,250\n",
                utm[0], utm[1]);
        Path shp = Gdal.fromCsv(dir, csv, "easting", "northing", "EPSG:32640", "ESRI Shapefile", "shp");
        byte[] zip = zip(shp.resolve("wells"), "nested/dir/");

        Response r = Uploads.upload(api, "mode=all-or-nothing", "wells.zip", zip);

        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(1);
        JsonNode well = api.get("/api/wells?bbox=" + Wells.bboxAround(spot[0], spot[1])).json().path("features").get(0);
        assertThat(well.path("geometry").path("coordinates").get(0).asDouble()).isCloseTo(spot[0], within(1e-6));
        assertThat(well.path("properties").path("yieldM3PerDay").asDouble()).isEqualTo(250);
        assertThat(well.path("properties").path("originalLocation").path("crs").asString()).isEqualTo("EPSG:32640");
    }

    @Test
    void extractsNothingOutsideItsWorkDirectoryFromAZipWithTraversalPaths() throws IOException {
        Path shp = Gdal.fromCsv(dir, "lon,lat,type,use,status\n" + at(0) + ",BOREHOLE,DOMESTIC,ACTIVE\n",
                "lon", "lat", "EPSG:4326", "ESRI Shapefile", "shp");
        String escape = "../../../../../../tmp/manhal-escape-" + System.nanoTime() + "/";
        byte[] zip = zip(shp.resolve("wells"), escape);

        Response r = Uploads.upload(api, "mode=all-or-nothing", "evil.zip", zip);

        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(1);
        assertThat(Path.of("/tmp", escape.replace("../", ""))).doesNotExist();
    }

    private String at(int i) {
        return String.format(Locale.ROOT, "%.7f,%.7f", spot[0] + i * 0.001, spot[1]);
    }

    /** The Shapefile parts {@code stem.*} zipped under {@code prefix}. */
    private static byte[] zip(Path stem, String prefix) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String ext : new String[] {".shp", ".shx", ".dbf", ".prj"}) {
                zip.putNextEntry(new ZipEntry(prefix + stem.getFileName() + ext));
                Files.copy(Path.of(stem + ext), (OutputStream) zip);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
