package org.manhal.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.manhal.well.WellMeasure;

/** The import types and range-checks a staged column as a number when it is a {@link WellMeasure}'s. */
class ImportFieldMeasuresUnitTests {

    @ParameterizedTest
    @EnumSource(WellMeasure.class)
    void everyMeasureHasTheImportFieldOfItsNameAndColumn(WellMeasure measure) {
        assertThat(Arrays.stream(ImportField.values()).filter(f -> f.column().equals(measure.column())))
                .singleElement().satisfies(f -> assertThat(f.apiName()).isEqualTo(measure.field()));
    }
}
