package org.manhal.data.synthetic;

import java.util.List;

/**
 * Towns and oases of Oman that synthetic wells cluster around. Centres are approximate town
 * centres (lon, lat in degrees, EPSG:4326); a unit test checks that each lies in its wilayat.
 * Weights are relative and favour the farming Batinah coast and the interior oases, where most of
 * Oman's wells are; spreads (km, one standard deviation) follow each oasis's size.
 */
final class Settlements {

    static final List<Settlement> ALL = List.of(
            // Muscat: the capital's outer wilayats still farm; the old town and Muttrah hardly.
            new Settlement("As Seeb", "OM-MA-SEB", 58.190, 23.670, 3.0, 6),
            new Settlement("Al Mabaila", "OM-MA-SEB", 58.120, 23.630, 2.5, 4),
            new Settlement("Al Khoudh", "OM-MA-SEB", 58.170, 23.600, 2.0, 4),
            new Settlement("Bawshar", "OM-MA-BAW", 58.400, 23.565, 2.0, 3),
            new Settlement("Al Amerat", "OM-MA-AMR", 58.500, 23.520, 2.5, 2),
            new Settlement("Ruwi", "OM-MA-MTR", 58.545, 23.590, 1.5, 1),
            new Settlement("Qurayyat", "OM-MA-QUR", 58.910, 23.250, 2.0, 2),
            // South Al Batinah
            new Settlement("Barka", "OM-BJ-BRK", 57.890, 23.680, 4.0, 7),
            new Settlement("Al Musannah", "OM-BJ-MSN", 57.630, 23.760, 4.0, 5),
            new Settlement("Nakhal", "OM-BJ-NAK", 57.830, 23.390, 2.0, 3),
            new Settlement("Ar Rustaq", "OM-BJ-RUS", 57.425, 23.390, 3.0, 4),
            new Settlement("Al Awabi", "OM-BJ-AWA", 57.530, 23.300, 1.5, 2),
            new Settlement("Afi", "OM-BJ-WMA", 57.780, 23.500, 2.0, 2),
            // North Al Batinah
            new Settlement("As Suwaiq", "OM-BS-SUW", 57.440, 23.840, 4.0, 6),
            new Settlement("Al Khaburah", "OM-BS-KHB", 57.100, 23.970, 4.0, 5),
            new Settlement("Saham", "OM-BS-SAH", 56.890, 24.170, 4.0, 6),
            new Settlement("Sohar", "OM-BS-SOH", 56.710, 24.340, 4.0, 6),
            new Settlement("Liwa", "OM-BS-LIW", 56.570, 24.520, 3.0, 3),
            new Settlement("Shinas", "OM-BS-SHN", 56.460, 24.740, 3.0, 4),
            // Ad Dakhiliyah; Saiq stands for Al Jabal Al Akhdar, inside Nizwa in the 61-wilayat polygons
            new Settlement("Nizwa", "OM-DA-NIZ", 57.530, 22.930, 3.0, 5),
            new Settlement("Bahla", "OM-DA-BAH", 57.300, 22.970, 3.0, 4),
            new Settlement("Al Hamra", "OM-DA-HAM", 57.290, 23.110, 1.5, 2),
            new Settlement("Manah", "OM-DA-MNH", 57.600, 22.800, 2.0, 2),
            new Settlement("Izki", "OM-DA-IZK", 57.770, 22.930, 2.5, 3),
            new Settlement("Adam", "OM-DA-ADM", 57.530, 22.380, 2.0, 2),
            new Settlement("Samail", "OM-DA-SML", 58.010, 23.300, 2.5, 3),
            new Settlement("Fanja", "OM-DA-BID", 58.130, 23.410, 2.0, 2),
            new Settlement("Saiq", "OM-DA-NIZ", 57.640, 23.070, 1.5, 1),
            // Ad Dhahirah and Al Buraimi
            new Settlement("Ibri", "OM-ZA-IBR", 56.510, 23.230, 4.0, 5),
            new Settlement("Yanqul", "OM-ZA-YAN", 56.540, 23.590, 2.0, 2),
            new Settlement("Dhank", "OM-ZA-DHK", 56.260, 23.550, 2.0, 2),
            new Settlement("Al Buraimi", "OM-BU-BUR", 55.790, 24.250, 3.0, 4),
            new Settlement("Mahdah", "OM-BU-MHD", 55.970, 24.400, 2.0, 1),
            new Settlement("As Sunaynah", "OM-BU-SUN", 56.000, 23.670, 2.0, 1),
            // North Ash Sharqiyah; Sinaw lies inside Al Mudhaibi in the 61-wilayat polygons
            new Settlement("Ibra", "OM-SS-IBA", 58.530, 22.690, 3.0, 3),
            new Settlement("Al Mudhaibi", "OM-SS-MDB", 58.120, 22.570, 3.0, 3),
            new Settlement("Sinaw", "OM-SS-MDB", 58.040, 22.500, 2.0, 2),
            new Settlement("Bidiyah", "OM-SS-BDY", 58.800, 22.450, 2.5, 2),
            new Settlement("Al Qabil", "OM-SS-QAB", 58.690, 22.570, 2.0, 2),
            new Settlement("Wadi Bani Khalid", "OM-SS-WBK", 59.090, 22.620, 1.5, 1),
            new Settlement("Dima", "OM-SS-DMT", 58.650, 23.050, 2.0, 1),
            // South Ash Sharqiyah
            new Settlement("Sur", "OM-SJ-SUR", 59.520, 22.560, 2.5, 2),
            new Settlement("Al Kamil", "OM-SJ-KWW", 59.200, 22.220, 3.0, 2),
            new Settlement("Jaalan Bani Bu Hassan", "OM-SJ-JBH", 59.290, 22.080, 3.0, 2),
            new Settlement("Jaalan Bani Bu Ali", "OM-SJ-JBA", 59.350, 22.010, 3.0, 2),
            new Settlement("Masirah", "OM-SJ-MSR", 58.790, 20.480, 2.0, 0.5),
            // Dhofar
            new Settlement("Salalah", "OM-ZU-SLL", 54.090, 17.030, 4.0, 5),
            new Settlement("Taqah", "OM-ZU-TAQ", 54.400, 17.040, 2.0, 1.5),
            new Settlement("Mirbat", "OM-ZU-MIR", 54.690, 17.000, 1.5, 0.5),
            new Settlement("Thumrait", "OM-ZU-THU", 54.020, 17.670, 3.0, 1),
            new Settlement("Sadah", "OM-ZU-SAD", 55.070, 17.050, 1.5, 0.3),
            new Settlement("Rakhyut", "OM-ZU-RAK", 53.400, 16.770, 1.5, 0.3),
            new Settlement("Al Mazyunah", "OM-ZU-MAZ", 52.650, 17.850, 3.0, 0.5),
            // Musandam
            new Settlement("Khasab", "OM-MU-KHS", 56.250, 26.180, 1.5, 1),
            new Settlement("Bukha", "OM-MU-BUK", 56.150, 26.140, 1.0, 0.3),
            new Settlement("Dibba", "OM-MU-DIB", 56.240, 25.630, 1.5, 0.7),
            new Settlement("Madha", "OM-MU-MDH", 56.320, 25.280, 1.0, 0.3),
            // Al Wusta
            new Settlement("Haima", "OM-WU-HAI", 56.280, 19.960, 2.0, 0.5),
            new Settlement("Ad Duqm", "OM-WU-DUQ", 57.700, 19.660, 3.0, 0.5));

    private Settlements() {
    }
}
