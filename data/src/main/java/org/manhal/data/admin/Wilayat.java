package org.manhal.data.admin;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * One of the 61 wilayat polygons of the Who's On First data (the 2024 set; the later wilayats
 * Al Jabal Al Akhdar and Sinaw are still inside Nizwa and Al Mudhaibi there).
 *
 * @param wofId the Who's On First id of the source record, the join key with the GeoJSON
 * @param code the stable project code {@code <governorate ISO>-<3 letters>}, for example
 *     {@code OM-MA-SEB}; unique
 * @param governorateIso the ISO 3166-2 code of the parent governorate, for example {@code OM-MA}
 * @param nameEn the canonical English name (research/domain.md §4.1 spelling), for example
 *     {@code As Seeb}
 * @param nameAr the Arabic name without the {@code ولاية} prefix, for example {@code السيب}
 * @param geometry the boundary, a {@code Polygon} or {@code MultiPolygon} in EPSG:4326 (x = lon,
 *     y = lat, degrees) with SRID 4326; shared, so callers must not mutate it
 */
public record Wilayat(long wofId, String code, String governorateIso, String nameEn, String nameAr,
        Geometry geometry) {

    public Wilayat {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(governorateIso, "governorateIso");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameAr, "nameAr");
        Objects.requireNonNull(geometry, "geometry");
    }
}
