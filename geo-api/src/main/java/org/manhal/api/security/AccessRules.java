package org.manhal.api.security;

import static org.manhal.api.security.Role.ADMIN;
import static org.manhal.api.security.Role.AUDITOR;
import static org.manhal.api.security.Role.CITIZEN;
import static org.manhal.api.security.Role.CONSULTANCY_OFFICE;
import static org.manhal.api.security.Role.CONTRACTOR;
import static org.manhal.api.security.Role.FIELD_TECHNICIAN;
import static org.manhal.api.security.Role.PLANNER;
import static org.manhal.api.security.Role.PUBLIC;
import static org.manhal.api.security.Role.STAFF;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * THE access-rule table: for every route, which roles may call it. The security filter chain is
 * built from it ({@link SecurityConfig}), the route × role test walks every handler mapping
 * against it ({@code AccessRulesIntegrationTests}, which fails for a route without a rule) and
 * {@code docs/security.md} shows it. The first rule that matches a request decides, so specific
 * paths come before the general ones under them; a request that no rule matches is refused to
 * everyone.
 *
 * <p>{@link Role#PUBLIC} means anyone, signed in or not; {@link Role#CITIZEN} means anyone who
 * brings an application's access code, which the route's handler checks (the filter chain lets
 * the request through, the handler refuses a wrong code as if the application did not exist).
 * A role not listed is refused: 401 without credentials, 403 with.
 */
public final class AccessRules {

    /**
     * One line of the table.
     *
     * @param method  the HTTP method, or null for every method
     * @param pattern a Spring {@link PathPattern} ({@code *} one segment, {@code **} the rest)
     * @param roles        who may call it
     * @param personalData whether the answer may carry personal data (owners, civil IDs, phones,
     *                     applicants; only as {@link PersonalDataAccess} allows)
     * @param why          why these roles (shown in docs/security.md)
     */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles, boolean personalData, String why) {

        private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

        public boolean isPublic() {
            return roles.contains(PUBLIC) || roles.contains(CITIZEN);
        }

        /** Whether {@code role} may call the route ({@link Role#PUBLIC}: anyone may). */
        public boolean allows(Role role) {
            return roles.contains(PUBLIC) || roles.contains(role);
        }

        public boolean matches(HttpMethod requestMethod, String path) {
            // HEAD is answered by the GET handler, so the GET rule decides it
            HttpMethod m = HttpMethod.HEAD.equals(requestMethod) ? HttpMethod.GET : requestMethod;
            return (method == null || method.equals(m))
                    && PARSER.parse(pattern).matches(PathContainer.parsePath(path));
        }
    }

    private static final Set<Role> ANYONE = EnumSet.of(PUBLIC);
    /** Who sees the registry's inner workings (history, findings, rule audit): never owners' data by itself. */
    private static final Set<Role> REGISTRY_READERS = EnumSet.of(STAFF, FIELD_TECHNICIAN, PLANNER, AUDITOR, ADMIN);
    /** Who registers and corrects wells: the office and the field. */
    private static final Set<Role> WELL_WRITERS = EnumSet.of(STAFF, FIELD_TECHNICIAN, ADMIN);
    private static final Set<Role> OFFICE = EnumSet.of(STAFF, ADMIN);

    /** The table, first match wins. */
    public static final List<Rule> RULES = List.of(
            // -- the platform -------------------------------------------------------------------
            rule(HttpMethod.OPTIONS, "/**", ANYONE, "CORS preflights and Allow answers reveal nothing; the real request is checked"),
            rule(null, "/error", ANYONE, "the error page renders the problem of any refused or failed request"),
            rule(HttpMethod.GET, "/actuator/health/**", ANYONE, "the load balancer's liveness and readiness probes; no details"),
            rule(HttpMethod.GET, "/actuator/health", ANYONE, "the load balancer's health check; component states only"),
            rule(HttpMethod.GET, "/actuator/prometheus", EnumSet.of(ADMIN), "metrics name routes and load: the operators' scraper signs in as admin"),
            rule(HttpMethod.GET, "/v3/api-docs/**", ANYONE, "the OpenAPI description: public, as the API it describes is"),
            rule(HttpMethod.GET, "/v3/api-docs", ANYONE, "the OpenAPI description"),
            rule(HttpMethod.GET, "/v3/api-docs.yaml", ANYONE, "the OpenAPI description as YAML"),
            rule(HttpMethod.GET, "/swagger-ui/**", ANYONE, "an OpenAPI viewer, should a deployment add one"),
            rule(HttpMethod.GET, "/swagger-ui.html", ANYONE, "an OpenAPI viewer, should a deployment add one"),
            // -- the web map and its sign-in ----------------------------------------------------
            rule(HttpMethod.GET, "/", ANYONE, "the web map: public layers for everyone"),
            rule(HttpMethod.GET, "/index.html", ANYONE, "the web map"),
            rule(HttpMethod.GET, "/js/**", ANYONE, "the web map's scripts"),
            rule(HttpMethod.GET, "/css/**", ANYONE, "the web map's styles"),
            rule(HttpMethod.GET, "/img/**", ANYONE, "the web map's images"),
            rule(HttpMethod.GET, "/webjars/**", ANYONE, "Leaflet"),
            rule(HttpMethod.GET, "/manifest.webmanifest", ANYONE, "the web map as an installable app"),
            rule(HttpMethod.GET, "/sw.js", ANYONE, "the web map's service worker (offline use in the field)"),
            rule(HttpMethod.GET, "/icons/**", ANYONE, "the web map's icons"),
            rule(HttpMethod.GET, "/favicon.ico", ANYONE, "the browser asks for it"),
            rule(HttpMethod.GET, "/signin.html", ANYONE, "the map's sign-in form"),
            rule(HttpMethod.GET, "/signin/**", ANYONE, "the sign-in form's script and style"),
            rule(HttpMethod.GET, "/permit.html", ANYONE, "a permit's printable certificate: it shows the public verification (/api/public/permits/*) and nothing more"),
            rule(HttpMethod.POST, "/login", ANYONE, "the sign-in form posts here (rate-limited per account and client)"),
            rule(HttpMethod.POST, "/logout", ANYONE, "signing out ends the browser session"),
            rule(HttpMethod.GET, "/api/session", ANYONE, "who am I: the map shows the signed-in account or a sign-in link"),
            rule(HttpMethod.GET, "/api/map-config", ANYONE, "the map's settings"),
            rule(HttpMethod.GET, "/api/map/**", ANYONE, "the map's layer settings"),
            // -- reference data -----------------------------------------------------------------
            rule(HttpMethod.GET, "/api/admin-areas", ANYONE, "governorate and wilayat outlines are public"),
            rule(HttpMethod.GET, "/api/code-lists", ANYONE, "labels of the codes"),
            rule(HttpMethod.GET, "/api/protected-features", ANYONE, "aflaj, supply wells and pollution sources the rules protect: public, to explain a verdict"),
            rule(HttpMethod.GET, "/api/restricted-zones", ANYONE, "zones where wells are restricted: public by law"),
            // -- wells --------------------------------------------------------------------------
            rule(HttpMethod.GET, "/api/wells/count", ANYONE, "counts carry no record"),
            rule(HttpMethod.POST, "/api/wells/count", ANYONE, "counts inside a polygon carry no record (a read, though POST)"),
            personal(HttpMethod.GET, "/api/wells/export", EnumSet.of(STAFF, PLANNER, AUDITOR, ADMIN), "bulk copies of the registry; personal data only as the policy allows"),
            personal(HttpMethod.POST, "/api/wells/export", EnumSet.of(STAFF, PLANNER, AUDITOR, ADMIN), "the same export inside a long polygon"),
            rule(HttpMethod.POST, "/api/wells/import", OFFICE, "bulk writes: the water resources office only"),
            personal(HttpMethod.GET, "/api/jobs/*", OFFICE, "import jobs (wells, plots, zones) and their rejected rows, which quote the imported file"),
            rule(HttpMethod.GET, "/api/wells", ANYONE, "the map's wells: public attributes only, never the owner"),
            personal(HttpMethod.POST, "/api/wells", WELL_WRITERS, "registering a well: office staff and field technicians"),
            personal(HttpMethod.GET, "/api/wells/*", ANYONE, "one well's public attributes; the owner only for the roles the personal-data policy names"),
            personal(HttpMethod.PUT, "/api/wells/*", WELL_WRITERS, "correcting a well: office staff and field technicians (staff limited to governorates: inside them)"),
            rule(HttpMethod.DELETE, "/api/wells/*", OFFICE, "deleting a well from the registry is an office decision"),
            personal(HttpMethod.GET, "/api/wells/*/history", REGISTRY_READERS, "who changed what; owner fields only as the personal-data policy allows"),
            rule(HttpMethod.GET, "/api/wells/*/findings", REGISTRY_READERS, "the spacing findings kept with a well"),
            rule(HttpMethod.POST, "/api/wells/*/findings", WELL_WRITERS, "re-checking a well records new findings"),
            // -- spacing checks and rules -------------------------------------------------------
            rule(HttpMethod.POST, "/api/checks/well-spacing", ANYONE, "anyone may check a proposed well before applying (rate-limited)"),
            rule(HttpMethod.POST, "/api/checks/zoning", ANYONE, "anyone may check a proposed building before applying (rate-limited)"),
            rule(HttpMethod.GET, "/api/spacing-rules", ANYONE, "the rules are law: public"),
            rule(HttpMethod.GET, "/api/spacing-rules/*", ANYONE, "one rule"),
            rule(HttpMethod.GET, "/api/spacing-rules/*/audit", REGISTRY_READERS, "who changed a rule, when and why"),
            rule(null, "/api/spacing-rules/**", EnumSet.of(ADMIN), "changing the rules: admin only"),
            // -- zoning (anticipated: the zoning routes) -----------------------------------------
            rule(HttpMethod.POST, "/api/zones/import", EnumSet.of(ADMIN), "bulk loading of zoning plans: admin only, as every change of zones"),
            rule(HttpMethod.GET, "/api/zones/**", ANYONE, "zoning polygons and their rules are public"),
            rule(null, "/api/zones/**", EnumSet.of(ADMIN), "changing zones and zone rules: admin only"),
            rule(HttpMethod.GET, "/api/admin/zone-rules/*/audit", REGISTRY_READERS, "who changed a zone rule, when and why"),
            rule(HttpMethod.GET, "/api/admin/zone-rules/**", ANYONE, "the zone rules are law: public, as the spacing rules"),
            rule(null, "/api/admin/zone-rules/**", EnumSet.of(ADMIN), "changing a zone rule: admin only"),
            rule(HttpMethod.GET, "/api/admin/zoning-protection-distances/*/audit", REGISTRY_READERS, "who changed a protection distance, when and why"),
            rule(HttpMethod.GET, "/api/admin/zoning-protection-distances/**", ANYONE, "how far buildings keep from aflaj and supply wells: public, as the zone rules"),
            rule(null, "/api/admin/zoning-protection-distances/**", EnumSet.of(ADMIN), "changing a protection distance: admin only"),
            personal(HttpMethod.POST, "/api/plots/import", EnumSet.of(ADMIN), "bulk loading of the cadastre with its owners: admin only, as every change of parcels; the report quotes the file"),
            personal(HttpMethod.GET, "/api/plots/**", EnumSet.of(STAFF, PLANNER, CONSULTANCY_OFFICE, AUDITOR, ADMIN), "parcels carry owners: not public"),
            rule(null, "/api/plots/**", EnumSet.of(ADMIN), "changing parcels: admin only"),
            // -- applications, permits, contractors (anticipated: the applications routes) ------
            rule(null, "/api/public/**", EnumSet.of(CITIZEN, PUBLIC), "a citizen's view of an application (the handler checks X-Access-Code) and permit verification; nothing personal"),
            rule(HttpMethod.POST, "/api/applications", EnumSet.of(PUBLIC), "a citizen files an application and receives its access code; consultancy offices and staff file too (rate-limited)"),
            personal(HttpMethod.GET, "/api/applications/**", EnumSet.of(STAFF, PLANNER, CONSULTANCY_OFFICE, AUDITOR, ADMIN), "applications name applicants: staff, planners, auditors; a consultancy office its own filings only (the permit module's queries: others' are 404)"),
            personal(HttpMethod.POST, "/api/applications/*/resubmission", EnumSet.of(STAFF, PLANNER, CONSULTANCY_OFFICE, ADMIN), "answering a request for information: the filing office for its own filings (others' are 404), or staff for the applicant"),
            personal(HttpMethod.POST, "/api/applications/*/withdrawal", EnumSet.of(STAFF, PLANNER, CONSULTANCY_OFFICE, ADMIN), "withdrawing: the filing office its own filings (others' are 404), or staff for the applicant"),
            rule(HttpMethod.POST, "/api/applications/*/contractor", OFFICE, "naming the licensed contractor on an approved permit: the water resources office"),
            personal(null, "/api/applications/**", EnumSet.of(STAFF, PLANNER, ADMIN), "review and decision transitions: the ministry's staff and planners"),
            rule(HttpMethod.POST, "/api/permits/*/completion", EnumSet.of(CONTRACTOR, STAFF, ADMIN), "the contractor reports what it built for a permit it is named on (the contractors module: others' are 404)"),
            personal(HttpMethod.POST, "/api/permits/*/revocation", OFFICE, "revoking a permit (with a reason, on the timeline): the water resources office; the answer is the application, with its applicant"),
            personal(HttpMethod.GET, "/api/permits/**", EnumSet.of(STAFF, PLANNER, CONTRACTOR, AUDITOR, ADMIN), "permits; a contractor sees those it is named on (the contractors module: others' are 404)"),
            rule(null, "/api/permits/**", OFFICE, "issuing and revoking permits"),
            rule(HttpMethod.GET, "/api/contractors/**", EnumSet.of(STAFF, CONTRACTOR, AUDITOR, ADMIN), "licensed contractors; a contractor sees its own record only (others' are 404)"),
            rule(HttpMethod.GET, "/api/contractors", EnumSet.of(STAFF, CONTRACTOR, AUDITOR, ADMIN), "licensed contractors; a contractor's list holds itself only"),
            rule(null, "/api/contractors/**", OFFICE, "licensing contractors"),
            rule(null, "/api/contractors", OFFICE, "licensing contractors"),
            // -- publishing (OGC API, tiles, MapServer) -----------------------------------------
            rule(HttpMethod.GET, "/ogc/**", ANYONE, "OGC API Features over the publication views: public layers and attributes; "
                    + "staff layers (applications, no applicant) and staff attributes to staff roles only, others get 404"),
            rule(HttpMethod.GET, "/ogc", ANYONE, "the OGC API landing page"),
            rule(HttpMethod.GET, "/tiles/**", ANYONE, "vector tiles of the publication views: public layers; staff layers "
                    + "(applications, no applicant) to staff roles only, others get 404, answers Cache-Control private"),
            rule(HttpMethod.GET, "/ows", ANYONE, "WMS/WFS by MapServer over the public publication views only"),
            rule(HttpMethod.POST, "/ows", ANYONE, "WFS 2.0 read requests as XML bodies (GetFeature ...): reads of the public views, no WFS-T"),
            rule(HttpMethod.POST, "/api/admin/geoserver/publications", EnumSet.of(ADMIN),
                    "configuring a site's GeoServer with the published layers (its admin password in the body): admin only"),
            // -- audit --------------------------------------------------------------------------
            rule(HttpMethod.GET, "/api/admin/webhook-deliveries", EnumSet.of(AUDITOR, ADMIN),
                    "whether the portal and the SMS gateway were told of each step (no personal data): auditors and admins"),
            rule(HttpMethod.POST, "/api/admin/webhook-deliveries/*/resend", EnumSet.of(ADMIN),
                    "sending a failed webhook again (a subscriber back after a day down): admins only"),
            personal(HttpMethod.GET, "/api/audit", EnumSet.of(AUDITOR, ADMIN), "the audit trail: auditors and admins only"),
            personal(HttpMethod.GET, "/api/audit/export", EnumSet.of(AUDITOR, ADMIN), "the audit trail as CSV"));

    private AccessRules() {
    }

    private static Rule rule(HttpMethod method, String pattern, Set<Role> roles, String why) {
        return new Rule(method, pattern, Set.copyOf(roles), false, why);
    }

    /** A rule of a route whose answer may carry personal data (as the personal-data policy allows). */
    private static Rule personal(HttpMethod method, String pattern, Set<Role> roles, String why) {
        return new Rule(method, pattern, Set.copyOf(roles), true, why);
    }

    /** The rule that decides a request, or empty: then it is refused to everyone. */
    public static Optional<Rule> ruleFor(HttpMethod method, String path) {
        return RULES.stream().filter(r -> r.matches(method, path)).findFirst();
    }
}
