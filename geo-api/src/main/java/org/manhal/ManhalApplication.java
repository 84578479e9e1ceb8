package org.manhal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Manhal service. It lives in the root package so that the whole domain ({@code org.manhal.*}
 * of registry-core, data and geo-api) is scanned: components, JPA entities and repositories.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ManhalApplication {

    public static void main(String[] args) {
        SpringApplication.run(ManhalApplication.class, args);
    }
}
