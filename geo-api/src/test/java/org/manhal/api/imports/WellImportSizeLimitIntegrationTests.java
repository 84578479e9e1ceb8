package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Uploads;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An upload above the multipart limit: 413 problem+json, in English and Arabic. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB"})
class WellImportSizeLimitIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void refusesAFileAboveTheLimitWith413() {
        byte[] big = ("lon,lat\n" + "56.0,20.0\n".repeat(20_000)).getBytes();

        Response r = Uploads.upload(new ApiClient(port), port, "mode=all-or-nothing", "big.csv", big);

        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().path("detailAr").asString()).isNotBlank();
    }
}
