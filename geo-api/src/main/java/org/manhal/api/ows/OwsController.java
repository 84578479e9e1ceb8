package org.manhal.api.ows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.manhal.api.problem.Problems;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /ows}: WMS 1.3.0 and WFS 2.0 of the published layers, answered by MapServer, and
 * {@code POST /ows}: WFS 2.0 read requests as XML bodies ({@link #owsPost}). Only
 * the OWS parameters go through (never {@code map}, {@code mode} or MapServer's CGI variables);
 * the mapfile is named by its alias. Images stream as they come; text answers (capabilities,
 * GML, GeoJSON, OGC exceptions) get this service's address in place of the mapfile's placeholder
 * and lose any server path. MapServer's own failure pages ({@link OwsService#get}), its timeouts
 * and its absence become problems (502, 504, 503).
 */
@RestController
class OwsController {

    private static final Logger log = LoggerFactory.getLogger(OwsController.class);

    /** The KVP parameters of WMS 1.3.0 (ISO 19128 §6.9, 7.2–7.4) and WFS 2.0 (ISO 19142 §7.6, 8–11), plus LANGUAGE. */
    static final Set<String> OWS_PARAMETERS = Set.of("SERVICE", "VERSION", "REQUEST", "ACCEPTVERSIONS", "ACCEPTFORMATS",
            "SECTIONS", "UPDATESEQUENCE", "LANGUAGE", "LAYERS", "STYLES", "CRS", "SRS", "BBOX", "WIDTH", "HEIGHT", "FORMAT",
            "TRANSPARENT", "BGCOLOR", "EXCEPTIONS", "TIME", "ELEVATION", "QUERY_LAYERS", "INFO_FORMAT", "FEATURE_COUNT",
            "I", "J", "X", "Y", "LAYER", "SLD_VERSION", "SCALE", "TYPENAME", "TYPENAMES", "OUTPUTFORMAT",
            "MAXFEATURES", "COUNT", "STARTINDEX", "RESULTTYPE", "PROPERTYNAME", "FEATUREID", "RESOURCEID", "FILTER",
            "FILTER_LANGUAGE", "SORTBY", "SRSNAME", "NAMESPACES", "NAMESPACE", "STOREDQUERY_ID", "VALUEREFERENCE");
    private static final Set<String> SERVICES = Set.of("WMS", "WFS");
    private static final int MAX_VALUE = 8_000;

    /** The root elements of the WFS 2.0 requests that only read (ISO 19142 Table 1 less Transaction and the locks). */
    static final Set<String> WFS_READ_REQUESTS = Set.of("GetCapabilities", "DescribeFeatureType", "GetFeature",
            "GetPropertyValue", "ListStoredQueries", "DescribeStoredQueries");
    static final int MAX_BODY = 256 * 1024;

    private final OwsService ows;

    OwsController(OwsService ows) {
        this.ows = ows;
    }

    @GetMapping("/ows")
    void ows(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = owsQuery(request.getParameterMap());
        relay(ows.get(query), response);
    }

    /**
     * {@code POST /ows}: a WFS 2.0 request as an XML body (ISO 19142 §7.6.4: GetFeature,
     * GetPropertyValue, DescribeFeatureType, GetCapabilities, the stored-query listings). The body
     * goes to MapServer as it came, once it is known to be one of those: well-formed XML of at
     * most {@value #MAX_BODY} bytes, with no DOCTYPE (no entity of any kind reaches MapServer's
     * parser), whose root is a WFS read request. Transactions and locks (WFS-T) are refused:
     * nothing here writes. The query string is ignored; the mapfile is named by its alias.
     */
    @PostMapping(path = "/ows", consumes = {"application/xml", "text/xml"})
    void owsPost(@RequestBody byte[] body, HttpServletRequest request, HttpServletResponse response) throws IOException {
        checkWfsRequest(body);
        relay(ows.post(request.getContentType(), body), response);
    }

    /** Refuses a body that is not a small, DOCTYPE-free, well-formed WFS read request: a bilingual 400. */
    static void checkWfsRequest(byte[] body) {
        if (body.length > MAX_BODY) {
            throw new InvalidInputException(List.of(Violation.of("body", "TOO_LARGE",
                    "متن الطلب أكبر من " + MAX_BODY / 1024 + " كيلوبايت.", "The request body is larger than " + MAX_BODY / 1024 + " KB.")));
        }
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            root = f.newDocumentBuilder().parse(new ByteArrayInputStream(body)).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new InvalidInputException(List.of(Violation.of("body", "NOT_XML",
                    "متن الطلب ليس XML سليماً (ولا يقبل DOCTYPE).", "The request body is not well-formed XML (and no DOCTYPE is accepted).")));
        }
        if (!"http://www.opengis.net/wfs/2.0".equals(root.getNamespaceURI()) || !WFS_READ_REQUESTS.contains(root.getLocalName())) {
            String name = root.getLocalName() == null ? root.getNodeName() : root.getLocalName();
            throw new InvalidInputException(List.of(Violation.of("body", "NOT_A_WFS_READ",
                    "يقبل POST /ows طلبات القراءة في WFS 2.0 فقط (" + String.join("، ", WFS_READ_REQUESTS.stream().sorted().toList())
                            + ")، لا «" + cut(name) + "».",
                    "POST /ows takes the WFS 2.0 read requests only (" + String.join(", ", WFS_READ_REQUESTS.stream().sorted().toList())
                            + " in namespace http://www.opengis.net/wfs/2.0), not '" + cut(name) + "'.")));
        }
    }

    private static String cut(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    /** MapServer's answer to the client: images as they are, text with this service's address. */
    private void relay(MapServerAnswer mapServer, HttpServletResponse response) throws IOException {
        try (MapServerAnswer answer = mapServer) {
            String type = answer.contentType();
            response.setStatus(answer.status() >= 400 ? answer.status() : 200);
            response.setContentType(type);
            response.setHeader("Cache-Control", "no-cache");
            try (OutputStream out = textual(type) ? rewriting(response.getOutputStream()) : response.getOutputStream()) {
                copy(answer.body(), out);
            }
        }
    }

    /**
     * The OWS parameters of the request, URL-encoded again: unknown ones are left out, each name
     * at most once, values without control characters and of reasonable length.
     */
    static String owsQuery(Map<String, String[]> parameters) {
        List<Violation> violations = new ArrayList<>();
        StringJoiner query = new StringJoiner("&");
        String service = null;
        for (Map.Entry<String, String[]> p : parameters.entrySet()) {
            String name = p.getKey().toUpperCase(Locale.ROOT);
            if (!OWS_PARAMETERS.contains(name)) {
                continue;
            }
            String value = p.getValue().length == 0 ? "" : p.getValue()[0];
            if (p.getValue().length > 1) {
                violations.add(Violation.of(p.getKey(), "REPEATED", "المعامل " + name + " مكرر.", "The parameter " + name + " is repeated."));
            } else if (value.length() > MAX_VALUE || value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                violations.add(Violation.of(p.getKey(), "INVALID_VALUE", "قيمة المعامل " + name + " غير صالحة.",
                        "The value of " + name + " is not valid."));
            }
            if (name.equals("SERVICE")) {
                service = value.toUpperCase(Locale.ROOT);
            }
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        if (service == null || !SERVICES.contains(service)) {
            violations.add(Violation.of("SERVICE", "UNKNOWN_SERVICE", "المعامل SERVICE مطلوب: WMS أو WFS.",
                    "The parameter SERVICE is required: WMS or WFS."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return query.toString();
    }

    @ExceptionHandler(MapServerException.class)
    ResponseEntity<ProblemDetail> mapServer(MapServerException e) {
        log.warn("OWS request failed: {}", e.getMessage());
        MapServerException.Kind kind = e.kind();
        return ResponseEntity.status(kind.status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.valueOf(kind.status), kind.type, kind.title, e.text()));
    }

    private static boolean textual(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return t.startsWith("text/") || t.contains("xml") || t.contains("json");
    }

    private OutputStream rewriting(OutputStream out) {
        String self = ServletUriComponentsBuilder.fromCurrentContextPath().path("/ows").toUriString() + "?";
        return new ReplacingOutputStream(out, Map.of(MapfileWriter.ONLINE_RESOURCE, self,
                ows.directory().toString(), "", "map=" + MapfileWriter.MAP_ALIAS + "&amp;", "", "map=" + MapfileWriter.MAP_ALIAS + "&", ""));
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[16_384];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
        }
    }
}
