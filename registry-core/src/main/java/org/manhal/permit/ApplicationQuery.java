package org.manhal.permit;

import org.manhal.application.ApplicationType;

/**
 * A page of the staff's and planners' queue: oldest submission first.
 *
 * @param status only this status, or null
 * @param type only this type, or null
 * @param limit page size
 * @param offset applications skipped
 */
public record ApplicationQuery(ApplicationStatus status, ApplicationType type, int limit, long offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
}
