package org.manhal.data.synthetic;

import java.util.SplittableRandom;

/**
 * A band of wells along a polyline (a coast strip or a wadi): a point is drawn uniformly by length
 * along the line, then offset across it uniformly within {@code halfWidthKm}. Lengths and offsets
 * are in local kilometres (see {@link LocalKm}), so the band is equally wide in every direction.
 */
final class Corridor implements WellSource {

    private final String name;
    private final double[] lons;
    private final double[] lats;
    private final double halfWidthKm;
    private final double weight;
    private final double[] cumulativeKm;

    /**
     * @param lonLats vertices as lon, lat pairs in degrees, EPSG:4326
     * @param halfWidthKm how far from the line wells may be, on either side, in km
     */
    Corridor(String name, double halfWidthKm, double weight, double... lonLats) {
        if (lonLats.length < 4 || lonLats.length % 2 != 0) {
            throw new IllegalArgumentException(name + ": need at least two lon, lat vertices");
        }
        this.name = name;
        this.halfWidthKm = halfWidthKm;
        this.weight = weight;
        this.lons = new double[lonLats.length / 2];
        this.lats = new double[lonLats.length / 2];
        for (int i = 0; i < lons.length; i++) {
            lons[i] = lonLats[2 * i];
            lats[i] = lonLats[2 * i + 1];
        }
        this.cumulativeKm = cumulativeLengths();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Setting setting() {
        return Setting.INHABITED;
    }

    double weight() {
        return weight;
    }

    @Override
    public void propose(SplittableRandom random, double[] lonLat) {
        double along = random.nextDouble() * cumulativeKm[cumulativeKm.length - 1];
        int segment = segmentAt(along);
        double t = (along - cumulativeKm[segment]) / (cumulativeKm[segment + 1] - cumulativeKm[segment]);
        double lon = lons[segment] + t * (lons[segment + 1] - lons[segment]);
        double lat = lats[segment] + t * (lats[segment + 1] - lats[segment]);
        double acrossKm = (2 * random.nextDouble() - 1) * halfWidthKm;
        offsetAcross(segment, lon, lat, acrossKm, lonLat);
    }

    /** Moves (lon, lat) by {@code acrossKm} along the segment's left-hand normal. */
    private void offsetAcross(int segment, double lon, double lat, double acrossKm, double[] lonLat) {
        double kmPerLon = LocalKm.kmPerDegreeLon(lat);
        double eastKm = (lons[segment + 1] - lons[segment]) * kmPerLon;
        double northKm = (lats[segment + 1] - lats[segment]) * LocalKm.KM_PER_DEGREE_LAT;
        double lengthKm = StrictMath.hypot(eastKm, northKm);
        lonLat[0] = lon + (-northKm / lengthKm) * acrossKm / kmPerLon;
        lonLat[1] = lat + (eastKm / lengthKm) * acrossKm / LocalKm.KM_PER_DEGREE_LAT;
    }

    private int segmentAt(double alongKm) {
        int segment = 0;
        while (segment < cumulativeKm.length - 2 && cumulativeKm[segment + 1] < alongKm) {
            segment++;
        }
        return segment;
    }

    private double[] cumulativeLengths() {
        double[] cumulative = new double[lons.length];
        for (int i = 1; i < lons.length; i++) {
            double midLat = (lats[i] + lats[i - 1]) / 2;
            double eastKm = (lons[i] - lons[i - 1]) * LocalKm.kmPerDegreeLon(midLat);
            double northKm = (lats[i] - lats[i - 1]) * LocalKm.KM_PER_DEGREE_LAT;
            cumulative[i] = cumulative[i - 1] + StrictMath.hypot(eastKm, northKm);
        }
        return cumulative;
    }
}
