/**
 * Applications: Application types and (later) the permit workflow from submission to decision.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Applications", allowedDependencies = {})
package org.manhal.application;

import org.springframework.modulith.ApplicationModule;
