package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.imports.ImportFixtures.HEADER;
import static org.manhal.api.imports.ImportFixtures.row;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;

import tools.jackson.databind.JsonNode;

/**
 * Imports run as jobs: 202 with the job's Location, progress while it runs (never going back),
 * the final report at the end, its errors a page at a time. A file this large finds its
 * duplicates in the registry by the grid join (small files probe the index: see
 * {@code WellImportIntegrationTests#reportsAReimportedExportAsAlreadyRegistered}).
 */
@ManhalApiTest
class WellImportJobIntegrationTests {

    private static final int ROWS = 3_000;

    final ApiClient api;

    WellImportJobIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void runsALargeImportAsAJobWithProgressAndAPagedReport() throws InterruptedException {
        double[] spot = Wells.freshSpot();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String row = row(new double[] {spot[0] + (i / 60) * 0.001, spot[1] + (i % 60) * 0.001}, 0);
            rows.add(i % 1000 == 0 ? row.replace("BOREHOLE", "PIT") : row);   // 3 rows of an unknown type
        }

        double[] taken = {spot[0] + 25 * 0.001, spot[1]};   // the well of line 1502, registered already
        api.post("/api/wells", "application/geo+json", Wells.feature(taken[0], taken[1]));

        Response accepted = Uploads.upload(api, "mode=valid-rows-only&async=true", "big.csv",
                ImportFixtures.csv(HEADER, rows.toArray(String[]::new)));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).startsWith("/api/jobs/");
        JsonNode job = awaitFinished(location);
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("percent").asInt()).isEqualTo(100);
        assertThat(job.path("rowsTotal").asLong()).isEqualTo(ROWS);
        assertThat(job.path("rowsDone").asLong()).isEqualTo(ROWS);
        assertThat(job.path("rowsImported").asLong()).isEqualTo(ROWS - 4);
        assertThat(job.path("errorCount").asLong()).isEqualTo(4);
        assertThat(ImportFixtures.errors(job)).containsExactlyInAnyOrder("1002 type UNKNOWN_VALUE", "2002 type UNKNOWN_VALUE",
                "2 type UNKNOWN_VALUE", "1502 location ALREADY_REGISTERED");
        JsonNode page = api.get(location + "?errorsOffset=1&errorsLimit=1").json();
        assertThat(ImportFixtures.errors(page)).containsExactly("1002 type UNKNOWN_VALUE");
    }

    @Test
    void answers404ForAnUnknownJob() {
        assertThat(api.get("/api/jobs/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(api.get("/api/jobs/not-a-job").status()).isEqualTo(404);
    }

    /** Polls the job until it has finished, checking that its progress never goes back. */
    private JsonNode awaitFinished(String location) throws InterruptedException {
        int percent = 0;
        long rowsDone = 0;
        for (int i = 0; i < 600; i++) {
            JsonNode job = api.get(location).json();
            assertThat(job.path("percent").asInt()).isGreaterThanOrEqualTo(percent);
            assertThat(job.path("rowsDone").asLong()).isGreaterThanOrEqualTo(rowsDone);
            percent = job.path("percent").asInt();
            rowsDone = job.path("rowsDone").asLong();
            if (job.path("status").asString().equals("SUCCEEDED") || job.path("status").asString().equals("FAILED")) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the job did not finish in a minute: " + api.get(location).body());
    }
}
