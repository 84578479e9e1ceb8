package org.manhal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Whether the service loads the sample data at start: not unless asked (a deployment on its own
 * database), and an explicit setting always wins (bin/manhal sets {@code MANHAL_SAMPLE_DATA=true}
 * for its private cluster only).
 */
class SampleDataUnitTests {

    @Test
    void notSetMeansNoSampleData() {
        for (String unset : new String[] {null, "", "  "}) {
            SampleData.Decision d = SampleData.decide(unset);
            assertThat(d.load()).isFalse();
            assertThat(d.reason()).contains("MANHAL_SAMPLE_DATA is not set");
        }
    }

    @Test
    void anExplicitSettingWins() {
        assertThat(SampleData.decide("true").load()).isTrue();
        assertThat(SampleData.decide(" TRUE ").load()).isTrue();
        assertThat(SampleData.decide("true").reason()).contains("MANHAL_SAMPLE_DATA=true");
        assertThat(SampleData.decide("false").load()).isFalse();
        assertThat(SampleData.decide("false").reason()).contains("MANHAL_SAMPLE_DATA=false");
    }

    @Test
    void anythingElseStopsTheStart() {
        assertThatThrownBy(() -> SampleData.decide("yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be true or false");
    }
}
