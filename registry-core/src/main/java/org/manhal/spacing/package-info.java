/**
 * Spacing checks: Spacing rules as data, candidates from PostGIS, findings recorded with wells and race-free permits.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Spacing checks", allowedDependencies = {"admin", "application", "audit", "common", "crs", "rules", "well"})
package org.manhal.spacing;

import org.springframework.modulith.ApplicationModule;
