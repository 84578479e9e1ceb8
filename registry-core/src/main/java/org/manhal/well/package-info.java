/**
 * Well registry: The well aggregate and its one write door.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Well registry", allowedDependencies = {"admin", "audit", "common", "crs"})
package org.manhal.well;

import org.springframework.modulith.ApplicationModule;
