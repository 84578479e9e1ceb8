package org.manhal.zoning;

import java.util.Objects;

/**
 * What a zoning finding is about, serialised as {@code "feature"} like the spacing verdict's
 * feature: the plot, a zone, or a protected feature or restricted zone of the spacing layers.
 *
 * @param id the row id in its table ({@code plot}, {@code zone}, {@code protected_feature},
 *        {@code restricted_zone}); for a plot given only as a polygon, {@code "request"}
 * @param kind {@code PLOT}, {@code ZONE}, or the {@link org.manhal.rules.FeatureKind} name of the
 *        protected feature or restricted zone
 * @param name English name (for a plot: wilayat/number; for a zone: code and name)
 * @param nameAr Arabic name
 * @param sample whether the feature is sample data
 */
public record ZoningFeature(String id, String kind, String name, String nameAr, boolean sample) {

    public static final String PLOT = "PLOT";
    public static final String ZONE = "ZONE";

    public ZoningFeature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }
}
