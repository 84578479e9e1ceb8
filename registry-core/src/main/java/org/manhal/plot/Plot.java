package org.manhal.plot;

import java.math.BigDecimal;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A cadastral parcel, without its owner (personal data: {@link PlotOwner}, read apart through
 * {@link Plots#owner(long)}).
 *
 * @param id the row id
 * @param key wilayat and plot number
 * @param polygon the parcel, SRID 4326 (lon/lat), valid, possibly with holes
 * @param areaM2 its area in square metres, computed in UTM 40N (39N west of 54°E), two decimals
 * @param streetFrontage the parts of its boundary that face a street (SRID 4326 lines), or
 *        {@code null} when not known: the zoning check then applies one uniform setback
 * @param sample whether the plot is sample data, never a basis for a real decision
 */
public record Plot(long id, PlotKey key, Polygon polygon, BigDecimal areaM2, Geometry streetFrontage, boolean sample) {

    public Plot {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(polygon, "polygon");
    }
}
