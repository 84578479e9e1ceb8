package org.manhal.data.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsUnitTests {

    @ParameterizedTest(name = "{0} with {1} decimals prints {2}")
    @CsvSource({
        "58.5,          6, 58.500000",
        "0.000001,      6, 0.000001",
        "23.6123456,    6, 23.612346",
        "1999.95,       1, 2000.0",
        "5,             1, 5.0",
        "1250.4,        0, 1250",
        "-0.26,         1, -0.3",
        "1e-7,          6, 0.000000",
    })
    void printsAFixedNumberOfDecimals(double value, int decimals, String expected) {
        assertThat(Decimals.append(new StringBuilder(), value, decimals)).hasToString(expected);
    }

    @ParameterizedTest(name = "{0} rounds to {2}")
    @CsvSource({
        "56.1234564, 6, 56.123456",
        "56.1234566, 6, 56.123457",
        "30.04,      1, 30.0",
    })
    void roundsToTheNearestDecimal(double value, int decimals, double expected) {
        assertThat(Decimals.round(value, decimals)).isEqualTo(expected);
    }
}
