package org.manhal.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinateTextUnitTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "554352.66 2536234.10|554352.66|2536234.10",
            "554352.66, 2536234.10|554352.66|2536234.10",
            "57.5301 22.9333|57.5301|22.9333",
            "22°56'00\"N 57°31'48.36\"E|57.5301|22.9333333",
            "57°31'48.36\"E 22°56'00\"N|57.5301|22.9333333",
            "N 22 56 0 E 57 31 48.36|57.5301|22.9333333",
            "22 56 0 N, 57 31 48.36 E|57.5301|22.9333333",
            "57°31.806'E 22°55.998'N|57.5301|22.93330",
            "26°11'N 56°14'E|56.2333333|26.1833333"})
    void readsTheWaysStaffWriteCoordinates(String text, double x, double y) {
        double[] xy = CoordinateText.parse(text).orElseThrow();

        assertThat(xy[0]).isCloseTo(x, within(1e-6));
        assertThat(xy[1]).isCloseTo(y, within(1e-6));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "abc", "57.5", "57.5 22.9 10", "22°56'N 23°10'N", "22°75'N 57°10'E", "57°31'61\"E 22°56'N",
            "57.5°31'E 22°56'N"})
    void refusesWhatIsNotTwoCoordinates(String text) {
        assertThat(CoordinateText.parse(text)).isEmpty();
    }
}
