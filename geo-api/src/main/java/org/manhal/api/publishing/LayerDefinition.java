package org.manhal.api.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.manhal.common.Text;

/**
 * One published layer: everything the tiles, OGC API Features, the generated mapfile and the
 * GeoServer publisher need to know about it. Every output reads {@link #view()} (a view of schema
 * {@code pub}) as the publishing role, and shows {@link #publicAttributes()} to everyone and
 * {@link #staffAttributes()} in addition to staff.
 *
 * @param id               the layer's name in URLs, mapfiles and GeoServer ({@code wells}, {@code aflaj-channels})
 * @param title            its title in Arabic and English
 * @param description      a sentence on what it holds and what it leaves out
 * @param view             the publication view, schema-qualified: {@code pub.well} for a public layer,
 *                         {@code pub_staff.application} for a staff one
 * @param idColumn         the view's column that identifies a feature (unique, stable)
 * @param idIsNumber       whether that id is a number (an integer in JSON) rather than text
 * @param geometry         the view's one geometry type (column {@code geom}, EPSG:4326)
 * @param publicAttributes what everyone sees
 * @param staffAttributes  what staff see besides
 * @param audience         who may see the layer at all
 * @param datetimeColumn   the column OGC API's {@code datetime} compares with, if any
 * @param tiles            how the layer is tiled
 */
public record LayerDefinition(
        String id,
        Text title,
        Text description,
        String view,
        String idColumn,
        boolean idIsNumber,
        GeometryKind geometry,
        List<Attribute> publicAttributes,
        List<Attribute> staffAttributes,
        Audience audience,
        Optional<String> datetimeColumn,
        Tiling tiles) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern VIEW = Pattern.compile("pub\\.[a-z][a-z0-9_]*");
    private static final Pattern STAFF_VIEW = Pattern.compile("pub_staff\\.[a-z][a-z0-9_]*");
    private static final Pattern COLUMN = Pattern.compile("[a-z][a-z0-9_]*");

    public LayerDefinition {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(tiles, "tiles");
        // Ids, views and columns are written into SQL, URLs and mapfiles: plain names only. A public
        // layer reads a view of pub, a staff layer one of pub_staff (V58), which the public
        // publisher and the map servers cannot read.
        Pattern views = audience == Audience.STAFF ? STAFF_VIEW : VIEW;
        if (!ID.matcher(id).matches() || !views.matcher(view).matches() || !COLUMN.matcher(idColumn).matches()
                || datetimeColumn.filter(c -> !COLUMN.matcher(c).matches()).isPresent()) {
            throw new IllegalArgumentException("layer " + id + ": not a plain id, a view of " + (audience == Audience.STAFF
                    ? "pub_staff" : "pub") + " or a plain column");
        }
        publicAttributes = List.copyOf(publicAttributes);
        staffAttributes = List.copyOf(staffAttributes);
        List<String> publicNames = publicAttributes.stream().map(Attribute::name).toList();
        if (!publicNames.containsAll(tiles.attributes())) {
            throw new IllegalArgumentException("layer " + id + ": tiles may carry public attributes only, not "
                    + tiles.attributes().stream().filter(a -> !publicNames.contains(a)).toList());
        }
    }

    /** The classpath resource of the layer's SLD 1.0 style (one per layer, labels in Arabic and English). */
    public String styleResource() {
        return "org/manhal/api/publishing/styles/" + id + ".sld";
    }

    /** Whether a caller of this audience may see the layer at all. */
    public boolean visibleTo(Audience caller) {
        return caller == Audience.STAFF || audience == Audience.PUBLIC;
    }

    /** The attributes a caller of this audience sees: the public ones, and the staff ones for staff. */
    public List<Attribute> attributesFor(Audience caller) {
        if (caller == Audience.STAFF) {
            List<Attribute> all = new ArrayList<>(publicAttributes);
            all.addAll(staffAttributes);
            return List.copyOf(all);
        }
        return publicAttributes;
    }

    /** The public attributes a tile of the layer carries: those its tiling names, or all of them. */
    public List<Attribute> tileAttributes() {
        if (tiles.attributes().isEmpty()) {
            return publicAttributes;
        }
        return publicAttributes.stream().filter(a -> tiles.attributes().contains(a.name())).toList();
    }

    /** The public attribute of this name, if there is one. */
    public Optional<Attribute> publicAttribute(String name) {
        return publicAttributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * How a layer is cut into vector tiles.
     *
     * @param minZoom       the first zoom its features are drawn at, one by one
     * @param maxZoom       the last zoom it is tiled at (clients overzoom beyond)
     * @param aggregateView below {@code minZoom}: the view of per-cell counts (columns cell, use,
     *                      status, n, geom) drawn instead, one point per cell (empty: nothing below minZoom)
     * @param gridCells     the layer's features are grid cells of every level (column {@code level}):
     *                      a tile shows the level that suits its zoom
     * @param attributes    the names of the public attributes a tile carries (empty: all of them);
     *                      the rest are a feature query away (OGC API, the registry)
     */
    public record Tiling(int minZoom, int maxZoom, Optional<String> aggregateView, boolean gridCells, List<String> attributes) {

        public Tiling {
            if (minZoom < 0 || maxZoom > 22 || minZoom > maxZoom
                    || aggregateView.filter(v -> !VIEW.matcher(v).matches()).isPresent()) {
                throw new IllegalArgumentException("bad tiling " + minZoom + ".." + maxZoom + " " + aggregateView);
            }
            attributes = List.copyOf(attributes);
        }

        private Tiling(int minZoom, int maxZoom, Optional<String> aggregateView, boolean gridCells) {
            this(minZoom, maxZoom, aggregateView, gridCells, List.of());
        }

        /** The same tiling, its tiles carrying only the public attributes named. */
        public Tiling carrying(String... names) {
            return new Tiling(minZoom, maxZoom, aggregateView, gridCells, List.of(names));
        }

        /** Tiled at every zoom from 0 to {@code maxZoom}, feature by feature. */
        public static Tiling everyZoom(int maxZoom) {
            return new Tiling(0, maxZoom, Optional.empty(), false);
        }

        /** Features from {@code minZoom} to {@code maxZoom}, nothing below (a layer too dense to draw whole). */
        public static Tiling from(int minZoom, int maxZoom) {
            return new Tiling(minZoom, maxZoom, Optional.empty(), false);
        }

        /** Features from {@code minZoom}, counts per cell of {@code aggregateView} below it. */
        public static Tiling pointsFrom(int minZoom, int maxZoom, String aggregateView) {
            return new Tiling(minZoom, maxZoom, Optional.of(aggregateView), false);
        }

        /** Grid cells of every level, tiled at every zoom to {@code maxZoom} with the level that suits it. */
        public static Tiling gridCells(int maxZoom) {
            return new Tiling(0, maxZoom, Optional.empty(), true);
        }

        /** The first zoom anything is drawn at. */
        public int firstZoom() {
            return aggregateView.isPresent() ? 0 : minZoom;
        }
    }
}
