package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Upload files that lie: a GeoPackage that is text, a zip that is not one, a zip bomb, archives
 * in archives, binary bytes as CSV, a CSV as GeoJSON. Each is refused with a 4xx problem that
 * names the file's problem in both languages, shows no server path or GDAL internals, and
 * registers no well. The uncompressed limit is small here so that the bomb needs no gigabytes.
 */
@ManhalApiTest(properties = "manhal.import.max-uncompressed-bytes=8388608")
class HostileUploadsIntegrationTests {

    final ApiClient api;

    @Autowired
    JdbcClient jdbc;

    HostileUploadsIntegrationTests(ApiClient api) {
        this.api = api;
    }

    record Lie(String name, byte[] bytes, String code) {
        @Override
        public String toString() {
            return name + " (" + code + ")";
        }
    }

    static Lie[] lies() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        return new Lie[] {
            new Lie("wells.gpkg", "lon,lat,type\n57.5,23.1,BOREHOLE\n".getBytes(StandardCharsets.UTF_8), "NOT_A_GEOPACKAGE"),
            new Lie("wells.zip", "this is not a zip".getBytes(StandardCharsets.UTF_8), "NOT_A_ZIP"),
            new Lie("bomb.zip", bomb(), "ZIP_TOO_LARGE"),
            new Lie("nested.zip", zip("inner.zip", zip("wells.shp", new byte[100])), "NO_SHAPEFILE"),
            new Lie("wells.csv", png, null),
            new Lie("wells.geojson", "lon,lat\n57.5,23.1\n".getBytes(StandardCharsets.UTF_8), null),
            new Lie("wells.exe", new byte[] {'M', 'Z', 0, 0}, "UNKNOWN_FORMAT"),
        };
    }

    @ParameterizedTest
    @MethodSource("lies")
    void aFileThatLiesIsRefusedAndRegistersNothing(Lie lie) {
        long wells = jdbc.sql("select count(*) from well").query(Long.class).single();

        Response r = Uploads.upload(api, "mode=all-or-nothing", lie.name(), lie.bytes());

        assertThat(r.status()).as(r.toString()).isBetween(400, 499);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).contains("titleAr").doesNotContain("/tmp", "/work", "ogr2ogr", "ERROR 1", "Exception");
        if (lie.code() != null) {
            assertThat(r.body()).contains("\"" + lie.code() + "\"");
        }
        assertThat(jdbc.sql("select count(*) from well").query(Long.class).single()).isEqualTo(wells);
    }

    @Test
    void theBombIsRefusedAtItsUncompressedSizeNotItsCompressedOne() throws IOException {
        assertThat(bomb().length).as("compressed").isLessThan(200_000);
    }

    /** 64 MiB of zeros in one entry (a few tens of kilobytes compressed), over the 8 MiB limit. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("wells.shp"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            for (String ext : new String[] {".shx", ".dbf"}) {
                zip.putNextEntry(new ZipEntry("wells" + ext));
                zip.write(new byte[16]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
