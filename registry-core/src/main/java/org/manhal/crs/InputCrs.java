package org.manhal.crs;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.manhal.common.Bilingual;

/**
 * The coordinate reference systems staff have well locations in. Everything is stored in
 * {@link Crs#WGS84_SRID}; these are only accepted as input and kept beside the converted location.
 * Areas of use after EPSG: UTM 40N covers 54°E–60°E (nearly all of Oman), UTM 39N 48°E–54°E
 * (western Dhofar); PSD93 is the PDO Survey Datum 1993 (Clarke 1880 ellipsoid), still common in
 * oil-field and older ministry records.
 */
public enum InputCrs implements Bilingual {
    WGS84_LON_LAT(Crs.WGS84_SRID, false, "WGS 84 خط الطول/دائرة العرض", "WGS 84 longitude/latitude"),
    WGS84_UTM_40N(Crs.UTM_40N_SRID, true, "WGS 84 / UTM النطاق 40 شمال", "WGS 84 / UTM zone 40N"),
    WGS84_UTM_39N(Crs.UTM_39N_SRID, true, "WGS 84 / UTM النطاق 39 شمال", "WGS 84 / UTM zone 39N"),
    PSD93_UTM_40N(3440, true, "PSD93 / UTM النطاق 40 شمال", "PSD93 / UTM zone 40N"),
    PSD93_UTM_39N(3439, true, "PSD93 / UTM النطاق 39 شمال", "PSD93 / UTM zone 39N");

    private final int epsg;
    private final boolean projected;
    private final String ar;
    private final String en;

    InputCrs(int epsg, boolean projected, String ar, String en) {
        this.epsg = epsg;
        this.projected = projected;
        this.ar = ar;
        this.en = en;
    }

    /** The CRS named {@code EPSG:n} (also {@code urn:ogc:def:crs:EPSG::n} and {@code CRS84}), if accepted. */
    public static Optional<InputCrs> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toUpperCase(Locale.ROOT);
        if (n.endsWith("CRS84")) {
            return Optional.of(WGS84_LON_LAT);
        }
        String code = n.replaceFirst("^(URN:OGC:DEF:CRS:)?EPSG:+([0-9.]*:)?", "");
        return Arrays.stream(values()).filter(c -> Integer.toString(c.epsg).equals(code)).findFirst();
    }

    public int epsg() {
        return epsg;
    }

    /** {@code EPSG:n}. */
    public String code() {
        return "EPSG:" + epsg;
    }

    /** Metres easting/northing (true) or degrees longitude/latitude (false). */
    public boolean isProjected() {
        return projected;
    }

    @Override
    public String ar() {
        return ar;
    }

    @Override
    public String en() {
        return en;
    }
}
