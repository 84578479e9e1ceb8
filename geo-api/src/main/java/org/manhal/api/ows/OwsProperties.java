package org.manhal.api.ows;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of WMS/WFS through MapServer, under {@code manhal.ows.*} (docs/publishing-ows.md).
 *
 * @param dir           where the service writes the generated mapfile, MapServer's config file and
 *                      the font list at start ({@code manhal.ows.dir}, env {@code MANHAL_OWS_DIR};
 *                      default empty = a new temporary directory; {@code bin/manhal up} sets
 *                      {@code var/ows})
 * @param mapserverUrl  MapServer's FastCGI web server on loopback, e.g.
 *                      {@code http://127.0.0.1:58080/mapserv} ({@code manhal.ows.mapserver-url},
 *                      env {@code MANHAL_OWS_MAPSERVER_URL}; default empty = run {@code mapserv} as
 *                      CGI, one process per request, as the tests do)
 * @param mapserv       the {@code mapserv} binary for CGI ({@code manhal.ows.mapserv}, default
 *                      {@code /usr/bin/mapserv})
 * @param timeout       the longest a MapServer answer may take; then 504
 *                      ({@code manhal.ows.timeout}, env {@code MANHAL_OWS_TIMEOUT}, default 30s)
 * @param cgiProcesses  CGI processes at once; more requests wait up to {@code timeout}, then 503
 *                      ({@code manhal.ows.cgi-processes}, default 4)
 * @param dbUser        the login role MapServer connects as: it reads the publication views only
 *                      ({@code manhal.ows.db-user}, env {@code MANHAL_OWS_DB_USER}, default {@code manhal_ows})
 * @param dbPassword    its password ({@code manhal.ows.db-password}, env {@code MANHAL_OWS_DB_PASSWORD});
 *                      default empty = derived from the service's own database password, and set on
 *                      the role at start when the service's role may (CREATEROLE)
 * @param dbHost        the database host as MapServer (and a GeoServer) reach it
 *                      ({@code manhal.ows.db-host}; default empty = the host of {@code spring.datasource.url})
 * @param font          a TrueType font with Arabic and Latin glyphs for the labels
 *                      ({@code manhal.ows.font}, default DejaVu Sans of Debian's {@code fonts-dejavu-core})
 */
@ConfigurationProperties("manhal.ows")
public record OwsProperties(@DefaultValue("") String dir,
                            @DefaultValue("") String mapserverUrl,
                            @DefaultValue("/usr/bin/mapserv") String mapserv,
                            @DefaultValue("30s") Duration timeout,
                            @DefaultValue("4") int cgiProcesses,
                            @DefaultValue("manhal_ows") String dbUser,
                            @DefaultValue("") String dbPassword,
                            @DefaultValue("") String dbHost,
                            @DefaultValue("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf") String font) {

    public OwsProperties {
        if (cgiProcesses < 1) {
            throw new IllegalArgumentException("manhal.ows.cgi-processes must be at least 1, not " + cgiProcesses);
        }
        if (!dbUser.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("manhal.ows.db-user must be a plain role name, not " + dbUser);
        }
    }

    /** Whether MapServer is reached over HTTP (FastCGI behind lighttpd) rather than run as CGI. */
    public boolean fastCgi() {
        return mapserverUrl != null && !mapserverUrl.isBlank();
    }
}
