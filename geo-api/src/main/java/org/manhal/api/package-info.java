/**
 * The web side: REST controllers, JSON and GeoJSON, RFC 9457 problems and the map's
 * configuration. It parses, delegates to the domain modules' APIs and formats; no rule lives
 * here. Nothing depends on it.
 */
@ApplicationModule(displayName = "Web API")
package org.manhal.api;

import org.springframework.modulith.ApplicationModule;
