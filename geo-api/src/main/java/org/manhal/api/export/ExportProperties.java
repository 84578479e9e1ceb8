package org.manhal.api.export;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of exports, under {@code manhal.export.*}.
 *
 * @param personalDataAllowed whether {@code includePersonal=true} is honoured at all, for every
 *                            caller, until roles arrive (default false; env
 *                            {@code MANHAL_EXPORT_PERSONAL_DATA_ALLOWED})
 */
@ConfigurationProperties("manhal.export")
public record ExportProperties(@DefaultValue("false") boolean personalDataAllowed) {
}
