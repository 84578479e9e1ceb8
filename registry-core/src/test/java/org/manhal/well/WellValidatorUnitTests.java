package org.manhal.well;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.manhal.common.Violation;

/**
 * The registry's rules for a well record, without a database: "Oman" is a rectangle here.
 */
class WellValidatorUnitTests {

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    /** Roughly Oman's mainland; enough to tell inside from outside and from swapped axes. */
    private static final Envelope OMAN = new Envelope(52.0, 59.9, 16.6, 26.4);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final WellValidator validator = new WellValidator(p -> OMAN.contains(p.getCoordinate()), () -> TODAY);

    @Test
    void acceptsAPlausibleWell() {
        assertThat(validator.validate(well(57.53, 22.93))).isEmpty();
    }

    @Test
    void recognisesSwappedAxes() {
        assertThat(codes(validator.validate(well(22.93, 57.53)))).containsExactly("LAT_LON_SWAPPED");
    }

    @Test
    void recognisesProjectedMetresSentAsDegrees() {
        assertThat(codes(validator.validate(well(554352.66, 2536234.10)))).containsExactly("NOT_LON_LAT");
    }

    @Test
    void refusesNonFiniteCoordinates() {
        assertThat(codes(validator.validate(well(Double.NaN, 22.9)))).containsExactly("NOT_FINITE");
    }

    @Test
    void refusesPointOutsideOman() {
        assertThat(codes(validator.validate(well(45.0, 10.0)))).containsExactly("OUTSIDE_OMAN");
    }

    @Test
    void refusesWaterLevelBelowTheBottomOfTheWell() {
        WellDetails d = with(well(57.53, 22.93), 50.0, 60.0, null);

        assertThat(codes(validator.validate(d))).containsExactly("BELOW_WELL_BOTTOM");
    }

    @Test
    void refusesDrillingDateInTheFuture() {
        WellDetails d = with(well(57.53, 22.93), null, null, TODAY.plusDays(1));

        assertThat(codes(validator.validate(d))).containsExactly("IN_FUTURE");
    }

    @Test
    void refusesDuplicateLicenceAndExpiryBeforeIssue() {
        WellDetails w = well(57.53, 22.93);
        WellDetails d = new WellDetails(w.location(), null, null, null, w.type(), w.use(), w.status(), null, null, null,
                null, null, null, null, null, null, null, null, null,
                List.of(new Licence("L-1", LicenceType.NEW_WELL, TODAY, TODAY.minusDays(1)),
                        new Licence("L-1", LicenceType.DEEPENING, null, null)));

        assertThat(codes(validator.validate(d))).containsExactlyInAnyOrder("EXPIRES_BEFORE_ISSUE", "DUPLICATE_LICENCE");
    }

    @Test
    void allowsOnlyStatusChangesThatMakeSense() {
        WellDetails backToActive = well(57.53, 22.93);

        assertThat(codes(validator.validateChange(WellStatus.BACKFILLED, backToActive))).containsExactly("INVALID_TRANSITION");
        assertThat(validator.validateChange(WellStatus.STANDBY, backToActive)).isEmpty();
        assertThat(WellStatus.ABANDONED.canBecome(WellStatus.BACKFILLED)).isTrue();
        assertThat(WellStatus.BACKFILLED.canBecome(WellStatus.ACTIVE)).isFalse();
        assertThat(WellStatus.BACKFILLED.next()).isEmpty();
        assertThat(WellStatus.ILLEGAL_DETECTED.canBecome(WellStatus.PERMITTED)).isTrue();
    }

    @Test
    void everyMessageExistsInArabicAndEnglish() {
        List<Violation> all = validator.validate(WellDetails.basic(null, null, null, null, -1.0, 1.0, -2.0, new Owner(" ", "12a")));

        assertThat(all).hasSizeGreaterThanOrEqualTo(8).allSatisfy(v -> {
            assertThat(v.message().ar()).matches(".*[\\u0600-\\u06FF].*");
            assertThat(v.message().en()).matches(".*[a-z].*");
        });
    }

    private static WellDetails well(double lon, double lat) {
        return WellDetails.basic(point(lon, lat), WellType.BOREHOLE, WellUse.AGRICULTURAL, WellStatus.ACTIVE,
                80.0, 200.0, 100.0, new Owner("Sample Owner", "12345678"));
    }

    private static WellDetails with(WellDetails w, Double depth, Double waterLevel, LocalDate drilledOn) {
        return new WellDetails(w.location(), null, null, null, w.type(), w.use(), w.status(), depth, null, null,
                waterLevel, null, null, null, null, null, null, null, drilledOn, List.of());
    }

    private static Point point(double lon, double lat) {
        return WGS84.createPoint(new Coordinate(lon, lat));
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }
}
