package org.manhal.data.synthetic;

import java.util.List;

/**
 * Bands of wells along real landforms; vertices are lon, lat pairs in degrees, EPSG:4326, traced
 * by hand from the coast and wadi courses (approximate to a kilometre or so, which the band width
 * absorbs).
 */
final class Corridors {

    /**
     * The Batinah farm strip, As Seeb to Shinas, about 5 km inland of the shore: the densest well
     * field of Oman (and the one suffering seawater intrusion). Proposals that land in the sea are
     * rejected by the generator.
     */
    static final Corridor BATINAH_COAST = new Corridor("Batinah coast", 4.0, 1,
            58.150, 23.640, 57.950, 23.660, 57.800, 23.690, 57.600, 23.740,
            57.400, 23.830, 57.200, 23.890, 57.000, 24.020, 56.850, 24.170,
            56.700, 24.310, 56.580, 24.460, 56.470, 24.630, 56.400, 24.760);

    /** The Salalah plain, between the Arabian Sea and the Jebel Qara, from west of Salalah to Taqah. */
    static final Corridor SALALAH_PLAIN = new Corridor("Salalah plain", 5.0, 1,
            53.980, 17.020, 54.100, 17.040, 54.250, 17.050, 54.360, 17.060);

    /** Inhabited wadis with wells along their beds; weights follow their length and settlement. */
    static final List<Corridor> WADIS = List.of(
            new Corridor("Wadi Samail", 1.0, 3,
                    58.200, 23.520, 58.130, 23.420, 58.020, 23.310, 57.930, 23.170, 57.820, 23.020),
            new Corridor("Wadi Al Jizzi", 1.0, 2,
                    56.680, 24.300, 56.500, 24.300, 56.300, 24.280, 56.100, 24.300, 55.950, 24.320),
            new Corridor("Wadi Bani Kharus", 0.8, 1,
                    57.530, 23.300, 57.580, 23.400, 57.620, 23.520),
            new Corridor("Wadi Al Hawasinah", 0.8, 1,
                    57.100, 23.930, 57.000, 23.800, 56.900, 23.650),
            new Corridor("Wadi Andam", 1.0, 1,
                    58.100, 22.600, 58.200, 22.400, 58.300, 22.150),
            new Corridor("Wadi Al Batha", 1.2, 2,
                    58.800, 22.450, 59.000, 22.350, 59.200, 22.200, 59.300, 22.050));

    private Corridors() {
    }
}
