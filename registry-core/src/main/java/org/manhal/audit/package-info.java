/**
 * Audit: the transaction context (who writes, why, in which request) that every write binds
 * before it writes, and that the database's audit triggers record.
 *
 * <p>A Spring Modulith application module: the types in this package are its API.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"common"})
package org.manhal.audit;

import org.springframework.modulith.ApplicationModule;
