package org.manhal.exports;

import org.locationtech.jts.geom.Geometry;
import org.manhal.well.BoundingBox;
import org.manhal.well.WellStatus;
import org.manhal.well.WellUse;

/**
 * Which wells to export, and whether with personal data. Null criteria do not filter; deleted
 * wells are never exported.
 *
 * @param use only wells of this use
 * @param status only wells in this status
 * @param bbox only wells in this lon/lat box (EPSG:4326)
 * @param governorateId only wells the registry assigned to this governorate
 * @param wilayatId only wells the registry assigned to this wilayat
 * @param within only wells inside or on the boundary of this (valid) polygon, EPSG:4326
 * @param personalData whether the owner and plot number are included: the caller must have
 *                     checked that the viewer may see them
 */
public record WellExportQuery(WellUse use, WellStatus status, BoundingBox bbox, Long governorateId, Long wilayatId,
                              Geometry within, boolean personalData) {
}
