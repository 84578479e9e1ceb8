package org.manhal.api.ows;

import org.manhal.common.Text;

/**
 * MapServer could not answer: not reachable or busy (503), too slow (504), or it failed (502).
 * The text says so in both languages and never carries MapServer's own message, which may name
 * server paths or the database.
 */
class MapServerException extends RuntimeException {

    enum Kind {
        UNAVAILABLE(503, "map-server-unavailable", new Text("خادم الخرائط غير متاح", "Map server unavailable")),
        TIMEOUT(504, "map-server-timeout", new Text("انتهت مهلة خادم الخرائط", "Map server timeout")),
        FAILED(502, "map-server-error", new Text("أخفق خادم الخرائط", "Map server error"));

        final int status;
        final String type;
        final Text title;

        Kind(int status, String type, Text title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }
    }

    private final Kind kind;
    private final Text text;

    MapServerException(Kind kind, Text text, String logDetail) {
        super(logDetail);
        this.kind = kind;
        this.text = text;
    }

    Kind kind() {
        return kind;
    }

    Text text() {
        return text;
    }
}
