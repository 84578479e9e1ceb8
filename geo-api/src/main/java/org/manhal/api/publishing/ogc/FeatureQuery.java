package org.manhal.api.publishing.ogc;

import java.util.List;

/**
 * One items request, parsed: which page of which features, and in which CRS.
 *
 * @param conditions every condition the features must meet (bbox, datetime, queryables, filter)
 * @param limit      page size
 * @param offset     features skipped
 * @param crs        the CRS of the answer's geometries
 */
record FeatureQuery(List<SqlCondition> conditions, int limit, long offset, OgcCrs crs) {
}
