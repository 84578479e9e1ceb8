package org.manhal.rules;

/** How a {@link SpacingRule} relates the proposed well to its target features. */
public enum SpacingOperator {

    /**
     * The geodesic distance (WGS 84) from the proposed well to the nearest point of each target
     * feature must be at least the rule's distance. A well inside a target polygon is at 0 m.
     * A well exactly at the limit complies.
     */
    MIN_DISTANCE,

    /**
     * The proposed well must not lie inside any target zone polygon; a well on the boundary counts
     * as inside.
     */
    NOT_INSIDE
}
