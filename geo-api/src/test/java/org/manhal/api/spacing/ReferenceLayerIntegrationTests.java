package org.manhal.api.spacing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;

import tools.jackson.databind.JsonNode;

/**
 * The reference layers as GeoJSON: the five World Heritage aflaj and the sample zones shipped in
 * {@code data/}, every one flagged as sample, filtered by kind and bounding box.
 */
@ManhalApiTest
class ReferenceLayerIntegrationTests {

    final ApiClient api;

    ReferenceLayerIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void listsTheFiveWorldHeritageAflajAsSampleData() {
        Response r = api.get("/api/protected-features?kind=FALAJ_MOTHER_WELL&bbox=52,16,60,27");

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("application/geo+json");
        JsonNode features = r.json().get("features");
        assertThat(features.valueStream().map(f -> f.get("properties").get("nameEn").asString()))
                .contains("Falaj Daris mother well", "Falaj Al-Khatmeen mother well", "Falaj Al-Malki mother well",
                        "Falaj Al-Muyassar mother well", "Falaj Al-Jeela mother well");
        JsonNode daris = features.valueStream()
                .filter(f -> f.get("properties").get("nameEn").asString().equals("Falaj Daris mother well")).findFirst().orElseThrow();
        assertThat(daris.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(daris.get("properties").get("sample").asBoolean()).isTrue();
        assertThat(daris.get("properties").get("nameAr").asString()).isEqualTo("أم فلج دارس");
    }

    @Test
    void filtersByKindsAndBoundingBox() {
        JsonNode nizwa = api.get("/api/protected-features?kind=FALAJ_CHANNEL,SEPTIC_TANK&bbox=57.45,22.88,57.56,22.97").json();

        assertThat(nizwa.get("features").valueStream().map(f -> f.get("properties").get("kind").asString()))
                .isNotEmpty().allMatch(k -> k.equals("FALAJ_CHANNEL") || k.equals("SEPTIC_TANK"));
    }

    @Test
    void listsTheSampleProtectionZones() {
        JsonNode zones = api.get("/api/restricted-zones?kind=WPZ_RED,WPZ_ORANGE&bbox=53.9,16.9,54.3,17.3").json();

        assertThat(zones.get("features").valueStream().map(f -> f.get("properties").get("kind").asString()))
                .contains("WPZ_RED", "WPZ_ORANGE");
        assertThat(zones.get("features").get(0).get("geometry").get("type").asString()).isEqualTo("MultiPolygon");
    }

    @Test
    void refusesAnUnknownKind() {
        Response r = api.get("/api/restricted-zones?kind=FALAJ_MOTHER_WELL");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }
}
