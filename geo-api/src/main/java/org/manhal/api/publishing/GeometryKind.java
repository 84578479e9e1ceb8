package org.manhal.api.publishing;

/**
 * The one geometry type of a published layer, as its publication view declares it (MapServer and
 * GeoServer want a layer's type fixed).
 */
public enum GeometryKind {
    POINT("Point", "POINT"),
    MULTI_LINE_STRING("MultiLineString", "LINE"),
    POLYGON("Polygon", "POLYGON"),
    MULTI_POLYGON("MultiPolygon", "POLYGON");

    private final String geoJson;
    private final String mapServer;

    GeometryKind(String geoJson, String mapServer) {
        this.geoJson = geoJson;
        this.mapServer = mapServer;
    }

    /** The GeoJSON (and OGC Simple Features) type name: {@code Point}, {@code MultiPolygon}, ... */
    public String geoJson() {
        return geoJson;
    }

    /** MapServer's LAYER TYPE: {@code POINT}, {@code LINE} or {@code POLYGON}. */
    public String mapServer() {
        return mapServer;
    }
}
