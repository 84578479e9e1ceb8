package org.manhal.api.permit;

import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletRequest;

import org.manhal.api.security.PublicLookupThrottle;
import org.manhal.api.ApiRequests;
import org.manhal.api.geojson.GeoJson;
import org.manhal.common.Text;
import org.manhal.permit.Application;
import org.manhal.permit.Applications;
import org.manhal.permit.Permits;
import org.manhal.permit.PublicPermit;
import org.manhal.permit.Transition;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Permits: the public verification of a permit by its number ({@code GET /api/public/permits/{number}}),
 * the QR code of its certificate (the verification URL), and the ministry's revocation. The
 * printable certificate is the static page {@code /permit.html?number=…} (map-ui), which reads the
 * public verification: it shows nothing the public answer does not. Parses, delegates to
 * {@link Permits} and {@link Applications}, formats.
 */
@RestController
class PermitController {

    static final String VERIFY_PATH = "/api/public/permits/{number}";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Permits permits;
    private final Applications applications;
    private final ApplicationJson json;
    private final ApiRequests requests;
    private final PublicLookupThrottle throttle;

    PermitController(Permits permits, Applications applications, ApplicationJson json, ApiRequests requests,
                     PublicLookupThrottle throttle) {
        this.permits = permits;
        this.applications = applications;
        this.json = json;
        this.requests = requests;
        this.throttle = throttle;
    }

    /** Valid, expired or revoked, and where and on what conditions; nothing personal. Not cached: the day changes it. */
    @GetMapping(VERIFY_PATH)
    ResponseEntity<ObjectNode> verify(@PathVariable String number, HttpServletRequest request) {
        // permit numbers carry a random check group: repeated misses from a client are refused 429
        PublicPermit p = throttle.lookUp(request.getRemoteAddr(), () -> permits.verify(number));
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(write(p));
    }

    /** The certificate's QR code: the verification URL of the permit, as SVG. */
    @GetMapping(path = VERIFY_PATH + "/qr.svg", produces = "image/svg+xml")
    ResponseEntity<String> qrCode(@PathVariable String number, HttpServletRequest request) {
        PublicPermit p = throttle.lookUp(request.getRemoteAddr(), () -> permits.verify(number));
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .cacheControl(CacheControl.maxAge(1, TimeUnit.DAYS))
                .body(PermitQrCode.svg(verificationUrl(p.number())));
    }

    /**
     * Revokes the permit ({@code {"reason": "..."}} required): the application moves APPROVED →
     * REVOKED, on its timeline, and the permit verifies as REVOKED. {@code number} is the permit's
     * number or its application's reference. Answers the application, as every workflow step does.
     */
    @PostMapping(path = "/api/permits/{number}/revocation", consumes = "application/json")
    ResponseEntity<ObjectNode> revoke(@PathVariable String number, @RequestBody(required = false) String body,
                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Long expected = requests.version(ifMatch);
        Application a = applications.take(permits.referenceOf(number), Transition.REVOKE, json.reason(body), expected,
                requests.actor());
        ObjectNode o = json.write(a, ApplicationJson.PersonalData.INCLUDE);
        o.put("permitNumber", permits.numberOf(a.reference()));
        return ResponseEntity.ok().eTag(ApplicationController.etag(a)).body(o);
    }

    /** Where anyone verifies the permit: the URL its certificate's QR code carries. */
    static String verificationUrl(String number) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(VERIFY_PATH).buildAndExpand(number).toUriString();
    }

    private static ObjectNode write(PublicPermit p) {
        ObjectNode o = NODES.objectNode();
        o.put("number", p.number());
        o.put("type", p.type().name());
        o.put("typeAr", p.type().labelAr());
        o.put("typeEn", p.type().labelEn());
        o.put("status", p.status().name());
        o.put("statusAr", p.status().ar());
        o.put("statusEn", p.status().en());
        o.put("issuedAt", p.issuedAt().toString());
        o.put("validFrom", p.validFrom().toString());
        o.put("expiresOn", p.expiresOn().toString());
        o.put("revokedAt", p.revokedAt() == null ? null : p.revokedAt().toString());
        o.set("wilayat", area(p.wilayatCode(), p.wilayat()));
        o.set("governorate", area(p.governorateCode(), p.governorate()));
        o.set("location", GeoJson.write(p.location()));
        o.set("footprint", p.footprint() == null ? NODES.nullNode() : GeoJson.write(p.footprint()));
        ArrayNode conditions = o.putArray("conditions");
        p.conditions().forEach(c -> conditions.addObject().put("ar", c.ar()).put("en", c.en()));
        o.put("verificationUrl", verificationUrl(p.number()));
        o.put("certificateUrl", ServletUriComponentsBuilder.fromCurrentContextPath().path("/permit.html")
                .queryParam("number", UriUtils.encodeQueryParam(p.number(), java.nio.charset.StandardCharsets.UTF_8))
                .build(true).toUriString());
        o.put("qrCodeUrl", verificationUrl(p.number()) + "/qr.svg");
        return o;
    }

    private static ObjectNode area(String code, Text name) {
        if (code == null) {
            return null;
        }
        ObjectNode a = NODES.objectNode();
        a.put("code", code);
        a.put("nameAr", name == null ? null : name.ar());
        a.put("nameEn", name == null ? null : name.en());
        return a;
    }
}
