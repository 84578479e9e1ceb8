package org.manhal.well;

import java.time.LocalDate;
import java.util.List;

import org.locationtech.jts.geom.Point;

/**
 * What a person states about a well when registering or correcting it: the full record of
 * issue 3 (after GWML2 GW_Well and the peers' registries). The location is a Point in EPSG:4326
 * (lon/lat, WGS 84); what the registry derives (registry number, wilayat, governorate) is not part
 * of it. Null means "not known".
 *
 * @param location the well head, lon/lat, SRID 4326
 * @param originalLocation the location as it was given (CRS and coordinates), or null when given as GeoJSON
 * @param locationAccuracy how close the location is to the true well head
 * @param locationSource how the location was obtained
 * @param type hand-dug or borehole
 * @param use what the water is used for
 * @param status the well's state
 * @param depthM depth below ground, metres
 * @param diameterMm bore or shaft diameter, millimetres
 * @param yieldM3PerDay tested or licensed yield, m³/day
 * @param staticWaterLevelM static water level, metres below ground level
 * @param staticWaterLevelOn the date the static water level was measured
 * @param ecUsPerCm electrical conductivity of the water, µS/cm at 25 °C
 * @param pumpType the pump installed
 * @param powerSource what drives the pump
 * @param owner the owner (personal data)
 * @param plotNumber the cadastral plot the well stands on
 * @param drillingContractor the registered contractor who drilled it
 * @param drilledOn completion date of drilling (or digging)
 * @param licences the licences issued for it (never null; may be empty)
 */
public record WellDetails(Point location, OriginalLocation originalLocation, LocationAccuracy locationAccuracy,
                          LocationSource locationSource, WellType type, WellUse use, WellStatus status,
                          Double depthM, Double diameterMm, Double yieldM3PerDay,
                          Double staticWaterLevelM, LocalDate staticWaterLevelOn, Double ecUsPerCm,
                          PumpType pumpType, PowerSource powerSource, Owner owner, String plotNumber,
                          String drillingContractor, LocalDate drilledOn, List<Licence> licences) {

    public WellDetails {
        licences = licences == null ? List.of() : List.copyOf(licences);
    }

    /** The details registration needs at the least, the rest unknown. */
    public static WellDetails basic(Point location, WellType type, WellUse use, WellStatus status,
                                    Double depthM, Double diameterMm, Double yieldM3PerDay, Owner owner) {
        return new WellDetails(location, null, null, null, type, use, status, depthM, diameterMm, yieldM3PerDay,
                null, null, null, null, null, owner, null, null, null, List.of());
    }
}
