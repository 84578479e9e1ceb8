package org.manhal.api.ows;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.manhal.common.Text;

/**
 * One published layer as the map servers see it (MapServer's mapfile, GeoServer's feature type):
 * a publication view, the columns it shows, how it is drawn. Made from the layer catalogue; the
 * view holds only what may be shown, so nothing here can widen it.
 *
 * @param name        the layer's name in WMS/WFS ({@code LAYERS=}, {@code TYPENAMES=}): lower case, digits, underscore
 * @param title       its title in Arabic and English
 * @param schema      the publication views' schema
 * @param view        the view's name in that schema
 * @param idColumn    the view's unique key (WFS feature ids)
 * @param geometry    the kind of geometry in the view's {@code geom} column (SRID 4326)
 * @param attributes  the columns published (WFS, GetFeatureInfo), in order: the catalogue's public ones
 * @param style       how the layer is drawn (read from {@code sld})
 * @param sld         the layer's SLD 1.0, as the catalogue has it (GeoServer gets it as it is)
 * @param cellCounts  for a layer drawn as counts per cell below a zoom (the wells, as their tiles):
 *                    the per-cell counts view and that zoom
 */
public record OwsLayer(String name, Text title, String schema, String view, String idColumn, GeometryKind geometry,
                       List<String> attributes, OwsStyle style, String sld, Optional<CellCounts> cellCounts) {

    /** What a column may be: it goes into SQL and into the mapfile unquoted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    /** What a layer's name may be (WMS/WFS names, GeoServer resources, URL path segments). */
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,62}");

    /** The geometry column of every publication view. */
    public static final String GEOMETRY_COLUMN = "geom";

    public OwsLayer {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(style, "style");
        attributes = List.copyOf(attributes);
        Objects.requireNonNull(sld, "sld");
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain layer name: " + name);
        }
        identifier(schema);
        identifier(view);
        identifier(idColumn);
        attributes.forEach(OwsLayer::identifier);
        Objects.requireNonNull(cellCounts, "cellCounts");
    }

    /** A layer of single features with no counts per cell. */
    public OwsLayer(String name, Text title, String schema, String view, String idColumn, GeometryKind geometry,
                    List<String> attributes, OwsStyle style, String sld) {
        this(name, title, schema, view, idColumn, geometry, attributes, style, sld, Optional.empty());
    }

    /**
     * Below {@code pointsFromZoom} the layer is drawn from {@code relation}, a view of per-cell
     * counts (columns cell, level, use, status, n, geom: LayerDefinition.Tiling), as the tiles draw it.
     */
    public record CellCounts(String relation, int pointsFromZoom) {

        private static final Pattern RELATION = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");

        public CellCounts {
            if (relation == null || !RELATION.matcher(relation).matches() || pointsFromZoom < 1) {
                throw new IllegalArgumentException("not a plain view or a zoom: " + relation + " " + pointsFromZoom);
            }
        }
    }

    private static void identifier(String s) {
        if (s == null || !IDENTIFIER.matcher(s).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + s);
        }
    }

    /** The view's schema-qualified name. */
    public String relation() {
        return schema + "." + view;
    }

    /** The kinds of geometry a layer holds. */
    public enum GeometryKind {
        POINT, LINE, POLYGON
    }
}
