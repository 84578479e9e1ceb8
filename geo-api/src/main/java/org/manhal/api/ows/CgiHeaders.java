package org.manhal.api.ows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The header block a CGI program writes before its body (RFC 3875 §6): lines up to an empty one. */
final class CgiHeaders {

    private CgiHeaders() {
    }

    /** The headers by lower-case name, or null when the stream ends first. */
    static Map<String, String> read(InputStream in, int max) throws IOException {
        Map<String, String> headers = new HashMap<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int total = 0;
        int b;
        while ((b = in.read()) >= 0) {
            if (++total > max) {
                throw new IOException("CGI headers longer than " + max + " bytes");
            }
            if (b == '\n') {
                String text = line.toString(StandardCharsets.ISO_8859_1).strip();
                line.reset();
                if (text.isEmpty()) {
                    return headers;
                }
                int colon = text.indexOf(':');
                if (colon > 0) {
                    headers.put(text.substring(0, colon).trim().toLowerCase(Locale.ROOT), text.substring(colon + 1).trim());
                }
            } else {
                line.write(b);
            }
        }
        return null;
    }

    /** The {@code Status:} header's code, 200 without one. */
    static int status(Map<String, String> headers) {
        String status = headers.get("status");
        if (status == null) {
            return 200;
        }
        try {
            return Integer.parseInt(status.split(" ", 2)[0]);
        } catch (NumberFormatException e) {
            return 502;
        }
    }
}
