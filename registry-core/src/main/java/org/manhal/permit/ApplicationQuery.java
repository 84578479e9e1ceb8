package org.manhal.permit;

import org.manhal.application.ApplicationType;
import org.manhal.well.BoundingBox;

/**
 * A page of the staff's and planners' queue: oldest submission first.
 *
 * @param status only this status, or null
 * @param type only this type, or null
 * @param wilayat only applications in this wilayat (code such as {@code OM-MA-SEB}), or null
 * @param bbox only applications whose location meets this lon/lat box, or null
 * @param limit page size
 * @param offset applications skipped
 */
public record ApplicationQuery(ApplicationStatus status, ApplicationType type, String wilayat, BoundingBox bbox,
                               int limit, long offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
}
