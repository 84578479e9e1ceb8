package org.manhal.data.synthetic;

import java.util.SplittableRandom;

/**
 * A town or oasis with wells around it: a two-dimensional Gaussian cluster.
 *
 * @param place the place name (English)
 * @param wilayatCode the project code of the wilayat the centre lies in (checked by a unit test)
 * @param lon centre longitude, degrees, EPSG:4326
 * @param lat centre latitude, degrees, EPSG:4326
 * @param spreadKm standard deviation of the cluster in km on each axis
 * @param weight relative number of wells among settlements
 */
record Settlement(String place, String wilayatCode, double lon, double lat, double spreadKm, double weight)
        implements WellSource {

    @Override
    public String name() {
        return "settlement " + place;
    }

    @Override
    public Setting setting() {
        return Setting.INHABITED;
    }

    @Override
    public void propose(SplittableRandom random, double[] lonLat) {
        double eastKm = LocalKm.gaussian(random) * spreadKm;
        double northKm = LocalKm.gaussian(random) * spreadKm;
        lonLat[0] = lon + eastKm / LocalKm.kmPerDegreeLon(lat);
        lonLat[1] = lat + northKm / LocalKm.KM_PER_DEGREE_LAT;
    }
}
