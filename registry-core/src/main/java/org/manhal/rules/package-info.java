/**
 * Spacing rules engine: The pure spacing engine: JTS, GeographicLib and the JDK only, no database.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Spacing rules engine", allowedDependencies = {"application"})
package org.manhal.rules;

import org.springframework.modulith.ApplicationModule;
