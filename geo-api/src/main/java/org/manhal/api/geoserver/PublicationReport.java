package org.manhal.api.geoserver;

import java.util.List;

/**
 * What a publication did to each GeoServer resource, in order. A second run over an unchanged
 * catalogue reports every step {@link Action#UNCHANGED}.
 *
 * @param workspace the workspace published into
 * @param steps     each resource's REST path and what was done to it
 */
public record PublicationReport(String workspace, List<Step> steps) {

    public PublicationReport {
        steps = List.copyOf(steps);
    }

    /** Whether anything on GeoServer changed. */
    public boolean changed() {
        return steps.stream().anyMatch(s -> s.action() != Action.UNCHANGED);
    }

    /** What was done to one resource. */
    public enum Action {
        CREATED, UPDATED, UNCHANGED
    }

    /**
     * One resource.
     *
     * @param kind     workspace, datastore, style, featureType or layer
     * @param resource its REST path under {@code /rest}
     * @param action   what was done
     */
    public record Step(String kind, String resource, Action action) {
    }
}
