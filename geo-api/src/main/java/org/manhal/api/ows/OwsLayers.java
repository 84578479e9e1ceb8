package org.manhal.api.ows;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.manhal.api.publishing.Attribute;
import org.manhal.api.publishing.Audience;
import org.manhal.api.publishing.LayerCatalogue;
import org.manhal.api.publishing.LayerDefinition;
import org.springframework.stereotype.Component;

/**
 * The layer catalogue's public layers as the map servers see them: the view, the public
 * attributes only (never the staff ones: {@code /ows} is open), and the layer's SLD with the
 * style read from it. Read once, at start.
 */
@Component
public class OwsLayers {

    private final List<OwsLayer> layers;

    OwsLayers(LayerCatalogue catalogue) {
        this.layers = catalogue.visibleTo(Audience.PUBLIC).stream().map(OwsLayers::layer).toList();
    }

    /** Every layer MapServer and GeoServer publish, in the catalogue's drawing order. */
    public List<OwsLayer> all() {
        return layers;
    }

    private static OwsLayer layer(LayerDefinition d) {
        String[] view = d.view().split("\\.", 2);
        String sld = resource(d.styleResource());
        return new OwsLayer(d.id(), d.title(), view[0], view[1], d.idColumn(), geometry(d),
                d.publicAttributes().stream().map(Attribute::column).toList(), SldReader.read(d.id(), sld), sld,
                d.tiles().aggregateView().map(cells -> new OwsLayer.CellCounts(cells, d.tiles().minZoom())));
    }

    private static OwsLayer.GeometryKind geometry(LayerDefinition d) {
        return OwsLayer.GeometryKind.valueOf(d.geometry().mapServer());
    }

    private static String resource(String path) {
        try (InputStream in = OwsLayers.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no style " + path + " on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
