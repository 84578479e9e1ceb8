package org.manhal.spacing;

import org.locationtech.jts.geom.Geometry;
import org.manhal.rules.FeatureKind;

/**
 * A feature of a reference layer: a protected feature ({@code protected_feature}: falaj mother
 * well or channel, public supply well, contamination source) or a restricted zone
 * ({@code restricted_zone}: a regime or a well-field protection zone class).
 *
 * @param id its id in its table
 * @param kind its kind; zone kinds for restricted zones
 * @param nameEn its English (or transliterated) name, or {@code null}
 * @param nameAr its Arabic name, or {@code null}
 * @param geometry its geometry, lon/lat, SRID 4326 (zones: MultiPolygon)
 * @param sample whether it is sample data (invented, or a position known only approximately),
 *        never a basis for a real decision
 * @param source where it comes from
 */
public record ReferenceFeature(long id, FeatureKind kind, String nameEn, String nameAr, Geometry geometry,
                               boolean sample, String source) {
}
