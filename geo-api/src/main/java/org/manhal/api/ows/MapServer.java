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
}
