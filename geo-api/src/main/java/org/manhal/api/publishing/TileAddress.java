package org.manhal.api.publishing;

/**
 * A tile of the Web Mercator quad tree (EPSG:3857, the XYZ scheme of OpenStreetMap, Leaflet and
 * MapLibre: y counted from the north), with its bounds in lon/lat.
 *
 * @param z the zoom, 0 to 22
 * @param x the column, 0 to 2^z - 1 from the west
 * @param y the row, 0 to 2^z - 1 from the north
 */
public record TileAddress(int z, int x, int y) {

    /** The deepest zoom served: 2^22 tiles a side, about 10 m at the equator. */
    public static final int MAX_ZOOM = 22;

    public TileAddress {
        if (z < 0 || z > MAX_ZOOM || x < 0 || y < 0 || x >= 1 << z || y >= 1 << z) {
            throw new IllegalArgumentException("no tile " + z + "/" + x + "/" + y);
        }
    }

    /** The western edge, degrees, {@code fraction} of a tile west of it (a buffer). */
    public double west(double fraction) {
        return lon(x - fraction);
    }

    public double east(double fraction) {
        return lon(x + 1 + fraction);
    }

    public double north(double fraction) {
        return lat(y - fraction);
    }

    public double south(double fraction) {
        return lat(y + 1 + fraction);
    }

    private double lon(double column) {
        return column / (1 << z) * 360.0 - 180.0;
    }

    private double lat(double row) {
        double n = Math.PI * (1 - 2 * row / (1 << z));
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }
}
