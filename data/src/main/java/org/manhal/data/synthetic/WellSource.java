package org.manhal.data.synthetic;

import java.util.SplittableRandom;

/**
 * A place wells are drawn from. A proposal may fall outside Oman (in the sea, across a border);
 * the generator rejects it and asks the same source again, so each source keeps its share.
 */
interface WellSource {

    /** A short name for error messages, for example {@code settlement Barka}. */
    String name();

    Setting setting();

    /** Writes a proposed position into {@code lonLat}: [0] = lon, [1] = lat, degrees, EPSG:4326. */
    void propose(SplittableRandom random, double[] lonLat);
}
