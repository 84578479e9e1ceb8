package org.manhal.api.geoserver;

import java.net.URI;
import java.util.Objects;

/**
 * The GeoServer to configure and how its datastore reaches Manhal's database.
 *
 * @param url          GeoServer's base URL, e.g. {@code https://gis.example.om/geoserver} (its REST API is {@code url/rest})
 * @param user         an administrator of that GeoServer (HTTP Basic)
 * @param password     the administrator's password; never logged, never answered
 * @param workspace    the workspace to create or update
 * @param databaseHost the database host as GeoServer reaches it (may differ from the service's view)
 * @param databasePort its port
 */
public record GeoServerTarget(URI url, String user, String password, String workspace, String databaseHost, int databasePort) {

    public GeoServerTarget {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(databaseHost, "databaseHost");
    }

    /** The base URL without a trailing slash. */
    String base() {
        String s = url.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return "GeoServerTarget[" + url + ", user=" + user + ", workspace=" + workspace + "]";
    }
}
