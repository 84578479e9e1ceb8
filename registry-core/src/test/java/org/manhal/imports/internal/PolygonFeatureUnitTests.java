package org.manhal.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.manhal.crs.PolygonPurpose;
import org.manhal.imports.RowError;

import tools.jackson.databind.ObjectMapper;

/**
 * The polygon of one plot or zone feature, checked before anything is staged, without a database:
 * each case a GeoJSON geometry in a CRS and the code it must get (or OK), and for a JTS error the
 * place it names, in the file's own coordinates.
 */
class PolygonFeatureUnitTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            square in lon/lat          | 4326  | {"type":"Polygon","coordinates":[[[58,23],[58.001,23],[58.001,23.001],[58,23.001],[58,23]]]}                                   | OK
            square with a hole in UTM  | 32640 | {"type":"Polygon","coordinates":[[[613000,2605700],[613030,2605700],[613030,2605740],[613000,2605740],[613000,2605700]],[[613010,2605710],[613020,2605710],[613020,2605720],[613010,2605720],[613010,2605710]]]} | OK
            bow tie in UTM             | 32640 | {"type":"Polygon","coordinates":[[[613000,2605700],[613100,2605800],[613100,2605700],[613000,2605800],[613000,2605700]]]}     | SELF_INTERSECTION at [613050, 2605750]
            ring not closed            | 4326  | {"type":"Polygon","coordinates":[[[58,23],[58.001,23],[58.001,23.001],[58,23.001]]]}                                          | RING_NOT_CLOSED
            three positions            | 4326  | {"type":"Polygon","coordinates":[[[58,23],[58.001,23],[58,23]]]}                                                              | TOO_FEW_POINTS
            a point                    | 4326  | {"type":"Point","coordinates":[58,23]}                                                                                        | NOT_A_POLYGON
            metres said to be degrees  | 4326  | {"type":"Polygon","coordinates":[[[613000,2605700],[613030,2605700],[613030,2605740],[613000,2605700]]]}                     | NOT_LON_LAT
            easting and northing swapped | 32640 | {"type":"Polygon","coordinates":[[[2605700,613000],[2605700,613030],[2605740,613030],[2605700,613000]]]}                  | EASTING_NORTHING_SWAPPED
            degrees said to be UTM     | 32640 | {"type":"Polygon","coordinates":[[[58,23],[58.001,23],[58.001,23.001],[58,23]]]}                                              | OUTSIDE_CRS_AREA
            text for a coordinate      | 4326  | {"type":"Polygon","coordinates":[[["58",23],[58.001,23],[58.001,23.001],["58",23]]]}                                          | INVALID_COORDINATES
            two parts in UTM           | 32640 | {"type":"MultiPolygon","coordinates":[[[[613000,2605700],[613010,2605700],[613010,2605710],[613000,2605700]]],[[[613100,2605700],[613110,2605700],[613110,2605710],[613100,2605700]]]]} | OK
            """)
    void checksAPolygonBeforeItIsStaged(String name, int srid, String geometry, String expected) {
        List<RowError> errors = new ArrayList<>();

        Geometry polygon = PolygonFeature.read(7, JSON.readTree(geometry), srid, PolygonPurpose.PLOT, errors);

        if (expected.equals("OK")) {
            assertThat(errors).isEmpty();
            assertThat(polygon.getSRID()).isEqualTo(srid);
            return;
        }
        assertThat(polygon).isNull();
        assertThat(errors).hasSize(1);
        RowError error = errors.get(0);
        assertThat(error.line()).isEqualTo(7);
        assertThat(error.field()).isEqualTo("geometry");
        String[] codeAndPlace = expected.split(" ", 2);
        assertThat(error.code()).isEqualTo(codeAndPlace[0]);
        assertThat(error.message().ar()).isNotBlank();
        if (codeAndPlace.length > 1) {
            assertThat(error.message().en()).contains(codeAndPlace[1]);
        }
    }
}
