package org.manhal.api.publishing.ogc;

import java.util.List;

/**
 * A page of features, how many match in all when that is at most
 * {@link PublishedFeatures#MATCH_COUNT_LIMIT} (counted in the same snapshot; {@code null}: more,
 * and the answer leaves numberMatched out, as OGC API Features allows), and whether another page
 * follows.
 */
record FeaturePage(List<FeatureRow> features, Long numberMatched, boolean more) {
}
