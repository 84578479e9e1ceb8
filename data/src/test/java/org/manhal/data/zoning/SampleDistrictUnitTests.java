package org.manhal.data.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.manhal.data.zoning.SampleDistrict.SamplePlot;
import org.manhal.data.zoning.SampleDistrict.SampleZone;

/** The sample district: deterministic, valid, no overlaps, and every shape the zoning tests need. */
class SampleDistrictUnitTests {

    private final SampleDistrict district = SampleDistrict.generate();

    @Test
    void isTheSameOnEveryRun() {
        SampleDistrict again = SampleDistrict.generate();
        assertThat(again.plots().size()).isEqualTo(district.plots().size());
        for (int i = 0; i < district.plots().size(); i++) {
            assertThat(again.plots().get(i).polygon().equalsExact(district.plots().get(i).polygon())).isTrue();
            assertThat(again.plots().get(i).number()).isEqualTo(district.plots().get(i).number());
        }
    }

    @Test
    void aFewHundredValidPlotsThatDoNotOverlap() {
        List<SamplePlot> plots = district.plots();
        assertThat(plots).hasSizeBetween(300, 400);
        assertThat(plots.stream().map(SamplePlot::number).collect(Collectors.toSet())).hasSize(plots.size());
        plots.forEach(p -> assertThat(p.polygon().isValid()).as(p.number()).isTrue());
        for (int i = 0; i < plots.size(); i++) {
            for (int j = i + 1; j < plots.size(); j++) {
                Geometry a = plots.get(i).polygon();
                Geometry b = plots.get(j).polygon();
                if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    // in degrees²: 1e-12 is about 0.01 m²
                    assertThat(a.intersection(b).getArea()).as(plots.get(i).number() + " / " + plots.get(j).number())
                            .isLessThan(1e-12);
                }
            }
        }
    }

    @Test
    void hasEveryShapeTheChecksAreTestedOn() {
        List<SamplePlot> plots = district.plots();
        assertThat(plots).filteredOn(p -> p.polygon().getNumInteriorRing() == 1).hasSize(1);
        assertThat(plots).filteredOn(p -> p.number().endsWith("F")).as("a flag plot").hasSize(1);
        assertThat(plots).filteredOn(p -> p.polygon().getExteriorRing().getNumPoints() == 7)
                .as("concave six-sided plots: the L and the flag").hasSize(2);
        assertThat(plots).filteredOn(p -> p.frontage() != null && p.frontage().getNumGeometries() == 2)
                .as("corner plots, two streets").hasSizeGreaterThan(50);
        assertThat(plots).filteredOn(p -> p.frontage() == null).as("the substation inside the hole").hasSize(1);
    }

    @Test
    void zonesCoverTheDistrictWithoutOverlapAndCutExactlyOnePlot() {
        List<SampleZone> zones = district.zones();
        assertThat(zones.stream().map(SampleZone::code)).containsExactlyInAnyOrder("R1", "R2", "C1", "G1");
        for (int i = 0; i < zones.size(); i++) {
            assertThat(zones.get(i).polygon().isValid()).isTrue();
            for (int j = i + 1; j < zones.size(); j++) {
                assertThat(zones.get(i).polygon().intersection(zones.get(j).polygon()).getArea()).isLessThan(1e-12);
            }
        }
        Geometry all = UnaryUnionOp.union(zones.stream().map(SampleZone::polygon).toList());
        List<String> split = district.plots().stream()
                .filter(p -> all.covers(p.polygon()) || all.intersection(p.polygon()).getArea() > 0)
                .filter(p -> zones.stream().filter(z -> z.polygon().intersection(p.polygon()).getArea() > 1e-12).count() > 1)
                .map(SamplePlot::number).toList();
        assertThat(split).containsExactly(SampleDistrict.SPLIT_PLOT);
    }
}
