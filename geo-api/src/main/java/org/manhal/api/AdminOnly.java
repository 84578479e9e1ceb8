package org.manhal.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an endpoint (or a controller) that only staff with the admin role may call, such as
 * changing the spacing rules. This is the hook for the security layer, which will enforce it
 * (HTTP Basic for the local accounts of DESIGN §5) and answer 401/403; until then the annotation
 * documents the intent and {@code docs/api.md} lists these endpoints as admin-only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AdminOnly {
}
