package org.manhal.plot;

import java.util.Objects;

/**
 * What names a plot: its number, unique within its wilayat (plot numbers repeat across wilayats).
 *
 * @param wilayat the wilayat's code, e.g. {@code OM-MA-SEB}
 * @param plotNumber the cadastral plot number as the land registry writes it, e.g. {@code 215/3}
 */
public record PlotKey(String wilayat, String plotNumber) {

    public PlotKey {
        Objects.requireNonNull(wilayat, "wilayat");
        Objects.requireNonNull(plotNumber, "plotNumber");
    }

    @Override
    public String toString() {
        return wilayat + "/" + plotNumber;
    }
}
