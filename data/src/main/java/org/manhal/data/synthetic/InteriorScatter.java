package org.manhal.data.synthetic;

import java.util.SplittableRandom;

import org.locationtech.jts.geom.Envelope;

/**
 * Uniform positions over the country's bounding box; the generator's rejection against the
 * outline leaves them uniform over the country. These stand for the few remote wells
 * (livestock, monitoring, oil-field supply) found far from any settlement.
 */
record InteriorScatter(Envelope bounds) implements WellSource {

    @Override
    public String name() {
        return "interior scatter";
    }

    @Override
    public Setting setting() {
        return Setting.REMOTE;
    }

    @Override
    public void propose(SplittableRandom random, double[] lonLat) {
        lonLat[0] = bounds.getMinX() + random.nextDouble() * bounds.getWidth();
        lonLat[1] = bounds.getMinY() + random.nextDouble() * bounds.getHeight();
    }
}
