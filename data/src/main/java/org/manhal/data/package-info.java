/**
 * Reference and sample data: Oman's boundaries, sample wells and protection layers, their
 * loaders, and the deterministic synthetic well generator.
 *
 * <p>A Spring Modulith application module; its only API is the loader ({@code load}).
 */
@ApplicationModule(displayName = "Reference data")
package org.manhal.data;

import org.springframework.modulith.ApplicationModule;
