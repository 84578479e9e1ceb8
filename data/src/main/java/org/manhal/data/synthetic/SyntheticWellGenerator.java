package org.manhal.data.synthetic;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.manhal.data.admin.AdminBoundaries;

/**
 * Generates fictitious but realistically placed wells in Oman, for benchmarks and tests.
 * <p>
 * Guarantees:
 * <ul>
 * <li><b>Deterministic</b>: the same seed and mix give the same wells, value for value, on any JVM
 * (the draws use {@link SplittableRandom} and {@link StrictMath} only), so the writers produce the
 * same bytes. The sequence does not depend on the count: the first n wells of a longer run are the
 * wells of a run of n.</li>
 * <li><b>Inside Oman</b>: every position, after rounding to 6 decimals, is strictly inside the
 * country outline (rejection sampling against a prepared JTS geometry). Positions are lon/lat in
 * degrees, EPSG:4326.</li>
 * <li><b>Streaming</b>: wells are made one at a time as the iterator advances, so 10 million need
 * no more memory than ten.</li>
 * </ul>
 * Distribution (see {@link WellMix}): clusters around about 60 real towns and oases, the Batinah
 * farm strip, six wadis, the Salalah plain, and a thin uniform scatter over the interior. Wells
 * may coincide or lie closer together than any spacing rule allows; that is wanted for tests.
 * <p>
 * Instances are immutable and thread-safe; each iterator has its own random state.
 */
public final class SyntheticWellGenerator {

    /** Proposals per well before giving up: only a source placed wholly outside Oman gets near it. */
    static final int MAX_ATTEMPTS = 10_000;

    private final PreparedGeometry country;
    private final GeometryFactory factory;
    private final long seed;
    private final WellMix mix;
    private final WeightedChoice<WellSource> sources;

    /**
     * @param country the outline to keep wells inside, prepared, SRID 4326 (lon/lat degrees);
     *     normally {@link AdminBoundaries#preparedCountry()}
     * @param seed the random seed; equal seeds give equal wells
     * @param mix the share of wells from each kind of source
     */
    public SyntheticWellGenerator(PreparedGeometry country, long seed, WellMix mix) {
        if (country.getGeometry().getSRID() != AdminBoundaries.SRID) {
            throw new IllegalArgumentException("Country outline must have SRID 4326, not "
                    + country.getGeometry().getSRID());
        }
        this.country = country;
        this.factory = country.getGeometry().getFactory();
        this.seed = seed;
        this.mix = mix;
        this.sources = sources(country, mix);
    }

    /** A generator over the bundled Oman outline with the {@link WellMix#REALISTIC} mix. */
    public static SyntheticWellGenerator forOman(AdminBoundaries boundaries, long seed) {
        return new SyntheticWellGenerator(boundaries.preparedCountry(), seed, WellMix.REALISTIC);
    }

    public long seed() {
        return seed;
    }

    public WellMix mix() {
        return mix;
    }

    /** The first {@code count} wells of this seed's sequence, made lazily. */
    public Iterator<SyntheticWell> iterator(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        return new WellIterator(count);
    }

    /** The same wells as {@link #iterator(long)}, as a sequential, ordered, sized stream. */
    public Stream<SyntheticWell> stream(long count) {
        int characteristics = Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE;
        return StreamSupport.stream(Spliterators.spliterator(iterator(count), count, characteristics), false);
    }

    /** Draws one well from {@code source}, retrying until the rounded position is inside Oman. */
    SyntheticWell draw(SplittableRandom random, WellSource source) {
        double[] lonLat = new double[2];
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            source.propose(random, lonLat);
            double lon = Decimals.round(lonLat[0], 6);
            double lat = Decimals.round(lonLat[1], 6);
            if (country.contains(factory.createPoint(new Coordinate(lon, lat)))) {
                return WellAttributes.draw(random, source.setting(), lon, lat);
            }
        }
        throw new IllegalStateException("No position inside the country after " + MAX_ATTEMPTS
                + " attempts from " + source.name());
    }

    /** Every source with its share of the mix, spread over the items of its kind by their weights. */
    private static WeightedChoice<WellSource> sources(PreparedGeometry country, WellMix mix) {
        List<WellSource> items = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        double settlementTotal = Settlements.ALL.stream().mapToDouble(Settlement::weight).sum();
        Settlements.ALL.forEach(s -> add(items, weights, s, mix.settlements() * s.weight() / settlementTotal));
        add(items, weights, Corridors.BATINAH_COAST, mix.batinahCoast());
        double wadiTotal = Corridors.WADIS.stream().mapToDouble(Corridor::weight).sum();
        Corridors.WADIS.forEach(w -> add(items, weights, w, mix.wadis() * w.weight() / wadiTotal));
        add(items, weights, Corridors.SALALAH_PLAIN, mix.salalahPlain());
        add(items, weights, new InteriorScatter(country.getGeometry().getEnvelopeInternal()), mix.interiorScatter());
        return new WeightedChoice<>(items, weights.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void add(List<WellSource> items, List<Double> weights, WellSource source, double weight) {
        if (weight > 0) { // a zero share must cost nothing, not even a draw
            items.add(source);
            weights.add(weight);
        }
    }

    private final class WellIterator implements Iterator<SyntheticWell> {

        private final SplittableRandom random = new SplittableRandom(seed);
        private long remaining;

        WellIterator(long count) {
            this.remaining = count;
        }

        @Override
        public boolean hasNext() {
            return remaining > 0;
        }

        @Override
        public SyntheticWell next() {
            if (remaining <= 0) {
                throw new NoSuchElementException();
            }
            remaining--;
            return draw(random, sources.pick(random));
        }
    }
}
