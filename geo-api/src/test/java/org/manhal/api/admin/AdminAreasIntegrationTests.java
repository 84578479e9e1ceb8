package org.manhal.api.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.admin.AdminAreas;
import org.manhal.admin.AdminLevel;
import org.manhal.admin.AreaRef;
import org.manhal.support.ManhalApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Assigning points to wilayats against the real boundaries in PostGIS, including the data's
 * slivers (points in no wilayat) and overlaps (points in two).
 */
@ManhalApiTest
class AdminAreasIntegrationTests {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @Autowired
    AdminAreas areas;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Nizwa fort, 57.5301, 22.9333, Nizwa, OM-DA",
            "Sohar, 56.7350, 24.3460, Sohar, OM-BS",
            "Salalah, 54.0924, 17.0151, Salalah, OM-ZU",
            "Khasab (Musandam exclave), 56.2440, 26.1797, Khasab, OM-MU",
            "Sur, 59.5289, 22.5667, Sur, OM-SJ",
            "Ibri, 56.5157, 23.2257, Ibri, OM-ZA",
            "Haima, 56.2767, 19.9573, Haima, OM-WU"})
    void findsTheWilayatAndGovernorateOfKnownTowns(String place, double lon, double lat, String wilayat, String governorate) {
        AreaRef w = areas.wilayatOf(point(lon, lat));

        assertThat(w.level()).isEqualTo(AdminLevel.WILAYAT);
        assertThat(w.name().en()).isEqualTo(wilayat);
        assertThat(areas.byId(w.parentId()).orElseThrow().code()).isEqualTo(governorate);
        assertThat(w.name().ar()).isNotBlank();
    }

    @Test
    void givesAPointInASliverBetweenWilayatsToTheNearestOne() {
        // Inside Oman's outline but inside no wilayat polygon (a sliver of the source data).
        Point sliver = point(53.30036553571429, 17.067855);
        assertThat(jdbc.sql("select count(*) from admin_area where level = 'WILAYAT' and ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))")
                .params(sliver.getX(), sliver.getY()).query(Long.class).single()).isZero();
        String nearest = jdbc.sql("""
                select code from admin_area where level = 'WILAYAT'
                 order by ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography) limit 1""")
                .params(sliver.getX(), sliver.getY()).query(String.class).single();

        assertThat(areas.wilayatOf(sliver).code()).isEqualTo(nearest);
    }

    @Test
    void givesAPointInAnOverlapToTheWilayatContainingItMostCentrally() {
        // Al Hamra and Bahla overlap here.
        Point overlap = point(57.306097, 23.04264);
        String central = jdbc.sql("""
                select code from admin_area where level = 'WILAYAT' and ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))
                 order by ST_Distance(ST_Boundary(geom)::geography, ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography) desc limit 1""")
                .params(overlap.getX(), overlap.getY(), overlap.getX(), overlap.getY()).query(String.class).single();

        assertThat(jdbc.sql("select count(*) from admin_area where level = 'WILAYAT' and ST_Intersects(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))")
                .params(overlap.getX(), overlap.getY()).query(Long.class).single()).isEqualTo(2);
        assertThat(areas.wilayatOf(overlap).code()).isEqualTo(central);
    }

    @Test
    void knowsElevenGovernoratesAndSixtyOneWilayats() {
        assertThat(areas.byLevel(AdminLevel.GOVERNORATE)).hasSize(11);
        assertThat(areas.byLevel(AdminLevel.WILAYAT)).hasSize(61);
        assertThat(areas.isInOman(point(58.40, 23.58))).isTrue();
        assertThat(areas.isInOman(point(55.27, 25.20))).isFalse();
    }

    private static Point point(double lon, double lat) {
        return WGS84.createPoint(new Coordinate(lon, lat));
    }
}
