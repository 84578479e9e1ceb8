package org.manhal.api.spacing;

import org.manhal.spacing.SpacingRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Seeds the default Oman spacing rules ({@code OmanDefaultRules}, the single source of the default
 * set) on start, after Flyway has migrated: rules already in the table are left as they are.
 */
@Configuration(proxyBeanMethods = false)
class SpacingStartup {

    private static final Logger log = LoggerFactory.getLogger(SpacingStartup.class);

    /** The rules seeded at start, a marker bean so that seeding happens before the service answers. */
    record SeededRules(int inserted) {
    }

    @Bean
    @DependsOnDatabaseInitialization
    SeededRules seededSpacingRules(SpacingRules rules) {
        int inserted = rules.seedDefaults();
        if (inserted > 0) {
            log.info("seeded {} default spacing rules", inserted);
        }
        return new SeededRules(inserted);
    }
}
