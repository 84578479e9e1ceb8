package org.manhal.api.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.zoning.ZoningFixtures.UTM40;
import static org.manhal.api.zoning.ZoningFixtures.rect;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.manhal.api.security.Role;
import org.manhal.api.zoning.ZoningFixtures;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.manhal.zoning.ZoneRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import tools.jackson.databind.JsonNode;

/**
 * Permits over HTTP on the real PostGIS: an approval issues a permit whose number anyone may
 * verify (VALID, EXPIRED after its expiry date, REVOKED after a revocation), nothing personal in
 * the answer or on the certificate, the revocation as a workflow step on the timeline and every
 * illegal one refused, the QR code decoded (by ZXing, not the library that drew it) to the
 * verification URL, and the certificate page with its script.
 */
@ManhalApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermitCertificateIntegrationTests {

    static final ZoneId OMAN = ZoneId.of("Asia/Muscat");
    static final String NUMBER = "[A-Z]{2}-[A-Z]{2}-\\d{4}-\\d{6}-[0-9A-HJKMNP-TV-Z]{6}";
    static final String REASON = "Spacing passes; deed 4471 checked by reviewer";
    static final String CONDITIONS = "[{\"ar\":\"يُحفر البئر بواسطة مقاول مرخّص فقط.\",\"en\":\"Drill by a licensed contractor only.\"},"
            + "{\"ar\":\"يُركّب عداد للمياه.\",\"en\":\"Fit a water meter.\"}]";
    /** A building permit's plot: 30 × 40 m in zone PC1, far from the zoning tests' plots. */
    static final double E0 = 640_000;
    static final double N0 = 2_610_000;

    final ApiClient api;
    final ApplicationFixtures apps;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ZoneRules rules;
    SpacingFixtures spots;

    PermitCertificateIntegrationTests(ApiClient api) {
        this.api = api;
        this.apps = new ApplicationFixtures(api);
    }

    @BeforeAll
    void setUp() {
        spots = new SpacingFixtures(jdbc);
    }

    @Test
    void anApprovalIssuesAPermitThatAnyoneVerifiesAsValidWithNothingPersonal() {
        double[] at = spots.freeSpot();
        String ref = underReview(at);
        Response approved = api.post("/api/applications/" + ref + "/approval", "application/json",
                "{\"reason\":\"" + REASON + "\",\"conditions\":" + CONDITIONS + "}");
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        String number = approved.json().get("permitNumber").asString();
        assertThat(number).matches(NUMBER).startsWith(ref + "-");
        assertThat(api.get("/api/applications/" + ref).json().get("permitNumber").asString()).isEqualTo(number);

        Response r = api.anonymous().get("/api/public/permits/" + number);

        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode p = r.json();
        LocalDate today = LocalDate.now(OMAN);
        assertThat(p.get("number").asString()).isEqualTo(number);
        assertThat(p.get("type").asString()).isEqualTo("WELL_DRILLING");
        assertThat(p.get("typeAr").asString()).isNotBlank();
        assertThat(p.get("status").asString()).isEqualTo("VALID");
        assertThat(p.get("statusAr").asString()).isEqualTo("ساري");
        assertThat(p.get("statusEn").asString()).isEqualTo("Valid");
        assertThat(p.get("validFrom").asString()).isEqualTo(today.toString());
        assertThat(p.get("expiresOn").asString()).isEqualTo(today.plusYears(1).minusDays(1).toString());
        assertThat(p.get("revokedAt").isNull()).isTrue();
        assertThat(p.get("location").get("type").asString()).isEqualTo("Point");
        assertThat(p.get("location").get("coordinates").get(0).asDouble()).isEqualTo(at[0]);
        assertThat(p.get("location").get("coordinates").get(1).asDouble()).isEqualTo(at[1]);
        assertThat(p.get("footprint").isNull()).isTrue();
        assertThat(p.get("wilayat").get("code").asString()).isEqualTo(approved.json().get("wilayat").asString());
        assertThat(p.get("wilayat").get("nameAr").asString()).isNotBlank();
        assertThat(p.get("conditions").get(1).get("ar").asString()).isEqualTo("يُركّب عداد للمياه.");
        assertThat(p.get("conditions").get(1).get("en").asString()).isEqualTo("Fit a water meter.");
        assertThat(p.get("verificationUrl").asString()).isEqualTo(api.uri("/api/public/permits/" + number).toString());
        assertThat(p.get("certificateUrl").asString()).endsWith("/permit.html?number=" + number);
        assertNothingPersonal(r.body());
        assertThat(r.body()).doesNotContain(REASON, "\"admin\"", "reference", "plotNumber");
    }

    @Test
    void aPermitVerifiesExpiredTheDayAfterItsExpiryDateAndValidOnIt() {
        String number = approvedPermit(spots.freeSpot());
        LocalDate today = LocalDate.now(OMAN);
        // the permit as issued two years ago for one year: nothing stores a status, so the dates alone decide
        jdbc.sql("update permit set valid_from = ?, expires_on = ? where number = ?")
                .params(today.minusYears(2), today.minusDays(1), number).update();

        JsonNode expired = api.anonymous().get("/api/public/permits/" + number).json();
        assertThat(expired.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(expired.get("statusEn").asString()).isEqualTo("Expired");
        assertThat(expired.get("statusAr").asString()).isEqualTo("منتهي الصلاحية");

        jdbc.sql("update permit set expires_on = ? where number = ?").params(today, number).update();
        assertThat(api.anonymous().get("/api/public/permits/" + number).json().get("status").asString()).isEqualTo("VALID");
    }

    @Test
    void staffRevokeAPermitOnTheTimelineAndItVerifiesRevokedFromThen() {
        double[] at = spots.freeSpot();
        JsonNode submitted = apps.submitDrilling(at);
        String ref = submitted.get("reference").asString();
        apps.step(ref, "review", null);
        JsonNode approved = apps.step(ref, "approval", "fine").json();
        String number = approved.get("permitNumber").asString();
        long wellId = approved.get("wellId").asLong();
        double[] neighbour = {at[0] + 0.0003, at[1]};
        assertThat(spacingVerdictAt(neighbour)).as("the permitted well, 32 m away, counts in a neighbour's check")
                .isNotEqualTo("PASS");

        Response revoked = api.as(Role.STAFF).post("/api/permits/" + number + "/revocation", "application/json",
                "{\"reason\":\"Drilled 300 m away from the permitted point\"}");

        assertThat(revoked.status()).as("%s", revoked).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.json().get("permitNumber").asString()).isEqualTo(number);
        JsonNode p = api.anonymous().get("/api/public/permits/" + number).json();
        assertThat(p.get("status").asString()).isEqualTo("REVOKED");
        assertThat(p.get("statusEn").asString()).isEqualTo("Revoked");
        assertThat(p.get("revokedAt").asString()).isNotBlank();
        assertThat(p.toString()).doesNotContain("300 m away");
        JsonNode timeline = api.get("/api/applications/" + ref + "/timeline").json().get("timeline");
        JsonNode last = timeline.get(timeline.size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("REVOKE");
        assertThat(last.get("fromStatus").asString()).isEqualTo("APPROVED");
        assertThat(last.get("toStatus").asString()).isEqualTo("REVOKED");
        assertThat(last.get("reason").asString()).isEqualTo("Drilled 300 m away from the permitted point");
        assertThat(last.get("actor").asString()).isEqualTo("staff");
        String requestId = jdbc.sql("select request_id from application_event e join application a on a.id = e.application_id "
                + "where a.reference = ? and e.action = 'REVOKE'").param(ref).query(String.class).single();
        assertThat(jdbc.sql("select count(*) from audit_event where request_id = ?").param(requestId).query(Long.class).single())
                .as("the revocation's audit line").isPositive();
        JsonNode citizen = apps.publicView(ref, submitted.get("accessCode").asString()).json();
        assertThat(citizen.get("status").asString()).isEqualTo("REVOKED");

        // the permitted well, never drilled, goes with its permit (kept in its history)
        assertThat(api.get("/api/wells/" + wellId).status()).isEqualTo(410);
        assertThat(jdbc.sql("select deletion_reason from well where id = ?").param(wellId).query(String.class).single())
                .isEqualTo("[Permit revoked / أُلغي التصريح] Drilled 300 m away from the permitted point");
        assertThat(spacingVerdictAt(neighbour)).as("the neighbour's check no longer meets it").isEqualTo("PASS");
    }

    /** The spacing check's verdict for a small (30 m³/day: 201 m from other wells) well drilled at the spot. */
    private String spacingVerdictAt(double[] at) {
        Response r = api.post("/api/checks/well-spacing", "application/json",
                SpacingFixtures.request(at, "WELL_DRILLING", "DOMESTIC", 30.0));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().get("verdict").asString();
    }

    @Test
    void illegalRevocationsAreRefusedWithSpecificProblemsAndWriteNothing() {
        String submitted = apps.submitDrilling(spots.freeSpot()).get("reference").asString();
        Response notApproved = api.post("/api/permits/" + submitted + "/revocation", "application/json", "{\"reason\":\"x\"}");
        assertThat(notApproved.status()).as("%s", notApproved).isEqualTo(409);
        assertThat(notApproved.json().get("type").asString()).isEqualTo("https://manhal.om/problems/illegal-transition");
        assertThat(notApproved.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(notApproved.json().get("detailAr").asString()).isNotBlank();

        String number = approvedPermit(spots.freeSpot());
        Response noReason = api.post("/api/permits/" + number + "/revocation", "application/json", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("code").asString()).isEqualTo("REASON_REQUIRED");
        Response planner = api.as(Role.PLANNER).post("/api/permits/" + number + "/revocation", "application/json", "{\"reason\":\"x\"}");
        assertThat(planner.status()).isEqualTo(403);
        Response contractor = api.as(Role.CONTRACTOR).post("/api/permits/" + number + "/revocation", "application/json", "{\"reason\":\"x\"}");
        assertThat(contractor.status()).isEqualTo(403);
        Response anonymous = api.anonymous().post("/api/permits/" + number + "/revocation", "application/json", "{\"reason\":\"x\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.anonymous().get("/api/public/permits/" + number).json().get("status").asString()).isEqualTo("VALID");

        assertThat(api.post("/api/permits/" + number + "/revocation", "application/json", "{\"reason\":\"first\"}").status())
                .isEqualTo(200);
        Response again = api.post("/api/permits/" + number + "/revocation", "application/json", "{\"reason\":\"again\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("https://manhal.om/problems/illegal-transition");
        assertThat(again.json().get("status").asString()).isEqualTo("REVOKED");
        assertThat(jdbc.sql("select revocation_reason from permit where number = ?").param(number).query(String.class).single())
                .isEqualTo("first");
        assertThat(api.post("/api/permits/WD-XX-2026-999999/revocation", "application/json", "{\"reason\":\"x\"}").status())
                .isEqualTo(404);
    }

    @Test
    void anUnknownNumberIsABilingual404AndAReferenceAloneIsNoNumber() {
        String number = approvedPermit(spots.freeSpot());
        String reference = number.substring(0, number.lastIndexOf('-'));
        String oneOff = number.substring(0, number.length() - 1) + (number.endsWith("0") ? "1" : "0");
        for (String unknown : List.of("WD-XX-2026-999999-ABCDEF", reference, oneOff)) {
            Response r = api.anonymous().get("/api/public/permits/" + unknown);
            assertThat(r.status()).as(unknown).isEqualTo(404);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("type").asString()).isEqualTo("https://manhal.om/problems/not-found");
            assertThat(r.json().get("detailAr").asString()).contains("تصريح");
            assertThat(r.json().get("detail").asString()).contains("permit");
            assertThat(api.anonymous().get("/api/public/permits/" + unknown + "/qr.svg").status()).isEqualTo(404);
        }
        assertThat(api.anonymous().get("/api/public/permits/" + number.toLowerCase()).status())
                .as("a number read aloud or typed in lower case").isEqualTo(200);
    }

    @Test
    void theQrCodeDecodesToThePublicVerificationUrl() throws Exception {
        String number = approvedPermit(spots.freeSpot());
        Response svg = api.anonymous().get("/api/public/permits/" + number + "/qr.svg");

        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(decode(svg.body())).isEqualTo(api.uri("/api/public/permits/" + number).toString());
        assertNothingPersonal(svg.body());
    }

    @Test
    void aBuildingPermitShowsItsPlotOutlineAndFootprintButNotThePlotNumberOrOwner() {
        ZoningFixtures fx = new ZoningFixtures(jdbc, rules);
        fx.rule("PC1", "{RESIDENTIAL}", "{}", 60.0, 1.8, 3, 12.0, 6, 3, 4.5, 300.0);
        fx.zone("PC1", rect(E0, N0, -500, -500, 500, 500), UTM40);
        long plot = fx.rectanglePlot("PC-77", E0, N0);
        fx.owner(plot, ApplicationFixtures.SENTINEL_NAME, ApplicationFixtures.SENTINEL_CIVIL_ID);
        String footprint = fx.geoJson(rect(E0, N0, 3, 6, 27, 35.5), UTM40);
        String body = "{\"type\":\"BUILDING_PERMIT\",\"building\":" + fx.onPlot("PC-77", footprint, "RESIDENTIAL", 2, 9.0, null)
                + ",\"applicant\":{\"name\":\"" + ApplicationFixtures.SENTINEL_NAME + "\",\"civilId\":\""
                + ApplicationFixtures.SENTINEL_CIVIL_ID + "\"}}";
        Response filed = apps.submit(body, UUID.randomUUID().toString());
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        String ref = filed.json().get("reference").asString();
        apps.step(ref, "review", null);
        Response approved = apps.step(ref, "approval", "zoning passes");
        assertThat(approved.status()).as("%s", approved).isEqualTo(200);

        Response r = api.anonymous().get("/api/public/permits/" + approved.json().get("permitNumber").asString());

        JsonNode p = r.json();
        assertThat(p.get("type").asString()).isEqualTo("BUILDING_PERMIT");
        assertThat(p.get("expiresOn").asString()).isEqualTo(LocalDate.now(OMAN).plusYears(2).minusDays(1).toString());
        assertThat(p.get("location").get("type").asString()).isEqualTo("Polygon");
        assertThat(p.get("footprint").get("type").asString()).isEqualTo("Polygon");
        double plotArea = jdbc.sql("select ST_Area(ST_Transform(ST_GeomFromGeoJSON(?), 32640))")
                .param(p.get("location").toString()).query(Double.class).single();
        assertThat(plotArea).as("the plot outline, 30 × 40 m").isCloseTo(1200.0, org.assertj.core.data.Offset.offset(0.5));
        assertThat(p.get("conditions").isEmpty()).isTrue();
        assertNothingPersonal(r.body());
        assertThat(r.body()).doesNotContain("PC-77");
    }

    @Test
    void anApprovalWithAConditionInOneLanguageOnlyIsRefusedAndIssuesNothing() {
        String ref = underReview(spots.freeSpot());
        Response r = api.post("/api/applications/" + ref + "/approval", "application/json",
                "{\"reason\":\"fine\",\"conditions\":[{\"ar\":\"شرط\"}]}");

        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo("conditions[0].en");
        assertThat(api.get("/api/applications/" + ref).json().get("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(jdbc.sql("select count(*) from permit p join application a on a.id = p.application_id where a.reference = ?")
                .param(ref).query(Long.class).single()).isZero();
    }

    @Test
    void theCertificatePageIsPublicBilingualAndLoadsItsScriptFromTheService() {
        Response page = api.anonymous().get("/permit.html?number=WD-XX-2026-000001-ABCDEF");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"ar\" dir=\"rtl\">", "lang=\"en\" dir=\"ltr\"",
                "src=\"js/permit/certificate.js\"", "webjars/leaflet/1.9.4/dist/leaflet.js", "css/permit.css");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        assertThat(page.header("Content-Security-Policy")).contains("script-src 'self'");
        Response script = api.anonymous().get("/js/permit/certificate.js");
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("api/public/permits/");
        assertThat(api.anonymous().get("/css/permit.css").body()).contains("@media print");
    }

    /** An application of a drilling permit at the spot, under review. */
    private String underReview(double[] at) {
        String ref = apps.submitDrilling(at).get("reference").asString();
        assertThat(apps.step(ref, "review", null).status()).isEqualTo(200);
        return ref;
    }

    /** The number of a drilling permit approved at the spot. */
    private String approvedPermit(double[] at) {
        String ref = underReview(at);
        Response r = apps.step(ref, "approval", "fine");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.json().get("permitNumber").asString();
    }

    private static void assertNothingPersonal(String body) {
        assertThat(body).doesNotContain(ApplicationFixtures.SENTINEL_NAME, ApplicationFixtures.SENTINEL_CIVIL_ID,
                ApplicationFixtures.SENTINEL_PHONE, "applicant", "owner", "civilId");
    }

    /**
     * The text of the QR code in the SVG: its unit squares ({@code Mx,yh1v1h-1z}) painted into an
     * image, eight pixels a module, and read by ZXing.
     */
    private static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int side = Integer.parseInt(box.group(1));
        int scale = 8;
        int[] pixels = new int[side * scale * side * scale];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        List<int[]> dark = new ArrayList<>();
        while (module.find()) {
            dark.add(new int[] {Integer.parseInt(module.group(1)), Integer.parseInt(module.group(2))});
        }
        assertThat(dark).isNotEmpty();
        for (int[] m : dark) {
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(m[1] * scale + dy) * side * scale + m[0] * scale + dx] = 0xFF000000;
                }
            }
        }
        RGBLuminanceSource source = new RGBLuminanceSource(side * scale, side * scale, pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of()).getText();
    }
}
