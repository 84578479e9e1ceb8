package org.manhal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.manhal.well.RegistryNumber;
import org.springframework.beans.factory.annotation.Autowired;
import org.manhal.support.ManhalApiTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The registry-number form is made in SQL ({@code format_registry_number}, called by
 * {@code next_registry_number} and the bulk import) and read in Java ({@link RegistryNumber}, whose
 * pattern the import also matches given numbers with): what the one makes, the other reads back.
 */
@ManhalApiTest
class RegistryNumberIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theNextRegistryNumberParsesBackToItsGovernorateYearAndCounter() {
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();   // leaves registry_counter as it was
            String first = jdbc.sql("select next_registry_number('OM-DA', 1999)").query(String.class).single();
            String second = jdbc.sql("select next_registry_number('OM-DA', 1999)").query(String.class).single();
            long counter = jdbc.sql("select last_value from registry_counter where governorate_code = 'OM-DA' and year = 1999")
                    .query(Long.class).single();

            assertThat(RegistryNumber.parse(second)).contains(new RegistryNumber("OM-DA", 1999, counter));
            assertThat(RegistryNumber.parse(first)).contains(new RegistryNumber("OM-DA", 1999, counter - 1));
        });
    }

    @ParameterizedTest
    @CsvSource({"OM-MA, 2025, 1, W-MA-2025-000001", "OM-BJ, 2026, 123456, W-BJ-2026-123456",
            "OM-ZU, 2026, 1234567, W-ZU-2026-1234567", "OM-MU, 2030, 999999999, W-MU-2030-999999999"})
    void whatSqlMakesJavaAndTheImportsPatternRead(String governorate, int year, long serial, String expected) {
        String made = jdbc.sql("select format_registry_number(?, ?, ?)").params(governorate, year, serial)
                .query(String.class).single();
        boolean sqlMatches = jdbc.sql("select ? ~ ?").params(made, RegistryNumber.REGEX).query(Boolean.class).single();

        assertThat(made).isEqualTo(expected);
        assertThat(RegistryNumber.parse(made)).isEqualTo(Optional.of(new RegistryNumber(governorate, year, serial)));
        assertThat(sqlMatches).isTrue();
    }

    @Test
    void otherFormsAreNotTheRegistrysOwn() {
        assertThat(RegistryNumber.parse("LEGACY-42")).isEmpty();
        assertThat(RegistryNumber.parse("W-MA-25-000001")).isEmpty();
        assertThat(jdbc.sql("select 'W-MA-25-000001' ~ ?").param(RegistryNumber.REGEX).query(Boolean.class).single()).isFalse();
    }
}
