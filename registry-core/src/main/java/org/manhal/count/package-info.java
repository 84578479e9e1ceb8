/**
 * Well counts: Per-cell well counts and exact polygon counts.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Well counts", allowedDependencies = {"admin", "common", "crs", "well"})
package org.manhal.count;

import org.springframework.modulith.ApplicationModule;
