package org.manhal.exports;

import java.time.LocalDate;

/**
 * One well as exported: the public record, with the personal fields null unless asked for. Field
 * names are those of the wells API; lon/lat are EPSG:4326 degrees.
 */
public record ExportedWell(long id, String registryNumber, double lon, double lat, String type, String use,
                           String status, Double depthM, Double diameterMm, Double yieldM3PerDay,
                           Double staticWaterLevelM, LocalDate staticWaterLevelOn, Double ecUsPerCm, String pumpType,
                           String powerSource, String drillingContractor, LocalDate drilledOn, String locationAccuracy,
                           String locationSource, String wilayat, String governorate, String ownerName,
                           String ownerCivilId, String plotNumber) {
}
