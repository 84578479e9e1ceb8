package org.manhal.api.ows;

/** Where OWS requests go: MapServer as a CGI process per request, or its FastCGI web server. */
interface MapServer {

    /**
     * Sends one GET request; the query string is already restricted to OWS parameters and names
     * the mapfile by its alias.
     *
     * @throws MapServerException when MapServer cannot be reached, is too slow or fails
     */
    MapServerAnswer get(String queryString);

    /**
     * Sends one POST request (a WFS request as an XML body, already checked); the query string
     * names the mapfile only.
     *
     * @throws MapServerException when MapServer cannot be reached, is too slow or fails
     */
    MapServerAnswer post(String queryString, String contentType, byte[] body);
}
