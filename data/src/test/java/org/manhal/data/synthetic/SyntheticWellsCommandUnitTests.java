package org.manhal.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticWellsCommandUnitTests {

    @Test
    void defaultsToAThousandCsvWellsOnStandardOutput() {
        assertThat(SyntheticWellsCommand.Options.parse())
                .isEqualTo(new SyntheticWellsCommand.Options(1000, 1, "csv", "-"));
    }

    @Test
    void readsEveryOption() {
        assertThat(SyntheticWellsCommand.Options.parse("--count", "5", "--seed", "9", "--format", "COPY", "--out", "x"))
                .isEqualTo(new SyntheticWellsCommand.Options(5, 9, "copy", "x"));
    }

    @Test
    void rejectsAnUnknownFormat() {
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticWellsCommand.Options.parse("--format", "json"));
    }

    @Test
    void rejectsAnOptionWithoutValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> SyntheticWellsCommand.Options.parse("--count"));
    }

    @Test
    void writesTheRequestedNumberOfRowsToAFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("wells.tsv");
        SyntheticWellsCommand.run(new SyntheticWellsCommand.Options(25, 3, "copy", out.toString()));
        assertThat(Files.readAllLines(out)).hasSize(25);
    }
}
