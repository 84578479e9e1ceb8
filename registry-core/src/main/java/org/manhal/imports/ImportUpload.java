package org.manhal.imports;

import java.nio.file.Path;

import org.manhal.common.Actor;

/**
 * A file handed over for import. The service owns the file from then on and deletes it when the
 * import is over.
 *
 * @param file the uploaded bytes, on disk
 * @param fileName the name the client gave it (for the format and the report), or null
 * @param format the format the client named, or null to detect it
 * @param mode all-or-nothing or valid-rows-only
 * @param crs the CRS of rows that name none (e.g. {@code EPSG:32640}), or null for WGS 84 lon/lat
 * @param actor who imports
 * @param kind wells, plots or zones
 * @param existing for plots and zones, what a row already registered does (wells: always rejected)
 */
public record ImportUpload(Path file, String fileName, ImportFormat format, ImportMode mode, String crs, Actor actor,
                           ImportKind kind, ExistingRows existing) {

    /** A well import. */
    public ImportUpload(Path file, String fileName, ImportFormat format, ImportMode mode, String crs, Actor actor) {
        this(file, fileName, format, mode, crs, actor, ImportKind.WELL_IMPORT, ExistingRows.REJECT);
    }
}
