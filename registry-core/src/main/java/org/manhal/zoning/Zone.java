package org.manhal.zoning;

import org.locationtech.jts.geom.Geometry;

/**
 * A zoning polygon and the code of its rule.
 *
 * @param id the {@code zone} row
 * @param code the zone code ({@link ZoneRule#code()})
 * @param nameAr the zone rule's Arabic name
 * @param nameEn the zone rule's English name
 * @param label the plan sheet or block, or {@code null}
 * @param geometry a MultiPolygon, SRID 4326
 * @param sample whether the zone is sample data
 */
public record Zone(long id, String code, String nameAr, String nameEn, String label, Geometry geometry, boolean sample) {
}
