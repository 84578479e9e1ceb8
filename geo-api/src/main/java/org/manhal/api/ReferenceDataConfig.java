package org.manhal.api;

import org.manhal.admin.AdminAreas;
import org.manhal.data.load.ReferenceDataLoader;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;
import org.manhal.well.WellRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference data on start, after Flyway has migrated and before the service answers,
 * so that the first request already finds Oman's boundaries; the sample data only when asked
 * ({@link SampleData}), saying in one log line whether it is there and why.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceDataConfig {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataConfig.class);

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
     * The sample data, when wanted ({@link SampleData#decide}), goes through the registry's door
     * once the context is up: the spacing findings of a registration are recorded by a listener
     * that is only registered after every bean has been created, and would miss wells registered
     * while the context is being built.
     */
    @Bean
    ApplicationListener<ContextRefreshedEvent> sampleDataLoader(ReferenceDataLoader loader, ManhalProperties properties,
                                                               WellRegistry registry, JdbcClient jdbc) {
        return event -> {
            SampleData.Decision sample = SampleData.decide(properties.sampleData());
            if (sample.load()) {
                loader.loadSamples(registry);
            }
            logSampleData(jdbc, sample);
        };
    }

    private static void logSampleData(JdbcClient jdbc, SampleData.Decision sample) {
        long wells = jdbc.sql("select count(*) from well where is_sample and deleted_at is null").query(Long.class).single();
        long layers = jdbc.sql("select (select count(*) from protected_feature where is_sample)"
                + " + (select count(*) from restricted_zone where is_sample)").query(Long.class).single();
        if (sample.load()) {
            log.info("sample data: loaded ({} sample wells, {} sample protection features and zones in the database): {};"
                    + " verdicts resting on them say so and grant no permit", wells, layers, sample.reason());
        } else if (wells + layers == 0) {
            log.info("sample data: not loaded: {}", sample.reason());
        } else {
            log.warn("sample data: not loaded at this start ({}), but the database holds {} sample wells and {} sample"
                    + " protection features and zones from an earlier start; verdicts resting on them say so and grant no"
                    + " permit", sample.reason(), wells, layers);
        }
    }
}
