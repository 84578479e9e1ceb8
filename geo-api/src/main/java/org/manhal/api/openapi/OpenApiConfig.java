package org.manhal.api.openapi;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/**
 * The OpenAPI 3.1 description served at {@code /v3/api-docs} (springdoc): the info block here,
 * every operation and schema in {@link ApiContract} and {@link ApiSchemas}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {


    static final String DESCRIPTION = """
            The Manhal well registry: wells as RFC 7946 GeoJSON (longitude, latitude on WGS 84), exact \
            counts, well spacing checks, spacing rules, bulk import jobs and exports, reference data. \
            Errors are RFC 9457 application/problem+json with a stable type URI under \
            https://manhal.om/problems/, an English title and detail and their Arabic twins (titleAr, \
            detailAr), and for invalid input every field-level error (errors[]). Any route may also \
            answer 405 method-not-allowed or 406 not-acceptable. Every answer carries X-Request-Id (the \
            caller's own, when it sends a plain token of up to 64 characters, otherwise a new one); \
            the well history records it with each change. docs/api.md has worked examples.

            منهل: سجل الآبار. الآبار بصيغة GeoJSON (خط الطول ثم دائرة العرض على WGS 84)، وأعدادها، وفحص \
            التباعد، وقواعده، واستيراد الآبار وتصديرها، والبيانات المرجعية. الأخطاء بصيغة \
            application/problem+json (RFC 9457) بنوع ثابت، وعنوان وتفصيل بالإنجليزية والعربية \
            (titleAr وdetailAr)، ومع المدخلات غير الصالحة قائمة بكل خطأ (errors).""";

    @Bean
    OpenAPI manhalOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties b = build.getIfAvailable();
        return new OpenAPI().info(new Info().title("Manhal").description(DESCRIPTION)
                .version(b == null ? "unknown" : b.getVersion()));
    }

    @Bean
    OpenApiCustomizer manhalApiContract() {
        return new ApiContract();
    }
}
