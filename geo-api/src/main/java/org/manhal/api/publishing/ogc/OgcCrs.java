package org.manhal.api.publishing.ogc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.manhal.common.Text;

/**
 * The coordinate reference systems of OGC API Features Part 2 that Manhal serves (and accepts for
 * {@code bbox-crs} and {@code filter-crs}): CRS84, the storage CRS, and those Omani analysts use,
 * WGS 84 / UTM 40N and 39N and PSD93 / UTM 40N and 39N. Every one has easting-then-northing (or
 * longitude-then-latitude) axis order, so no axis is swapped anywhere; reprojection is PostGIS's
 * {@code ST_Transform} (PROJ).
 */
public enum OgcCrs {
    CRS84("http://www.opengis.net/def/crs/OGC/1.3/CRS84", 4326, 7, new Text("WGS 84 (خط الطول، دائرة العرض)", "WGS 84 longitude, latitude")),
    UTM_40N("http://www.opengis.net/def/crs/EPSG/0/32640", 32640, 3, new Text("WGS 84 / UTM 40 شمال", "WGS 84 / UTM zone 40N")),
    UTM_39N("http://www.opengis.net/def/crs/EPSG/0/32639", 32639, 3, new Text("WGS 84 / UTM 39 شمال", "WGS 84 / UTM zone 39N")),
    PSD93_UTM_40N("http://www.opengis.net/def/crs/EPSG/0/3440", 3440, 3, new Text("PSD93 / UTM 40 شمال", "PSD93 / UTM zone 40N")),
    PSD93_UTM_39N("http://www.opengis.net/def/crs/EPSG/0/3439", 3439, 3, new Text("PSD93 / UTM 39 شمال", "PSD93 / UTM zone 39N"));

    private final String uri;
    private final int srid;
    private final int digits;
    private final Text title;

    OgcCrs(String uri, int srid, int digits, Text title) {
        this.uri = uri;
        this.srid = srid;
        this.digits = digits;
        this.title = title;
    }

    /** The CRS's URI, as Part 2 names it in {@code crs}, {@code bbox-crs} and {@code Content-Crs}. */
    public String uri() {
        return uri;
    }

    /** The PostGIS SRID (CRS84 is stored as 4326, which PostGIS keeps in longitude, latitude order). */
    public int srid() {
        return srid;
    }

    /** Decimal digits of a coordinate: 7 of a degree (about 1 cm), 3 of a metre (1 mm). */
    public int digits() {
        return digits;
    }

    public Text title() {
        return title;
    }

    /** Every URI served, CRS84 first. */
    public static List<String> uris() {
        return Arrays.stream(values()).map(OgcCrs::uri).toList();
    }

    /**
     * The CRS a parameter names: its URI, or the short forms clients send ({@code EPSG:32640},
     * {@code [EPSG:32640]}, {@code OGC:CRS84}); empty when it is none of them.
     */
    public static Optional<OgcCrs> of(String text) {
        String t = text.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.startsWith("<") && t.endsWith(">")) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.startsWith("https://")) {
            t = "http://" + t.substring("https://".length());
        }
        for (OgcCrs crs : values()) {
            if (crs.uri.equals(t) || ("EPSG:" + crs.srid).equalsIgnoreCase(t) && crs != CRS84
                    || crs == CRS84 && (t.equalsIgnoreCase("OGC:CRS84") || t.equalsIgnoreCase("CRS84"))) {
                return Optional.of(crs);
            }
        }
        return Optional.empty();
    }
}
