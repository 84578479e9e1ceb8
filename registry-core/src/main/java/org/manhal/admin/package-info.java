/**
 * Administrative areas: Governorates and wilayats of Oman (ISO 3166-2) and the lookup of the areas a point lies in.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Administrative areas", allowedDependencies = {"common", "crs"})
package org.manhal.admin;

import org.springframework.modulith.ApplicationModule;
