package org.manhal.api;

import org.manhal.admin.AdminAreas;
import org.manhal.data.load.ReferenceDataLoader;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.manhal.well.WellRegistry;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference data on start, after Flyway has migrated and before the service answers,
 * so that the first request already finds Oman's boundaries.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfig {

    @Bean
    @DependsOnDatabaseInitialization
    ReferenceDataLoader referenceDataLoader(JdbcClient jdbc, PlatformTransactionManager txManager,
                                            AdminAreas areas) {
        ReferenceDataLoader loader = new ReferenceDataLoader(jdbc, new TransactionTemplate(txManager));
        loader.loadBoundaries();
        areas.reload();
        return loader;
    }

    /**
     * The sample wells go through the registry's door once the context is up: the spacing
     * findings of a registration are recorded by a listener that is only registered after every
     * bean has been created, and would miss wells registered while the context is being built.
     */
    @Bean
    ApplicationListener<ContextRefreshedEvent> sampleDataLoader(ReferenceDataLoader loader, ManhalProperties properties,
                                                               WellRegistry registry) {
        return event -> {
            if (properties.sampleWells()) {
                loader.loadSamples(registry);
            }
        };
    }
}
