package org.manhal.crs;

import org.manhal.common.Labelled;
import org.manhal.common.Text;

/**
 * What a client-sent polygon is for, and so how many vertices (all rings together) it may have:
 * each limit is declared here once, with its reason. {@link PolygonValidator} and the GeoJSON
 * reader of the web API (which stops reading at the limit) both read it from here.
 */
public enum PolygonPurpose implements Labelled {

    /**
     * Counting wells in an area ({@code POST /api/wells/count}). The latency target (50 ms on 1M
     * wells) is set for 20,000 vertices, more than a detailed wilayat outline (under 2,000 here) or
     * a basin traced at 1:50,000; a bigger polygon should be simplified by the client first.
     */
    COUNT(20_000, "منطقة العد", "the area to count in"),

    /**
     * Exporting the wells inside an area ({@code /api/wells/export?within=}, {@code POST
     * /api/wells/export}). An export has no latency target (it streams for as long as it takes),
     * and PostGIS prepares the polygon once for the whole scan, so only the request's size bounds
     * it: 100,000 vertices is about 3 MB of GeoJSON, ten times the finest outline in the registry
     * (the country, 9,825 vertices).
     */
    EXPORT(100_000, "منطقة التصدير", "the area to export from"),

    /**
     * A building's footprint for the zoning check ({@code POST /api/checks/zoning}): 2,000
     * vertices is far more than any drawn building (a few dozen) and keeps the check's setback
     * geometry (one buffer per plot edge) in the millisecond range.
     */
    FOOTPRINT(2_000, "مسقط المبنى", "the building footprint"),

    /**
     * A plot polygon sent with a zoning check or loaded with the cadastre: surveyed parcels have
     * tens of vertices; 2,000 allows a traced irregular farm.
     */
    PLOT(2_000, "قطعة الأرض", "the plot"),

    /**
     * A zoning polygon loaded from a plan: a zone follows many plots' edges and roads, so it may
     * have a thousand times a plot's vertices; 20,000 is the count limit, for the same reason.
     */
    ZONE(20_000, "المنطقة التنظيمية", "the zone");

    private final int maxVertices;
    private final Text label;

    PolygonPurpose(int maxVertices, String ar, String en) {
        this.maxVertices = maxVertices;
        this.label = new Text(ar, en);
    }

    /** The most vertices a polygon for this purpose may have, all rings together. */
    public int maxVertices() {
        return maxVertices;
    }

    /** What the polygon is: "منطقة العد", "the area to count in" (lower case). */
    @Override
    public Text label() {
        return label;
    }
}
