package org.manhal.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;

/** With the policy allowing personal data: the owner and plot only when asked for. */
@ManhalApiTest(properties = "manhal.export.personal-data-allowed=true")
class WellExportPersonalDataIntegrationTests {

    @Test
    void includesPersonalDataOnlyWhenAskedAndAllowed(ApiClient api) {
        double[] spot = Wells.freshSpot();
        ExportFixtures.wellsAt(api, spot);

        Response with = api.get("/api/wells/export?format=geojson&includePersonal=true&bbox=" + ExportFixtures.bbox(spot));
        Response without = api.get("/api/wells/export?format=csv&bbox=" + ExportFixtures.bbox(spot));

        assertThat(with.json().path("features")).hasSize(3).allSatisfy(f -> {
            assertThat(f.path("properties").path("owner").path("civilId").asString()).isEqualTo(ExportFixtures.CIVIL_ID);
            assertThat(f.path("properties").path("plotNumber").asString()).startsWith("PL-");
        });
        assertThat(without.body()).doesNotContain(ExportFixtures.CIVIL_ID);
    }
}
