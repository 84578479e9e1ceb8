/**
 * Drilling contractors: the registry of licensed contractors, the contractor named on an approved
 * permit, and the completion report that moves the permitted well to its drilled status through
 * the well registry. One write door: {@link org.manhal.contractor.Contractors}.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Drilling contractors",
        allowedDependencies = {"application", "audit", "common", "permit", "rules", "spacing", "well"})
package org.manhal.contractor;

import org.springframework.modulith.ApplicationModule;
