/**
 * Coordinate reference systems: The accepted input CRSs and reprojection into WGS 84.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Coordinate reference systems", allowedDependencies = {"common", "well"})
package org.manhal.crs;

import org.springframework.modulith.ApplicationModule;
