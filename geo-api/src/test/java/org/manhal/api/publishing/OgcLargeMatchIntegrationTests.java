package org.manhal.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.manhal.support.ApiClient;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SyntheticWellsFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * An items page of a match larger than the count limit (10,000): numberMatched is left out (the
 * standard allows it; counting every match cost hundreds of milliseconds on 1M wells), the page
 * and its next link are still right, and a match under the limit is counted exactly, in JSON and
 * in the HTML view. 15,000 synthetic wells, most of them published.
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OgcLargeMatchIntegrationTests {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    final ApiClient api;
    long published;

    OgcLargeMatchIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    void wells() {
        SyntheticWellsFixture.ensure(dataSource, 15_000);
        published = jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        assertThat(published).as("the fixture publishes more than the limit").isGreaterThan(10_000);
    }

    @Test
    void aMatchOverTheLimitIsPagedWithoutNumberMatched() {
        JsonNode first = api.get("/ogc/collections/wells/items?limit=50").json();
        assertThat(first.has("numberMatched")).isFalse();
        assertThat(first.get("numberReturned").asInt()).isEqualTo(50);
        assertThat(rels(first)).contains("next").doesNotContain("prev");

        long lastOffset = published - 7;
        JsonNode last = api.get("/ogc/collections/wells/items?limit=50&offset=" + lastOffset).json();
        assertThat(last.get("numberReturned").asInt()).as("the last page holds the rest").isEqualTo(7);
        assertThat(rels(last)).contains("prev").doesNotContain("next");

        JsonNode exactlyFull = api.get("/ogc/collections/wells/items?limit=50&offset=" + (published - 50)).json();
        assertThat(exactlyFull.get("numberReturned").asInt()).isEqualTo(50);
        assertThat(rels(exactlyFull)).as("a page that ends the match has no next page").doesNotContain("next");

        String html = api.get("/ogc/collections/wells/items?limit=5&f=html").body();
        assertThat(html).contains("5 of more than 10000").contains("أكثر من 10000");
    }

    @Test
    void aMatchUnderTheLimitIsCountedExactly() {
        long domestic = jdbc.sql("select count(*) from pub.well where use = 'DOMESTIC' and status = 'ABANDONED'")
                .query(Long.class).single();
        assertThat(domestic).isBetween(51L, 10_000L);
        JsonNode page = api.get("/ogc/collections/wells/items?limit=50&offset=50&use=DOMESTIC&status=ABANDONED").json();
        assertThat(page.get("numberMatched").asLong()).isEqualTo(domestic);
        assertThat(rels(page)).contains("prev");
        assertThat(rels(page).contains("next")).isEqualTo(domestic > 100);
    }

    private static List<String> rels(JsonNode page) {
        List<String> rels = new ArrayList<>();
        page.get("links").forEach(l -> rels.add(l.get("rel").asString()));
        return rels;
    }
}
