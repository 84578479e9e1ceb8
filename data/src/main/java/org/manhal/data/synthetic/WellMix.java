package org.manhal.data.synthetic;

/**
 * The share of synthetic wells drawn from each kind of source. Shares need not sum to 1; they are
 * normalised. All sources are real places and landforms of Oman (about 60 towns and oases, the
 * Batinah strip, six wadis, the Salalah plain), so the result is dense where Oman's wells really are.
 *
 * @param settlements around towns and oases (Gaussian clusters with a per-place spread)
 * @param batinahCoast in the farm strip a few km inland of the Batinah coast, As Seeb to Shinas
 * @param wadis along the main inhabited wadis (Samail, Al Jizzi, Bani Kharus, Al Hawasinah,
 *     Andam, Al Batha)
 * @param salalahPlain on the Salalah plain between the coast and the Dhofar mountains
 * @param interiorScatter uniformly over the whole country (remote livestock, monitoring and
 *     oil-field wells); zero for a sample with no wells in empty desert
 */
public record WellMix(double settlements, double batinahCoast, double wadis, double salalahPlain,
        double interiorScatter) {

    /** The default mix: mostly settlements and the Batinah coast, 3% interior scatter. */
    public static final WellMix REALISTIC = new WellMix(0.55, 0.25, 0.10, 0.07, 0.03);

    /** Inhabited places only, no interior scatter: for hand-checked sample data. */
    public static final WellMix INHABITED = new WellMix(0.57, 0.25, 0.10, 0.08, 0.0);

    public WellMix {
        double[] shares = {settlements, batinahCoast, wadis, salalahPlain, interiorScatter};
        for (double share : shares) {
            if (!(share >= 0 && Double.isFinite(share))) {
                throw new IllegalArgumentException("Shares must be finite and non-negative: " + this);
            }
        }
        if (settlements + batinahCoast + wadis + salalahPlain + interiorScatter <= 0) {
            throw new IllegalArgumentException("At least one share must be positive");
        }
    }
}
