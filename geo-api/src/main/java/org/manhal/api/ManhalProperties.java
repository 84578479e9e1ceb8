package org.manhal.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the service, under {@code manhal.*}.
 *
 * @param sampleData load the sample data (the synthetic wells and the invented protection layers)
 *                   into the database at start: {@code true}, {@code false}, or blank for the
 *                   default, which is not to ({@code manhal.sample-data}; env
 *                   {@code MANHAL_SAMPLE_DATA}, which {@code bin/manhal} sets to {@code true} for
 *                   its private cluster only; see {@link SampleData})
 */
@ConfigurationProperties("manhal")
public record ManhalProperties(String sampleData) {
}
