/**
 * Imports: Bulk well files in (CSV, GeoJSON, GeoPackage, Shapefile) through staged, set-based validation.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Imports", allowedDependencies = {"audit", "common", "crs", "well"})
package org.manhal.imports;

import org.springframework.modulith.ApplicationModule;
