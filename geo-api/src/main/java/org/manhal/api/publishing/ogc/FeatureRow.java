package org.manhal.api.publishing.ogc;

import java.util.Map;

/**
 * A published feature as read from its view: its id, its geometry as GeoJSON text (in the CRS
 * asked for) and its public attributes by name, in catalogue order.
 */
record FeatureRow(Object id, String geometry, Map<String, Object> properties) {
}
