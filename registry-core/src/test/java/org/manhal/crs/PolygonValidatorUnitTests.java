package org.manhal.crs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.util.GeometricShapeFactory;
import org.manhal.common.Violation;

class PolygonValidatorUnitTests {

    private static final GeometryFactory WGS84 = Crs.WGS84;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            bow tie                  | POLYGON ((57 22, 58 23, 58 22, 57 23, 57 22))                                  | SELF_INTERSECTION      | [57.5, 22.5]
            hole outside the shell   | POLYGON ((57 22, 58 22, 58 23, 57 23, 57 22), (59 22, 59.5 22, 59.5 22.5, 59 22)) | HOLE_OUTSIDE_SHELL  | [59, 22]
            overlapping parts        | MULTIPOLYGON (((57 22, 58 22, 58 23, 57 22)), ((57.5 22, 58.5 22, 58.5 23, 57.5 22))) | SELF_INTERSECTION | [57.5, 22]
            longitude beyond 180     | POLYGON ((179 22, 181 22, 180 23, 179 22))                                      | NOT_LON_LAT            | [181, 22]
            metres sent as degrees   | POLYGON ((655000 2536000, 656000 2536000, 656000 2537000, 655000 2536000))      | NOT_LON_LAT            | [655000, 2536000]
            a line, not an area      | LINESTRING (57 22, 58 23)                                                       | NOT_A_POLYGON          | LineString
            """)
    void refusesWithJtsErrorCodeAndCoordinate(String name, String wkt, String code, String mentioned) throws ParseException {
        List<Violation> violations = PolygonValidator.validate(new WKTReader(WGS84).read(wkt), "geometry", PolygonPurpose.COUNT);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("geometry");
            assertThat(v.code()).isEqualTo(code);
            assertThat(v.message().en()).contains(mentioned);
            assertThat(v.message().ar()).contains(mentioned).matches("(?s).*[\\u0600-\\u06FF].*");
        });
    }

    @Test
    void acceptsPolygonWithHoleAndMultiPolygon() throws ParseException {
        WKTReader wkt = new WKTReader(WGS84);

        assertThat(PolygonValidator.validate(wkt.read("POLYGON ((57 22, 58 22, 58 23, 57 23, 57 22), (57.2 22.2, 57.4 22.2, 57.3 22.4, 57.2 22.2))"), "g", PolygonPurpose.COUNT)).isEmpty();
        assertThat(PolygonValidator.validate(wkt.read("MULTIPOLYGON (((57 22, 58 22, 58 23, 57 22)), ((59 22, 59.5 22, 59.5 22.5, 59 22)))"), "g", PolygonPurpose.COUNT)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(PolygonPurpose.class)
    void refusesMoreThanTheVertexLimitButAcceptsTheLimit(PolygonPurpose purpose) {
        assertThat(PolygonValidator.validate(circle(purpose.maxVertices()), "g", purpose)).isEmpty();
        assertThat(PolygonValidator.validate(circle(purpose.maxVertices() + 1), "g", purpose))
                .extracting(Violation::code).containsExactly("TOO_MANY_VERTICES");
    }

    @Test
    void countingTakesSmallerPolygonsThanExporting() {
        assertThat(PolygonPurpose.COUNT.maxVertices()).isEqualTo(20_000);
        assertThat(PolygonPurpose.EXPORT.maxVertices()).isGreaterThan(PolygonPurpose.COUNT.maxVertices());
    }

    /** A circle of exactly n vertices, the closing one included. */
    private static org.locationtech.jts.geom.Geometry circle(int n) {
        GeometricShapeFactory shapes = new GeometricShapeFactory(WGS84);
        shapes.setCentre(new Coordinate(57.5, 22.9));
        shapes.setSize(1.0);
        shapes.setNumPoints(n - 1); // the factory adds the closing vertex
        org.locationtech.jts.geom.Geometry circle = shapes.createCircle();
        assertThat(circle.getNumPoints()).isEqualTo(n);
        return circle;
    }
}
