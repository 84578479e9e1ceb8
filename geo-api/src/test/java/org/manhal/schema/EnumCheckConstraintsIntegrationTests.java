package org.manhal.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.manhal.contractor.ContractorStatus;
import org.manhal.contractor.LicenceClass;
import org.manhal.permit.ApplicationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.manhal.admin.AdminLevel;
import org.manhal.application.ApplicationType;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.ImportKind;
import org.manhal.imports.ImportMode;
import org.manhal.imports.ImportOutcome;
import org.manhal.imports.JobStatus;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.SpacingOperator;
import org.manhal.rules.VerdictStatus;
import org.manhal.well.LocationAccuracy;
import org.manhal.well.LocationSource;
import org.manhal.well.PowerSource;
import org.manhal.well.PumpType;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.manhal.zoning.BuildingUse;
import org.springframework.beans.factory.annotation.Autowired;
import org.manhal.support.ManhalApiTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every column that holds a Java enum's name is backed by a CHECK constraint (V10 and earlier), and
 * each constraint allows exactly the enum's constants: read from {@code pg_constraint}, so that a
 * constant added in Java (or a value added in SQL) fails here until both agree. And the database
 * refuses a bad value written by plain SQL, as the bulk import or a loader might.
 */
@ManhalApiTest
class EnumCheckConstraintsIntegrationTests {

    /** A quoted literal in PostgreSQL's rendering of a constraint: {@code 'HAND_DUG'::text}. */
    private static final Pattern LITERAL = Pattern.compile("'((?:[^']|'')*)'::text");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    static Stream<Arguments> constrainedColumns() {
        return Stream.of(
                pair("well", "well_type_check", WellType.values()),
                pair("well", "well_use_check", WellUse.values()),
                pair("well", "well_status_check", WellStatus.values()),
                pair("well", "well_pump_type_check", PumpType.values()),
                pair("well", "well_power_source_check", PowerSource.values()),
                pair("well", "well_location_accuracy_check", LocationAccuracy.values()),
                pair("well", "well_location_source_check", LocationSource.values()),
                pair("spacing_rule", "spacing_rule_target_kind_check", FeatureKind.values()),
                pair("spacing_rule", "spacing_rule_operator_check", SpacingOperator.values()),
                pair("spacing_rule", "spacing_rule_outcome_check", RuleOutcome.values()),
                pair("spacing_rule", "spacing_rule_application_types_values_check", ApplicationType.values()),
                pair("spacing_rule", "spacing_rule_well_uses_check", WellUse.values()),
                pair("spacing_rule", "spacing_rule_exempt_uses_check", WellUse.values()),
                pair("well_finding", "well_finding_application_type_check", ApplicationType.values()),
                pair("well_finding", "well_finding_verdict_check", VerdictStatus.values()),
                pair("protected_feature", "protected_feature_kind_check", Arrays.stream(FeatureKind.values())
                        .filter(k -> !k.isZone() && k != FeatureKind.EXISTING_WELL).toArray(FeatureKind[]::new)),
                pair("restricted_zone", "restricted_zone_kind_check",
                        Arrays.stream(FeatureKind.values()).filter(FeatureKind::isZone).toArray(FeatureKind[]::new)),
                pair("job", "job_status_check", JobStatus.values()),
                pair("job", "job_mode_check", ImportMode.values()),
                pair("job", "job_format_check", ImportFormat.values()),
                pair("job", "job_outcome_check", ImportOutcome.values()),
                pair("job", "job_kind_check", ImportKind.values()),
                pair("admin_area", "admin_area_level_check", AdminLevel.values()),
                pair("admin_area_part", "admin_area_part_level_check", AdminLevel.values()),
                pair("zone_rule", "zone_rule_permitted_uses_check", BuildingUse.values()),
                pair("zone_rule", "zone_rule_conditional_uses_check", BuildingUse.values()),
                pair("zoning_protection_distance", "zoning_protection_distance_outcome_check", RuleOutcome.values()),
                pair("zoning_protection_distance", "zoning_protection_distance_target_kind_check", new FeatureKind[] {
                        FeatureKind.FALAJ_MOTHER_WELL, FeatureKind.FALAJ_CHANNEL, FeatureKind.PUBLIC_SUPPLY_WELL}),
                pair("application", "application_type_check", ApplicationType.values()),
                pair("application", "application_status_check", ApplicationStatus.values()),
                pair("application", "application_well_type_check", WellType.values()),
                pair("application", "application_well_use_check", WellUse.values()),
                pair("application", "application_building_use_check", BuildingUse.values()),
                pair("contractor", "contractor_licence_class_check", LicenceClass.values()),
                pair("contractor", "contractor_status_check", ContractorStatus.values()));
    }

    private static Arguments pair(String table, String constraint, Enum<?>[] values) {
        return Arguments.of(table, constraint, Arrays.stream(values).map(Enum::name).toList());
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("constrainedColumns")
    void theConstraintAllowsExactlyTheJavaEnumsConstants(String table, String constraint, List<String> javaValues) {
        List<String> definitions = jdbc.sql("""
                select pg_get_constraintdef(c.oid) from pg_constraint c
                 where c.conrelid = ?::regclass and c.conname = ? and c.contype = 'c'""")
                .params(table, constraint).query(String.class).list();

        assertThat(definitions).as("CHECK constraint %s on %s", constraint, table).hasSize(1);
        assertThat(literals(definitions.get(0))).containsExactlyInAnyOrderElementsOf(javaValues);
    }

    @Test
    void everyCheckedColumnOfTheSchemaIsComparedHere() {
        List<String> compared = constrainedColumns().map(a -> (String) a.get()[1]).toList();
        List<String> enumLike = jdbc.sql("""
                select c.conname from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                 where c.contype = 'c' and n.nspname = current_schema()
                   and pg_get_constraintdef(c.oid) ~ '(= ANY|<@) \\(?ARRAY\\[''[A-Z]'""")
                .query(String.class).list();

        // the history's and the rule audit's action are written by triggers only: SQL's own codes
        assertThat(enumLike).containsAll(compared);
        assertThat(enumLike.stream().filter(c -> !compared.contains(c)))
                .containsExactlyInAnyOrder("well_history_action_check", "spacing_rule_audit_action_check",
                        "zone_rule_audit_action_check", "zoning_protection_distance_audit_action_check",
                        // the timeline's action spans two enums (Transition, PermitStep) and SUBMIT; the
                        // decision is APPROVED / REJECTED of ApplicationStatus; password_from has no enum
                        "application_event_action_check", "application_decision_check", "local_account_password_from_check");
    }

    static Stream<Arguments> badWrites() {
        String well = "insert into well (registry_number, geom, type, use, status) values ('TEST-' || gen_random_uuid(),"
                + " ST_SetSRID(ST_MakePoint(56, 20), 4326), %s, %s, %s)";
        return Stream.of(
                Arguments.of("well_type_check", List.of(well.formatted("'DRILLED'", "'AGRICULTURAL'", "'ACTIVE'"))),
                Arguments.of("well_use_check", List.of(well.formatted("'BOREHOLE'", "'agricultural'", "'ACTIVE'"))),
                Arguments.of("well_status_check", List.of(well.formatted("'BOREHOLE'", "'AGRICULTURAL'", "'ACTIVE'"),
                        "update well set status = 'DRY' where registry_number like 'TEST-%' and created_at = now()")),
                Arguments.of("well_pump_type_check", List.of(well.formatted("'BOREHOLE'", "'AGRICULTURAL'", "'ACTIVE'"),
                        "update well set pump_type = 'WINDMILL' where registry_number like 'TEST-%' and created_at = now()")),
                Arguments.of("job_format_check", List.of("insert into job (id, kind, status, mode, format, created_by)"
                        + " values (gen_random_uuid(), 'WELL_IMPORT', 'QUEUED', 'ALL_OR_NOTHING', 'XLSX', 'test')")),
                Arguments.of("spacing_rule_well_uses_check", List.of(
                        "update spacing_rule set well_uses = array['AGRICULTURAL', 'GOLF'] where id = (select min(id) from spacing_rule)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWrites")
    void theDatabaseRefusesAValueJavaWouldRefuse(String constraint, List<String> statements) {
        assertThat(jdbc.sql("select count(*) from spacing_rule").query(Long.class).single()).isPositive();

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            List<Integer> rows = new ArrayList<>();
            for (String sql : statements) {
                rows.add(jdbc.sql(sql).update());
            }
            throw new AssertionError("the database took it: " + rows);
        })).hasMessageContaining(constraint);
    }

    private static List<String> literals(String definition) {
        List<String> values = new ArrayList<>();
        Matcher m = LITERAL.matcher(definition);
        while (m.find()) {
            values.add(m.group(1).replace("''", "'"));
        }
        return values;
    }
}
