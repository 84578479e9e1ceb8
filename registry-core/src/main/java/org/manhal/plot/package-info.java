/**
 * Plots: cadastral parcels (plot number unique per wilayat, polygon, area, street frontage) and
 * their owners, who are personal data kept apart from the parcel.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Plots", allowedDependencies = {"common", "crs"})
package org.manhal.plot;

import org.springframework.modulith.ApplicationModule;
