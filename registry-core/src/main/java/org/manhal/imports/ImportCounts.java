package org.manhal.imports;

/**
 * What an import did, in numbers.
 *
 * @param rows rows read from the file (rejected or not)
 * @param imported wells registered
 * @param rejected rows with at least one error
 * @param errors errors found (a row may have several)
 * @param outcome what that amounts to
 */
public record ImportCounts(long rows, long imported, long rejected, long errors, ImportOutcome outcome) {
}
