/**
 * Coordinate reference systems: the registry's CRSs and shared lon/lat geometry factory ({@link org.manhal.crs.Crs}),
 * the accepted input CRSs and reprojection into WGS 84. Depends on {@code common} and, for the one
 * declaration of the SRID, on the pure rules engine's {@code SpacingRequest} (the engine cannot depend on
 * this module).
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Coordinate reference systems", allowedDependencies = {"common", "rules"})
package org.manhal.crs;

import org.springframework.modulith.ApplicationModule;
