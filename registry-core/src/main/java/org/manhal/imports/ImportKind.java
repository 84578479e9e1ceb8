package org.manhal.imports;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an import registers, as its job records it ({@code job.kind}). Wells are points and are
 * read from every {@link ImportFormat}; plots and zones are polygons, which a CSV file does not
 * carry, so they are read from GeoJSON, GeoPackage and zipped Shapefile only.
 */
public enum ImportKind {
    /** Wells, through {@code org.manhal.well.WellBulkRegistration}. */
    WELL_IMPORT(EnumSet.allOf(ImportFormat.class)),
    /** Cadastral plots, through {@code org.manhal.plot.PlotBulkRegistration}. */
    PLOT_IMPORT(EnumSet.of(ImportFormat.GEOJSON, ImportFormat.GPKG, ImportFormat.SHAPEFILE_ZIP)),
    /** Zoning polygons, through {@code org.manhal.zoning.ZoneBulkRegistration}. */
    ZONE_IMPORT(EnumSet.of(ImportFormat.GEOJSON, ImportFormat.GPKG, ImportFormat.SHAPEFILE_ZIP));

    private final Set<ImportFormat> formats;

    ImportKind(Set<ImportFormat> formats) {
        this.formats = formats;
    }

    /** The formats this kind of import reads. */
    public Set<ImportFormat> formats() {
        return formats;
    }
}
