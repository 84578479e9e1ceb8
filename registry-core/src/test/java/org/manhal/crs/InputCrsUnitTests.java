package org.manhal.crs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputCrsUnitTests {

    @Test
    void knowsTheCrsByEpsgCodeUrnAndCrs84() {
        assertThat(InputCrs.byName("EPSG:32640")).contains(InputCrs.WGS84_UTM_40N);
        assertThat(InputCrs.byName("urn:ogc:def:crs:EPSG::3440")).contains(InputCrs.PSD93_UTM_40N);
        assertThat(InputCrs.byName("epsg:3439")).contains(InputCrs.PSD93_UTM_39N);
        assertThat(InputCrs.byName("http://www.opengis.net/def/crs/OGC/1.3/CRS84")).contains(InputCrs.WGS84_LON_LAT);
    }

    @Test
    void refusesOtherCrs() {
        assertThat(InputCrs.byName("EPSG:2154")).isEmpty();
        assertThat(InputCrs.byName("EPSG:326400")).isEmpty();
        assertThat(InputCrs.byName(null)).isEmpty();
    }
}
