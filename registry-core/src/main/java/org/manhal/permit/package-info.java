/**
 * Applications and permits: the application aggregate (well registration, drilling, deepening,
 * replacement, building permits) from submission to decision, with its one write door
 * {@link org.manhal.permit.Applications}, its timeline, and the decisions that re-run the rules.
 *
 * <p>Why not in {@code org.manhal.application}: that module holds {@code ApplicationType}, the
 * vocabulary the pure rules engine ({@code rules}) is written in, so everything (crs, admin, well,
 * spacing) depends on it; the workflow needs the well registry and the spacing checks, and in the
 * same module would close a cycle.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Applications and permits",
        allowedDependencies = {"admin", "application", "audit", "common", "crs", "plot", "rules", "spacing", "well", "zoning"})
package org.manhal.permit;

import org.springframework.modulith.ApplicationModule;
