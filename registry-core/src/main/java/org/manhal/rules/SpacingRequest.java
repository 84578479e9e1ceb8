package org.manhal.rules;

import java.util.Objects;

import org.locationtech.jts.geom.Point;
import org.manhal.application.ApplicationType;

/**
 * A proposed (or, for {@link ApplicationType#WELL_REGISTRATION}, an existing) well to be checked
 * against the spacing rules.
 *
 * @param location the well, a JTS {@link Point} in EPSG:4326 with x = longitude and y = latitude
 *        in degrees (OGC CRS84 axis order); its SRID must be 4326
 * @param applicationType a well application type (not {@link ApplicationType#BUILDING_PERMIT})
 * @param use the well-use code (DESIGN §5: {@code DOMESTIC}, {@code AGRICULTURAL},
 *        {@code LIVESTOCK}, {@code INDUSTRIAL}, {@code COMMERCIAL}, {@code PUBLIC_SUPPLY},
 *        {@code FALAJ_ASSIST}, {@code MONITORING}); compared exactly
 * @param yieldM3PerDay the proposed yield in m³/day, or {@code null} if unknown (then every
 *        yield class applies, see {@link YieldClass#includes(Double)})
 * @param subjectWellId the id of the registry well this application concerns (the well being
 *        replaced, deepened or registered), or {@code null}; a candidate
 *        {@link FeatureKind#EXISTING_WELL} with this id is never a conflict
 */
public record SpacingRequest(
        Point location,
        ApplicationType applicationType,
        String use,
        Double yieldM3PerDay,
        String subjectWellId) {

    /** The SRID every geometry of the rules engine carries: WGS 84 longitude/latitude. */
    public static final int WGS84_SRID = 4326;

    public SpacingRequest {
        requireLonLatPoint(location);
        Objects.requireNonNull(applicationType, "applicationType");
        if (!applicationType.concernsWell()) {
            throw new IllegalArgumentException(applicationType + " is not a well application");
        }
        if (use == null || use.isBlank()) {
            throw new IllegalArgumentException("use must not be blank");
        }
        if (yieldM3PerDay != null && !(yieldM3PerDay >= 0 && Double.isFinite(yieldM3PerDay))) {
            throw new IllegalArgumentException("yieldM3PerDay must be ≥ 0, was " + yieldM3PerDay);
        }
    }

    /** A request for a new well or a registration, not tied to an existing registry well. */
    public static SpacingRequest of(Point location, ApplicationType type, String use,
            Double yieldM3PerDay) {
        return new SpacingRequest(location, type, use, yieldM3PerDay, null);
    }

    private static void requireLonLatPoint(Point location) {
        Objects.requireNonNull(location, "location");
        if (location.isEmpty() || location.getSRID() != WGS84_SRID) {
            throw new IllegalArgumentException("location must be a non-empty point with SRID "
                    + WGS84_SRID + ", was SRID " + location.getSRID());
        }
        double lon = location.getX();
        double lat = location.getY();
        if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) {
            throw new IllegalArgumentException(
                    "location is not lon/lat in degrees: " + location.getCoordinate());
        }
    }
}
