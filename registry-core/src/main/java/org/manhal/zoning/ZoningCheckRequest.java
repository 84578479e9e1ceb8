package org.manhal.zoning;

import java.math.BigDecimal;
import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.manhal.plot.PlotKey;

/**
 * A proposed building to check: on a registered plot (by wilayat and plot number) or on a plot
 * polygon given by the caller (street edges then unknown), with its footprint, use, floors, height
 * and gross floor area. Geometries are SRID 4326 (lon/lat); {@link ZoningChecks#check} validates
 * them and refuses, never repairs, an invalid one.
 *
 * @param plot the registered plot, or {@code null} when {@code plotPolygon} is given
 * @param plotPolygon the plot's polygon, or {@code null} when {@code plot} is given
 * @param footprint the ground footprint: a Polygon or a MultiPolygon (several buildings)
 * @param use what the building is for
 * @param floors floors above ground, at least 1
 * @param heightM height above ground in metres, or {@code null} if not given (not checked then)
 * @param grossFloorAreaM2 gross floor area in m², or {@code null}: then footprint area × floors
 */
public record ZoningCheckRequest(
        PlotKey plot,
        Polygon plotPolygon,
        Geometry footprint,
        BuildingUse use,
        int floors,
        BigDecimal heightM,
        BigDecimal grossFloorAreaM2) {

    public ZoningCheckRequest {
        if ((plot == null) == (plotPolygon == null)) {
            throw new IllegalArgumentException("give either a plot key or a plot polygon");
        }
        Objects.requireNonNull(footprint, "footprint");
        Objects.requireNonNull(use, "use");
    }

    /** A building on a registered plot. */
    public static ZoningCheckRequest onPlot(PlotKey plot, Geometry footprint, BuildingUse use, int floors,
                                            BigDecimal heightM, BigDecimal grossFloorAreaM2) {
        return new ZoningCheckRequest(plot, null, footprint, use, floors, heightM, grossFloorAreaM2);
    }

    /** A building on a plot given by its polygon (not registered, or being subdivided). */
    public static ZoningCheckRequest onPolygon(Polygon plotPolygon, Geometry footprint, BuildingUse use, int floors,
                                               BigDecimal heightM, BigDecimal grossFloorAreaM2) {
        return new ZoningCheckRequest(null, plotPolygon, footprint, use, floors, heightM, grossFloorAreaM2);
    }
}
