package org.manhal.api.ows;

import java.io.IOException;
import java.io.InputStream;

/**
 * MapServer's answer as it streams in: status, content type, the body, and what to release once
 * the body is read (the CGI process, the HTTP connection).
 */
record MapServerAnswer(int status, String contentType, InputStream body, Runnable release) implements AutoCloseable {

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // the process or connection is released below either way
        } finally {
            release.run();
        }
    }
}
