package org.manhal.imports.internal;

import org.manhal.imports.RowError;

/**
 * Where a file reader puts what it reads: rows as text cells, or rows it could not read at all.
 */
public interface RowSink {

    /**
     * One row; {@code cells} is indexed by {@link ImportField#ordinal()}, each cell trimmed, null
     * when empty or absent. The array may be reused after the call returns.
     */
    void row(long line, String[] cells);

    /** A row that could not be read (wrong number of fields, a geometry that is no point, ...). */
    void reject(RowError error);
}
