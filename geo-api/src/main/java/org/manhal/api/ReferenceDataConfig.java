package org.manhal.api;

import org.manhal.admin.AdminAreas;
import org.manhal.data.load.ReferenceDataLoader;
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
                                            ManhalProperties properties, AdminAreas areas) {
        ReferenceDataLoader loader = new ReferenceDataLoader(jdbc, new TransactionTemplate(txManager));
        loader.load(properties.sampleWells());
        areas.reload();
        return loader;
    }
}
