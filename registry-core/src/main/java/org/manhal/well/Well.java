package org.manhal.well;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ColumnTransformer;
import org.locationtech.jts.geom.Point;
import org.manhal.well.internal.LicencesConverter;

/**
 * A well in the national registry. Its location is a JTS Point in EPSG:4326 (lon/lat), mapped by
 * Hibernate Spatial to {@code geometry(Point, 4326)}. The registry number, wilayat and governorate
 * are assigned by the registry, never typed. A deleted well is kept (soft delete) with its reason.
 */
@Entity
@Table(name = "well")
public class Well {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registry_number", nullable = false, updatable = false)
    private String registryNumber;

    @Column(name = "geom", nullable = false)
    private Point location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WellType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WellUse use;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WellStatus status;

    @Column(name = "depth_m")
    private Double depthM;

    @Column(name = "diameter_mm")
    private Double diameterMm;

    @Column(name = "yield_m3_per_day")
    private Double yieldM3PerDay;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "owner_civil_id")
    private String ownerCivilId;

    @Column(name = "static_water_level_m")
    private Double staticWaterLevelM;

    @Column(name = "static_water_level_on")
    private LocalDate staticWaterLevelOn;

    @Column(name = "ec_us_per_cm")
    private Double ecUsPerCm;

    @Enumerated(EnumType.STRING)
    @Column(name = "pump_type")
    private PumpType pumpType;

    @Enumerated(EnumType.STRING)
    @Column(name = "power_source")
    private PowerSource powerSource;

    @Column(name = "plot_number")
    private String plotNumber;

    @Column(name = "drilling_contractor")
    private String drillingContractor;

    @Column(name = "drilled_on")
    private LocalDate drilledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_accuracy")
    private LocationAccuracy locationAccuracy;

    @Enumerated(EnumType.STRING)
    @Column(name = "location_source")
    private LocationSource locationSource;

    @Column(name = "original_crs")
    private String originalCrs;

    @Column(name = "original_coordinates")
    private String originalCoordinates;

    @Convert(converter = LicencesConverter.class)
    @ColumnTransformer(write = "cast(? as jsonb)")
    @Column(name = "licences", nullable = false)
    private List<Licence> licences = List.of();

    @Column(name = "wilayat_id")
    private Long wilayatId;

    @Column(name = "governorate_id")
    private Long governorateId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @Column(name = "deleted_at")
    private Instant deletedAt;

    @Column(name = "deletion_reason")
    private String deletionReason;

    /** Set only for the sample-data loader ({@link WellRegistry#registerSample}); never changed after. */
    @Column(name = "is_sample", nullable = false, updatable = false)
    private boolean sample;

    protected Well() {
        // for JPA
    }

    Well(String registryNumber, WellDetails details, long wilayatId, long governorateId, Instant now) {
        this.registryNumber = registryNumber;
        this.createdAt = now;
        apply(details, wilayatId, governorateId, now);
    }

    /** Takes the stated details and the wilayat and governorate the registry found for the location. */
    void apply(WellDetails details, long wilayatId, long governorateId, Instant now) {
        this.location = details.location();
        this.type = details.type();
        this.use = details.use();
        this.status = details.status();
        this.depthM = details.depthM();
        this.diameterMm = details.diameterMm();
        this.yieldM3PerDay = details.yieldM3PerDay();
        this.ownerName = details.owner() == null ? null : details.owner().name();
        this.ownerCivilId = details.owner() == null ? null : details.owner().civilId();
        this.staticWaterLevelM = details.staticWaterLevelM();
        this.staticWaterLevelOn = details.staticWaterLevelOn();
        this.ecUsPerCm = details.ecUsPerCm();
        this.pumpType = details.pumpType();
        this.powerSource = details.powerSource();
        this.plotNumber = details.plotNumber();
        this.drillingContractor = details.drillingContractor();
        this.drilledOn = details.drilledOn();
        this.locationAccuracy = details.locationAccuracy();
        this.locationSource = details.locationSource();
        this.originalCrs = details.originalLocation() == null ? null : details.originalLocation().crs();
        this.originalCoordinates = details.originalLocation() == null ? null : details.originalLocation().coordinates();
        this.licences = details.licences();
        this.wilayatId = wilayatId;
        this.governorateId = governorateId;
        this.updatedAt = now;
    }

    void markDeleted(String reason, Instant now) {
        this.deletedAt = now;
        this.deletionReason = reason;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String registryNumber() {
        return registryNumber;
    }

    /** The well head, lon/lat, SRID 4326. */
    public Point location() {
        return location;
    }

    public WellType type() {
        return type;
    }

    public WellUse use() {
        return use;
    }

    public WellStatus status() {
        return status;
    }

    /** Metres below ground, or null. */
    public Double depthM() {
        return depthM;
    }

    /** Millimetres, or null. */
    public Double diameterMm() {
        return diameterMm;
    }

    /** Cubic metres per day, or null. */
    public Double yieldM3PerDay() {
        return yieldM3PerDay;
    }

    /** Personal data; null when not recorded. */
    public Owner owner() {
        return ownerName == null && ownerCivilId == null ? null : new Owner(ownerName, ownerCivilId);
    }

    public Long wilayatId() {
        return wilayatId;
    }

    public Long governorateId() {
        return governorateId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Incremented on every change; the API's ETag. */
    public long version() {
        return version;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant deletedAt() {
        return deletedAt;
    }

    public String deletionReason() {
        return deletionReason;
    }

    /** Flags a new well as sample data, before it is first saved. */
    void markSample() {
        this.sample = true;
    }

    /**
     * Whether the well is sample data (the synthetic demo wells, loaded only when asked): not a
     * real well, never a basis for a decision.
     */
    public boolean isSample() {
        return sample;
    }

    /** The stated details, as they would be sent to correct the well. */
    public WellDetails details() {
        OriginalLocation original = originalCrs == null ? null : new OriginalLocation(originalCrs, originalCoordinates);
        return new WellDetails(location, original, locationAccuracy, locationSource, type, use, status, depthM,
                diameterMm, yieldM3PerDay, staticWaterLevelM, staticWaterLevelOn, ecUsPerCm, pumpType, powerSource,
                owner(), plotNumber, drillingContractor, drilledOn, licences);
    }
}
