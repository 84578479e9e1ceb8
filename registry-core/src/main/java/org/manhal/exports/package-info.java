/**
 * Exports: Wells out as CSV, GeoJSON and GeoPackage.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Exports", allowedDependencies = {"crs", "well"})
package org.manhal.exports;

import org.springframework.modulith.ApplicationModule;
