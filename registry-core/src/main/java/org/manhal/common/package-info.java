/**
 * Common: Bilingual texts, violations and the exceptions every module reports input problems with.
 *
 * <p>A Spring Modulith application module: the types in this package are its API; those in
 * {@code internal} are its own.
 */
@ApplicationModule(displayName = "Common", allowedDependencies = {})
package org.manhal.common;

import org.springframework.modulith.ApplicationModule;
