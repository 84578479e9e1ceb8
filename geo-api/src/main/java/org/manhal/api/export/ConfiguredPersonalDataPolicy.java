package org.manhal.api.export;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until callers have roles: personal data for everyone who asks, or for no one, as
 * {@code manhal.export.personal-data-allowed} says (default: no one).
 */
@Configuration(proxyBeanMethods = false)
class ConfiguredPersonalDataPolicy {

    @Bean
    @ConditionalOnMissingBean(PersonalDataPolicy.class)
    PersonalDataPolicy personalDataPolicy(ExportProperties properties) {
        return properties::personalDataAllowed;
    }
}
