package org.manhal.api.publishing.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.manhal.api.publishing.LayerCatalogue;
import org.manhal.api.publishing.LayerDefinition;
import org.manhal.common.InvalidInputException;

/** The CQL2 text parser without a database: the SQL it writes, its parameters, and what it refuses. */
class Cql2TextUnitTests {

    private final LayerDefinition wells = new LayerCatalogue().find("wells").orElseThrow();

    @Test
    void writesCatalogueColumnsAndBindsEveryValue() {
        SqlCondition c = Cql2Text.parse("status = 'ACTIVE' and (depthM > 10.5 or not use in ('DOMESTIC', 'LIVESTOCK'))",
                wells, OgcCrs.CRS84);
        assertThat(c.sql()).isEqualTo("(v.status = :cql0 and (v.depth_m > :cql1 or (not v.use in (:cql2, :cql3))))");
        assertThat(c.params()).containsEntry("cql0", "ACTIVE").containsEntry("cql1", new BigDecimal("10.5"))
                .containsEntry("cql2", "DOMESTIC").containsEntry("cql3", "LIVESTOCK");
    }

    @Test
    void aQuoteInAStringStaysInTheValue() {
        SqlCondition c = Cql2Text.parse("registryNumber = 'x'' OR 1=1 --'", wells, OgcCrs.CRS84);
        assertThat(c.sql()).isEqualTo("v.registry_number = :cql0");
        assertThat(c.params()).containsEntry("cql0", "x' OR 1=1 --");
    }

    @Test
    void keywordsAreCaseInsensitiveAndNamesMayBeQuoted() {
        assertThat(Cql2Text.parse("\"depthM\" BeTwEeN 1 aNd 2 AND registryNumber not like 'W-%'", wells, OgcCrs.CRS84).sql())
                .isEqualTo("(v.depth_m between :cql0 and :cql1 and v.registry_number not like :cql2)");
        assertThat(Cql2Text.parse("diameterMm IS NOT NULL", wells, OgcCrs.CRS84).sql()).isEqualTo("v.diameter_mm is not null");
    }

    @Test
    void spatialLiteralsAreValidatedAndReprojected() {
        SqlCondition box = Cql2Text.parse("S_INTERSECTS(geometry, BBOX(55, 19, 56, 20))", wells, OgcCrs.CRS84);
        assertThat(box.sql()).isEqualTo("ST_Intersects(v.geom, ST_MakeEnvelope(:cql0, :cql1, :cql2, :cql3, 4326))");
        SqlCondition utm = Cql2Text.parse("S_INTERSECTS(geometry, POLYGON((600000 2500000, 610000 2500000, 610000 2510000, 600000 2500000)))",
                wells, OgcCrs.UTM_40N);
        assertThat(utm.sql()).isEqualTo("ST_Intersects(v.geom, ST_Transform(ST_GeomFromText(:cql0, 32640), 4326))");
        assertThat(utm.params().get("cql0").toString()).startsWith("POLYGON ((600000 2500000");
    }

    @Test
    void timestampsAreTypedParameters() {
        SqlCondition c = Cql2Text.parse("registeredAt >= TIMESTAMP('2024-05-01T10:00:00Z')", wells, OgcCrs.CRS84);
        assertThat(c.params().get("cql0")).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void refusesWhatItDoesNotRead() {
        for (String f : new String[] {"ownerName = 'x'", "status = 1", "depthM * 2 > 3", "S_CONTAINS(geometry, POINT(1 2))",
                "CASEI(status) = 'active'", "", "status", "status = 'a' or", "(status = 'a'", "status = 'a')",
                "S_INTERSECTS(geometry, POINT(200 10))", "S_INTERSECTS(geometry, POLYGON EMPTY)", "depthM > 1e400",
                "(".repeat(200) + "status = 'a'" + ")".repeat(200)}) {
            assertThatThrownBy(() -> Cql2Text.parse(f, wells, OgcCrs.CRS84)).as(f).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).code()).startsWith("CQL2_"));
        }
    }
}
