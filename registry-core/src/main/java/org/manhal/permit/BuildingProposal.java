package org.manhal.permit;

import java.math.BigDecimal;

import org.locationtech.jts.geom.Polygon;
import org.manhal.plot.PlotKey;
import org.manhal.zoning.BuildingUse;
import org.manhal.zoning.ZoningCheckRequest;

/**
 * What a building-permit application proposes besides its footprint (the application's location):
 * the plot, named or given as a polygon, the use, floors, height and gross floor area. Checked by
 * the zoning module at submission and again at decision time.
 *
 * @param plot the registered plot, or null when {@code plotPolygon} is given
 * @param plotPolygon the plot's polygon (SRID 4326), or null
 * @param use what the building is for
 * @param floors floors above ground, at least 1
 * @param heightM height in metres, or null
 * @param grossFloorAreaM2 gross floor area in m², or null (then footprint area × floors)
 */
public record BuildingProposal(PlotKey plot, Polygon plotPolygon, BuildingUse use, int floors, BigDecimal heightM,
                               BigDecimal grossFloorAreaM2) {

    /** The proposal of a zoning check request (its footprint is the application's location). */
    public static BuildingProposal of(ZoningCheckRequest r) {
        return new BuildingProposal(r.plot(), r.plotPolygon(), r.use(), r.floors(), r.heightM(), r.grossFloorAreaM2());
    }

    /** The zoning check of this proposal with this footprint. */
    public ZoningCheckRequest check(org.locationtech.jts.geom.Geometry footprint) {
        return new ZoningCheckRequest(plot, plotPolygon, footprint, use, floors, heightM, grossFloorAreaM2);
    }
}
