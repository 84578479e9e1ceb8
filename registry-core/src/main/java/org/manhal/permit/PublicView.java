package org.manhal.permit;

import java.time.Instant;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.manhal.application.ApplicationType;

/**
 * What a citizen holding the access code sees of an application: its type, status, location and
 * the steps of its timeline (status and time only), nothing personal, no staff names or notes.
 */
public record PublicView(String reference, ApplicationType type, ApplicationStatus status, Geometry location,
                         List<Step> timeline) {

    /** A step as the public sees it. */
    public record Step(ApplicationStatus status, Instant at) {
    }
}
