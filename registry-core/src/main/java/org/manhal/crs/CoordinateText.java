package org.manhal.crs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads coordinates as staff type them: two numbers ({@code 554352.66 2536234.10}, easting then
 * northing; or {@code 57.5301, 22.9333}, longitude then latitude), or degrees-minutes-seconds with
 * hemisphere letters in either order ({@code 22°56'00"N 57°31'48.4"E}, {@code N 22 56 0 E 57 31 48.4},
 * {@code 57°31.5'E 22°56'N}). With hemisphere letters the letters decide which is latitude.
 */
public final class CoordinateText {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?");
    /** One angle: up to three numbers and an optional hemisphere letter before or after them. */
    private static final Pattern ANGLE = Pattern.compile(
            "([NSEW])?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*°?\\s*(?:(\\d+(?:\\.\\d+)?)\\s*['′]?\\s*)?"
                    + "(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|″|'')?\\s*)?([NSEW])?");

    private CoordinateText() {
    }

    /**
     * The two coordinates in the axis order of the CRS: {x, y} = {easting, northing} or {lon, lat};
     * empty when the text is not coordinates.
     */
    public static Optional<double[]> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim().toUpperCase(Locale.ROOT).replace(',', ' ');
        if (t.matches("[-+]?\\d+(\\.\\d+)?\\s+[-+]?\\d+(\\.\\d+)?")) {
            Matcher m = NUMBER.matcher(t);
            m.find();
            double x = Double.parseDouble(m.group());
            m.find();
            return Optional.of(new double[] {x, Double.parseDouble(m.group())});
        }
        return parseDms(t);
    }

    private static Optional<double[]> parseDms(String t) {
        List<double[]> angles = new ArrayList<>();   // {value, axis: 0 lon, 1 lat, -1 unknown}
        Matcher m = ANGLE.matcher(t);
        int end = 0;
        while (m.find() && angles.size() < 3) {
            if (!t.substring(end, m.start()).isBlank()) {
                return Optional.empty();
            }
            angles.add(angle(m));
            end = m.end();
        }
        if (angles.size() != 2 || !t.substring(end).isBlank() || angles.stream().anyMatch(a -> Double.isNaN(a[0]))) {
            return Optional.empty();
        }
        return order(angles.get(0), angles.get(1));
    }

    private static double[] angle(Matcher m) {
        String hemisphere = m.group(1) != null ? m.group(1) : m.group(5);
        double deg = Double.parseDouble(m.group(2));
        double min = m.group(3) == null ? 0 : Double.parseDouble(m.group(3));
        double sec = m.group(4) == null ? 0 : Double.parseDouble(m.group(4));
        if (min >= 60 || sec >= 60 || (deg != Math.rint(deg) && (m.group(3) != null || m.group(4) != null))) {
            return new double[] {Double.NaN, -1};
        }
        double value = Math.abs(deg) + min / 60 + sec / 3600;
        boolean negative = deg < 0 || "S".equals(hemisphere) || "W".equals(hemisphere);
        int axis = hemisphere == null ? -1 : ("E".equals(hemisphere) || "W".equals(hemisphere) ? 0 : 1);
        return new double[] {negative ? -value : value, axis};
    }

    private static Optional<double[]> order(double[] a, double[] b) {
        if (a[1] == -1 && b[1] == -1) {
            return Optional.of(new double[] {a[0], b[0]});       // no letters: longitude first (CRS84)
        }
        if (a[1] == b[1] && a[1] != -1) {
            return Optional.empty();                               // two latitudes or two longitudes
        }
        boolean aIsLon = a[1] == 0 || b[1] == 1;
        return Optional.of(aIsLon ? new double[] {a[0], b[0]} : new double[] {b[0], a[0]});
    }
}
