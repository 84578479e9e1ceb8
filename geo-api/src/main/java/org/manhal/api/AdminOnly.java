package org.manhal.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint (or a controller) whose writes only the admin role may make, such as changing
 * the spacing rules. Documentation for the reader of the controller: what is enforced is the line
 * of {@link org.manhal.api.security.AccessRules} for the route (401/403 problems), which
 * {@code AccessRulesIntegrationTests} checks for every route and role.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AdminOnly {
}
