/**
 * Zoning: zones and their rules as audited data, and the zoning check of a proposed building
 * against its plot (inside the plot, setbacks, coverage, floor-area ratio, floors and height, use,
 * protected features), answering a verdict in the contract of the spacing verdict.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Zoning", allowedDependencies = {"admin", "audit", "common", "crs", "plot", "rules"})
package org.manhal.zoning;

import org.springframework.modulith.ApplicationModule;
