package org.manhal.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service, under {@code manhal.*}.
 *
 * @param sampleWells load the synthetic sample wells into an empty registry at start
 *                    ({@code manhal.sample-wells}, default true; env {@code MANHAL_SAMPLE_WELLS})
 */
@ConfigurationProperties("manhal")
public record ManhalProperties(@DefaultValue("true") boolean sampleWells) {
}
