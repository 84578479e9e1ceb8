package org.manhal.api.publishing.ogc;

import java.util.List;

/** A page of features and how many match in all (counted in the same snapshot). */
record FeaturePage(List<FeatureRow> features, long numberMatched) {
}
