package org.manhal.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.manhal.well.WellStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

/**
 * The publication views (V40) and the publishing role: the role reads schema pub and nothing
 * else, the views hold no personal column and no unpublished record, and every catalogue layer
 * names a view, columns and a style that exist.
 */
@ManhalApiTest
class PublicationViewsIntegrationTests {

    /** PostGIS's own catalogue, readable by everyone: ST_Transform reads spatial_ref_sys as the caller. */
    private static final Set<String> POSTGIS_CATALOGUE = Set.of("public.spatial_ref_sys", "public.geometry_columns",
            "public.geography_columns");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    LayerCatalogue catalogue;

    final ApiClient api;

    PublicationViewsIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void thePublisherCannotReadTheRegistryTables() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setReadOnly(true);
        long published = tx.execute(s -> {
            jdbc.sql("set local role manhal_publisher").update();
            return jdbc.sql("select count(*) from pub.well").query(Long.class).single();
        });
        assertThat(published).isPositive(); // the sample wells

        for (String table : List.of("well", "well_history", "admin_area", "protected_feature", "well_count")) {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                jdbc.sql("set local role manhal_publisher").update();
                jdbc.sql("select count(*) from public." + table).query(Long.class).single();
            })).as(table).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("permission denied for table " + table);
        }
    }

    @Test
    void theStaffLayersAreReadByTheStaffPublisherOnlyAndItReadsNothingElse() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        tx.setReadOnly(true);
        Long applications = tx.execute(s -> {
            jdbc.sql("set local role manhal_staff_publisher").update();
            return jdbc.sql("select count(*) from pub_staff.application").query(Long.class).single();
        });
        assertThat(applications).isNotNegative();
        // neither the public publisher nor the map servers' login role (manhal_ows) reach pub_staff
        for (String role : List.of("manhal_publisher", "manhal_ows")) {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                jdbc.sql("set local role " + role).update();
                jdbc.sql("select count(*) from pub_staff.application").query(Long.class).single();
            })).as(role).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for schema pub_staff");
            assertThat(jdbc.sql("select has_schema_privilege(?, 'pub_staff', 'usage')").param(role).query(Boolean.class).single())
                    .as(role).isFalse();
        }
        // and the staff publisher reads pub_staff, no table of the registry and not even the public views
        List<String> readable = jdbc.sql("""
                select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'v', 'm', 'p', 'f')
                   and n.nspname not in ('pub_staff', 'pg_catalog', 'information_schema')
                   and has_table_privilege('manhal_staff_publisher', c.oid, 'select')""").query(String.class).list();
        assertThat(readable).isSubsetOf(POSTGIS_CATALOGUE);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("set local role manhal_staff_publisher").update();
            jdbc.sql("select count(*) from public.application").query(Long.class).single();
        })).isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied for table application");
        // every staff layer reads pub_staff, every public one pub: the catalogue cannot say otherwise
        for (LayerDefinition layer : catalogue.layers()) {
            assertThat(layer.view()).as(layer.id()).startsWith(layer.audience() == Audience.STAFF ? "pub_staff." : "pub.");
        }
        LayerDefinition zones = catalogue.find("zones").orElseThrow();
        assertThatThrownBy(() -> new LayerDefinition("x", zones.title(), zones.description(), "pub_staff.application", "id", true,
                GeometryKind.POINT, List.of(), List.of(), Audience.PUBLIC, java.util.Optional.empty(), zones.tiles()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LayerDefinition("x", zones.title(), zones.description(), "pub.well", "id", true,
                GeometryKind.POINT, List.of(), List.of(), Audience.STAFF, java.util.Optional.empty(), zones.tiles()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catalogue.visibleTo(Audience.PUBLIC)).extracting(LayerDefinition::id).contains("zones", "plots")
                .doesNotContain("applications");
        assertThat(catalogue.find("applications").orElseThrow().audience()).isEqualTo(Audience.STAFF);
    }

    @Test
    void thePublisherMayReadNothingOutsideSchemaPub() {
        List<String> readable = jdbc.sql("""
                select n.nspname || '.' || c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'v', 'm', 'p', 'f')
                   and n.nspname not in ('pub', 'pg_catalog', 'information_schema')
                   and has_table_privilege('manhal_publisher', c.oid, 'select')""").query(String.class).list();
        assertThat(readable).isSubsetOf(POSTGIS_CATALOGUE);
        assertThat(jdbc.sql("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                        + "where n.nspname = 'pub' and not has_table_privilege('manhal_publisher', c.oid, 'select')")
                .query(Long.class).single()).isZero();
    }

    @Test
    void theViewsHaveNoPersonalColumn() {
        List<String> columns = jdbc.sql("select table_name || '.' || column_name from information_schema.columns "
                + "where table_schema in ('pub', 'pub_staff')").query(String.class).list();
        assertThat(columns).contains("plot.id", "plot.geom", "zone.code", "application.reference")
                .noneMatch(c -> c.matches(".*\\.(owner.*|.*civil.*|.*phone.*|plot.*|licen.*|applicant.*|deletion.*|access.*|decision.*|filing.*)"));
        // a plot number is the cadastre's key to its owner: no column of the plot view names or holds one
        assertThat(columns.stream().filter(c -> c.startsWith("plot.")).toList())
                .containsExactlyInAnyOrder("plot.id", "plot.wilayat_code", "plot.area_m2", "plot.is_sample", "plot.geom");
        assertThat(columns.stream().filter(c -> c.startsWith("application.")).toList()).noneMatch(c -> c.contains("number"));
    }

    @Test
    void zonesOfDisabledRulesAndWithdrawnApplicationsAreNotPublished() {
        jdbc.sql("""
                insert into zone_rule (code, name_ar, name_en, permitted_uses, max_coverage_pct, legal_reference, updated_by, enabled)
                values ('PVOFF', 'معطلة', 'Disabled', '{RESIDENTIAL}', 50, 'test', 'test', false),
                       ('PVON', 'مفعلة', 'Enabled', '{RESIDENTIAL,COMMERCIAL}', 50, 'test', 'test', true)""").update();
        for (String code : List.of("PVOFF", "PVON")) {
            jdbc.sql("insert into zone (code, geom, source) values (?, ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(56.1, 24.1), 4326), 0.001)), 'test')")
                    .param(code).update();
        }
        assertThat(jdbc.sql("select code || ':' || permitted_uses || ':' || max_coverage_pct from pub.zone where code like 'PV%'")
                .query(String.class).list()).containsExactly("PVON:RESIDENTIAL,COMMERCIAL:50");
        // a withdrawn application (written as the workflow would leave it) is left out, the others shown
        for (String status : List.of("WITHDRAWN", "SUBMITTED")) {
            jdbc.sql("""
                    insert into application (reference, type, status, location, applicant_name, applicant_civil_id, access_code_hash,
                                             idempotency_key, request_fingerprint, submitted_at, updated_at)
                    values (?, 'WELL_DRILLING', ?, ST_SetSRID(ST_MakePoint(56.1, 24.1), 4326), 'x', 'x', 'x', ?, 'x', now(), now())""")
                    .params("PV-" + status, status, "pv-" + status).update();
        }
        assertThat(jdbc.sql("select reference from pub_staff.application where reference like 'PV-%'").query(String.class).list())
                .containsExactly("PV-SUBMITTED");
    }

    @Test
    void wellsArePublishedInTheCataloguesStatusesOnlyAndNeverDeletedOrWithTheirOwner() {
        double[] spot = Wells.freshSpot();
        String sentinel = "SENTINEL-OWNER-" + System.nanoTime();
        Map<WellStatus, String> numbers = new java.util.EnumMap<>(WellStatus.class);
        int i = 0;
        for (WellStatus status : WellStatus.values()) {
            Response r = api.post("/api/wells", "application/geo+json", Wells.feature(spot[0] + 0.001 * i++, spot[1], "BOREHOLE",
                    "DOMESTIC", status.name(), "\"owner\":{\"name\":\"" + sentinel + "\",\"civilId\":\"99887766\"}"));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            numbers.put(status, r.json().get("properties").get("registryNumber").asString());
        }
        Response deleted = api.post("/api/wells", "application/geo+json", Wells.feature(spot[0], spot[1] + 0.002));
        String deletedNumber = deleted.json().get("properties").get("registryNumber").asString();
        long deletedId = deleted.json().get("id").asLong();
        assertThat(api.delete("/api/wells/" + deletedId + "?reason=test", Map.of("If-Match", deleted.header("ETag"))).status()).isLessThan(300);

        Set<WellStatus> published = jdbc.sql("select status from pub.well where registry_number in (:n)")
                .param("n", numbers.values()).query(String.class).list().stream().map(WellStatus::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(WellStatus.class)));
        assertThat(published).isEqualTo(LayerCatalogue.PUBLISHED_WELL_STATUSES);
        assertThat(jdbc.sql("select count(*) from pub.well where registry_number = :n").param("n", deletedNumber)
                .query(Long.class).single()).isZero();
        for (String view : views()) {
            assertThat(jdbc.sql("select count(*) from " + view + " v where row_to_json(v)::text like :s or row_to_json(v)::text like '%99887766%'")
                    .param("s", "%" + sentinel + "%").query(Long.class).single()).as(view).isZero();
        }
    }

    @Test
    void everyLayerNamesAViewWithItsColumnsAndGeometryAndAStyleOfItsName() throws Exception {
        assertThat(catalogue.layers()).extracting(LayerDefinition::id).contains("wells", "well-counts", "aflaj-channels",
                "aflaj-mother-wells", "protected-features", "restricted-zones", "governorates", "wilayats");
        for (LayerDefinition layer : catalogue.layers()) {
            String[] view = layer.view().split("\\.");
            List<String> columns = jdbc.sql("select column_name from information_schema.columns where table_schema = ? and table_name = ?")
                    .params(view[0], view[1]).query(String.class).list();
            assertThat(columns).as(layer.id()).contains("geom", layer.idColumn());
            assertThat(columns).as(layer.id()).containsAll(layer.attributesFor(Audience.STAFF).stream().map(Attribute::column).toList());
            layer.datetimeColumn().ifPresent(c -> assertThat(columns).contains(c));
            String type = jdbc.sql("select type from geometry_columns where f_table_schema = ? and f_table_name = ?")
                    .params(view[0], view[1]).query(String.class).single();
            assertThat(type).as(layer.id()).isEqualTo(layer.geometry().geoJson().toUpperCase(Locale.ROOT));
            try (InputStream sld = getClass().getClassLoader().getResourceAsStream(layer.styleResource())) {
                assertThat(sld).as(layer.styleResource()).isNotNull();
                DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                f.setNamespaceAware(true);
                Document doc = f.newDocumentBuilder().parse(sld);
                assertThat(doc.getElementsByTagNameNS("http://www.opengis.net/sld", "Name").item(0).getTextContent())
                        .isEqualTo(layer.id());
                // Arabic and English: every rule title carries both
                var titles = doc.getElementsByTagNameNS("http://www.opengis.net/sld", "Title");
                for (int t = 0; t < titles.getLength(); t++) {
                    assertThat(titles.item(t).getTextContent()).matches("(?s).*\\p{InArabic}.*/.*[A-Za-z].*");
                }
            }
        }
    }

    private List<String> views() {
        return jdbc.sql("select table_schema || '.' || table_name from information_schema.views where table_schema in ('pub', 'pub_staff')")
                .query(String.class).list();
    }
}
