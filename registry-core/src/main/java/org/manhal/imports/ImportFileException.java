package org.manhal.imports;

import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;

/**
 * An upload that cannot be imported at all (empty, unknown format, unreadable, no coordinate
 * columns, a zip without a Shapefile, ...), as opposed to one with rejected rows. Nothing has been
 * written when it is thrown.
 */
public class ImportFileException extends InvalidInputException {

    public ImportFileException(String code, String ar, String en) {
        super(Violation.of("file", code, ar, en));
    }

    public String code() {
        return violations().get(0).code();
    }
}
