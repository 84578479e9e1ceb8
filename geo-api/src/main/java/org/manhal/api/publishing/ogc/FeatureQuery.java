package org.manhal.api.publishing.ogc;

import java.util.List;
import java.util.Optional;

/**
 * One items request, parsed: which page of which features, and in which CRS.
 *
 * @param conditions every condition the features must meet (bbox, datetime, queryables, filter)
 * @param limit      page size
 * @param offset     features skipped
 * @param after      the page starts after the feature of this id (the next links' keyset: a deep
 *                   page costs what the first does, where an offset costs the rows it skips);
 *                   a Long for a layer with numeric ids
 * @param crs        the CRS of the answer's geometries
 */
record FeatureQuery(List<SqlCondition> conditions, int limit, long offset, Optional<Object> after, OgcCrs crs) {
}
