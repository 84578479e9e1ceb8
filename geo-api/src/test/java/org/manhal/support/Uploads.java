package org.manhal.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.manhal.support.ApiClient.Response;

/**
 * Multipart uploads for the import tests: one file in the field {@code file}, query parameters in
 * the URL.
 */
public final class Uploads {

    private Uploads() {
    }

    /** POSTs {@code bytes} to the well import as the multipart field {@code file} named {@code fileName}. */
    public static Response upload(ApiClient api, String query, String fileName, byte[] bytes) {
        return upload(api, "/api/wells/import", query, fileName, bytes);
    }

    /** POSTs {@code bytes} to the import at {@code path} ({@code /api/plots/import}, ...). */
    public static Response upload(ApiClient api, String path, String query, String fileName, byte[] bytes) {
        String boundary = "manhal-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(bytes);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path + "?" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return api.send(request, Map.of("Content-Type", "multipart/form-data; boundary=" + boundary));
    }

    public static Response upload(ApiClient api, String query, String fileName, String text) {
        return upload(api, query, fileName, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
