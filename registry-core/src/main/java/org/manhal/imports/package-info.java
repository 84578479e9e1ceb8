/**
 * Imports: Bulk files of wells, plots and zones in (CSV, GeoJSON, GeoPackage, Shapefile) through staged, set-based validation.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Imports", allowedDependencies = {"audit", "common", "crs", "plot", "well", "zoning"})
package org.manhal.imports;

import org.springframework.modulith.ApplicationModule;
