package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;

/** An upload above the multipart limit: 413 problem+json, in English and Arabic. */
@ManhalApiTest(properties = {"spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB"})
class WellImportSizeLimitIntegrationTests {

    @Test
    void refusesAFileAboveTheLimitWith413(ApiClient api) {
        byte[] big = ("lon,lat\n" + "56.0,20.0\n".repeat(20_000)).getBytes();

        Response r = Uploads.upload(api, "mode=all-or-nothing", "big.csv", big);

        assertThat(r.status()).as(r.body()).isEqualTo(413);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().path("detailAr").asString()).isNotBlank();
    }
}
