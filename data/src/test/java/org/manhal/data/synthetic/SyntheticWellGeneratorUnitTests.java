package org.manhal.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.manhal.data.admin.AdminBoundaries;
import org.manhal.data.admin.Governorate;

class SyntheticWellGeneratorUnitTests {

    private static AdminBoundaries boundaries;
    private static SyntheticWellGenerator generator;

    @BeforeAll
    static void load() {
        boundaries = AdminBoundaries.fromClasspath();
        generator = SyntheticWellGenerator.forOman(boundaries, 42);
    }

    @Test
    void sameSeedGivesTheSameBytes() {
        assertThat(csv(SyntheticWellGenerator.forOman(boundaries, 42), 20_000))
                .isEqualTo(csv(SyntheticWellGenerator.forOman(boundaries, 42), 20_000));
    }

    @Test
    void differentSeedsGiveDifferentWells() {
        assertThat(generator.stream(100).toList())
                .isNotEqualTo(SyntheticWellGenerator.forOman(boundaries, 43).stream(100).toList());
    }

    @Test
    void firstWellsDoNotDependOnTheCount() {
        assertThat(generator.stream(1_000).limit(100).toList()).isEqualTo(generator.stream(100).toList());
    }

    /** Checked with the point locator directly rather than through the generator's prepared geometry. */
    @Test
    void everyWellIsInsideOman() {
        var locator = new IndexedPointInAreaLocator(boundaries.country());
        generator.stream(200_000).forEach(w -> assertThat(locator.locate(new Coordinate(w.lon(), w.lat())))
                .as("%s", w).isEqualTo(Location.INTERIOR));
    }

    @Test
    void aboutHalfTheWellsAreOnTheBatinah() {
        Map<String, Long> byGovernorate = generator.stream(50_000)
                .collect(Collectors.groupingBy(w -> boundaries.wilayatAt(w.lon(), w.lat()).governorateIso(),
                        Collectors.counting()));
        double batinah = (byGovernorate.get("OM-BS") + byGovernorate.get("OM-BJ")) / 50_000.0;
        assertThat(batinah).isBetween(0.35, 0.60);
        assertThat(byGovernorate).containsOnlyKeys(boundaries.governorates().stream().map(Governorate::iso).toList());
    }

    /** The empty interior of Al Wusta and northern Dhofar has no settlement: only the scatter reaches it. */
    @Test
    void onlyTheInteriorScatterReachesTheEmptyDesert() {
        var inhabited = new SyntheticWellGenerator(boundaries.preparedCountry(), 42, WellMix.INHABITED);
        assertThat(share(generator.stream(100_000).toList(), this::inEmptyDesert)).isBetween(0.003, 0.02);
        assertThat(share(inhabited.stream(100_000).toList(), this::inEmptyDesert)).isZero();
    }

    @Test
    void valuesAreInTheirVocabulariesAndRanges() {
        generator.stream(100_000).forEach(SyntheticWellGeneratorUnitTests::assertPlausible);
    }

    @Test
    void mostWellsAreActiveAgriculturalOrDomestic() {
        List<SyntheticWell> wells = generator.stream(50_000).toList();
        assertThat(share(wells, w -> w.status().equals("ACTIVE"))).isBetween(0.6, 0.8);
        assertThat(share(wells, w -> Set.of("AGRICULTURAL", "DOMESTIC").contains(w.use()))).isBetween(0.6, 0.85);
        assertThat(share(wells, w -> w.type().equals("HAND_DUG"))).isBetween(0.2, 0.4);
    }

    /** Speed sanity without a timing assertion: a million wells stream through in constant memory. */
    @Test
    void streamsAMillionWells() {
        assertThat(generator.stream(1_000_000).mapToDouble(SyntheticWell::depthM).filter(d -> d > 0).count())
                .isEqualTo(1_000_000);
    }

    @Test
    void everySettlementCentreLiesInItsWilayat() {
        for (Settlement settlement : Settlements.ALL) {
            assertThat(boundaries.wilayatAt(settlement.lon(), settlement.lat()).code())
                    .as(settlement.place()).isEqualTo(settlement.wilayatCode());
            assertThat(boundaries.preparedCountry().contains(point(settlement.lon(), settlement.lat())))
                    .as(settlement.place()).isTrue();
        }
    }

    /** A source drawn wholly outside the country would make the generator give up; none is. */
    @Test
    void everySourcePlacesWellsInsideOman() {
        SplittableRandom random = new SplittableRandom(7);
        List<WellSource> sources = new ArrayList<>(Settlements.ALL);
        sources.add(Corridors.BATINAH_COAST);
        sources.add(Corridors.SALALAH_PLAIN);
        sources.addAll(Corridors.WADIS);
        for (WellSource source : sources) {
            for (int i = 0; i < 50; i++) {
                assertThat(generator.draw(random, source)).as(source.name()).isNotNull();
            }
        }
    }

    @Test
    void writesCsvThatReadsBackToTheSameWells() {
        List<SyntheticWell> wells = generator.stream(1_000).toList();
        String[] lines = csv(generator, 1_000).split("\n");
        assertThat(lines[0]).isEqualTo("lon,lat,type,use,status,depthM,diameterMm,yieldM3PerDay");
        for (int i = 0; i < wells.size(); i++) {
            assertThat(parse(lines[i + 1])).isEqualTo(wells.get(i));
        }
    }

    @Test
    void writesCopyTextRowsWithAnEwktPoint() {
        SyntheticWell well = generator.stream(1).findFirst().orElseThrow();
        var out = new ByteArrayOutputStream();
        assertThat(SyntheticWellWriter.writeCopy(List.of(well).iterator(), out)).isEqualTo(1);
        String[] fields = out.toString(StandardCharsets.UTF_8).split("\n")[0].split("\t", -1);
        assertThat(fields).hasSize(SyntheticWellWriter.COPY_COLUMNS.size());
        assertThat(fields[8]).isEqualTo("SRID=4326;POINT(" + fields[0] + " " + fields[1] + ")");
    }

    @Test
    void rejectsAnOutlineInAnotherCrs() {
        var utm = new GeometryFactory(new PrecisionModel(), 32640).toGeometry(boundaries.country().getEnvelopeInternal());
        assertThatIllegalArgumentException().isThrownBy(
                () -> new SyntheticWellGenerator(PreparedGeometryFactory.prepare(utm), 1, WellMix.REALISTIC));
    }

    private static void assertPlausible(SyntheticWell w) {
        assertThat(w.use()).isIn("DOMESTIC", "AGRICULTURAL", "LIVESTOCK", "INDUSTRIAL", "COMMERCIAL",
                "PUBLIC_SUPPLY", "FALAJ_ASSIST", "MONITORING");
        assertThat(w.status()).isIn("PROPOSED", "PERMITTED", "ACTIVE", "STANDBY", "NOT_IN_USE", "DEEPENED",
                "ABANDONED", "BACKFILLED", "ILLEGAL_DETECTED");
        assertThat(w.yieldM3PerDay()).isBetween(5.0, 2000.0);
        if (w.type().equals("HAND_DUG")) {
            assertThat(w.depthM()).isBetween(5.0, 40.0);
            assertThat(w.diameterMm()).isBetween(800.0, 2000.0);
        } else {
            assertThat(w.type()).isEqualTo("BOREHOLE");
            assertThat(w.depthM()).isBetween(30.0, 300.0);
            assertThat(w.diameterMm()).isBetween(150.0, 400.0);
        }
    }

    private boolean inEmptyDesert(SyntheticWell well) {
        return well.lon() > 52 && well.lon() < 56 && well.lat() > 18.3 && well.lat() < 21;
    }

    private static double share(List<SyntheticWell> wells, Predicate<SyntheticWell> test) {
        return wells.stream().filter(test).count() / (double) wells.size();
    }

    private static String csv(SyntheticWellGenerator source, int count) {
        var out = new ByteArrayOutputStream();
        SyntheticWellWriter.writeCsv(source.iterator(count), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static SyntheticWell parse(String line) {
        String[] f = line.split(",");
        return new SyntheticWell(Double.parseDouble(f[0]), Double.parseDouble(f[1]), f[2], f[3], f[4],
                Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]));
    }

    private static Point point(double lon, double lat) {
        return boundaries.country().getFactory().createPoint(new Coordinate(lon, lat));
    }
}
