package org.manhal.data.admin;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;

/**
 * One of Oman's 11 governorates (muhafazat), with its Who's On First boundary.
 *
 * @param iso the ISO 3166-2 code, for example {@code OM-MA}; note that {@code OM-SJ} is South and
 *     {@code OM-SS} is North Ash Sharqiyah, and {@code OM-BJ} South and {@code OM-BS} North Al Batinah
 * @param nameEn the English name, for example {@code North Al Batinah}
 * @param nameAr the Arabic name without the {@code محافظة} prefix, for example {@code شمال الباطنة}
 * @param wofId the Who's On First id of the source record
 * @param geometry the boundary, a {@code Polygon} or {@code MultiPolygon} in EPSG:4326 (x = lon,
 *     y = lat, degrees) with SRID 4326; shared, so callers must not mutate it
 */
public record Governorate(String iso, String nameEn, String nameAr, long wofId, Geometry geometry) {

    public Governorate {
        Objects.requireNonNull(iso, "iso");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameAr, "nameAr");
        Objects.requireNonNull(geometry, "geometry");
    }
}
