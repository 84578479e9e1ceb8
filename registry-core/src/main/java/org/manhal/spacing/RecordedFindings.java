package org.manhal.spacing;

import java.time.Instant;

import org.manhal.application.ApplicationType;
import org.manhal.well.WellId;

/**
 * A spacing check recorded with a well ({@code well_finding}): at an inventory registration,
 * which it never blocks, or at a permit, which it decided.
 *
 * @param wellId the well
 * @param applicationType what was checked: {@code WELL_REGISTRATION} for the inventory
 * @param check the verdict, its findings (geometry in EPSG:4326) and the rule set version
 * @param checkedAt when
 */
public record RecordedFindings(WellId wellId, ApplicationType applicationType, SpacingCheck check, Instant checkedAt) {
}
