package org.manhal.crs;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.rules.SpacingRequest;

/**
 * The coordinate reference systems of the registry, declared once: everything is stored and
 * exchanged in WGS 84 longitude/latitude ({@link #WGS84_SRID}, geometries made by {@link #WGS84});
 * metric work in Oman uses UTM on WGS 84, zone 40N east of 54°E (nearly all of the country) and
 * zone 39N west of it (western Dhofar).
 *
 * <p>The number 4326 itself is written once, in the pure rules engine's request contract
 * ({@link SpacingRequest#WGS84_SRID}): the engine may depend on the JDK, JTS and GeographicLib
 * only, so it cannot read this class, and this class reads it from there instead of repeating it.
 */
public final class Crs {

    /** EPSG:4326, WGS 84 longitude/latitude in degrees (x = longitude, OGC CRS84 axis order). */
    public static final int WGS84_SRID = SpacingRequest.WGS84_SRID;

    /** EPSG:32640, WGS 84 / UTM zone 40N: 54°E–60°E. */
    public static final int UTM_40N_SRID = 32640;

    /** EPSG:32639, WGS 84 / UTM zone 39N: 48°E–54°E. */
    public static final int UTM_39N_SRID = 32639;

    /**
     * The one factory for lon/lat geometries: floating precision, SRID {@link #WGS84_SRID}. JTS
     * factories are immutable and thread-safe, so it is shared.
     */
    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), WGS84_SRID);

    private Crs() {
    }

    /** {@code EPSG:4326}. */
    public static String wgs84Code() {
        return "EPSG:" + WGS84_SRID;
    }
}
