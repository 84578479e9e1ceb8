package org.manhal.api.ows;

import java.util.List;

import org.manhal.api.ows.OwsStyle.Symbol;
import org.manhal.api.ows.OwsStyle.ValueClass;
import org.manhal.common.Text;
import org.springframework.stereotype.Component;

/** The published layers as the map servers see them, from the layer catalogue. */
@Component
public class OwsLayers {

    /** Every layer of the catalogue that MapServer and GeoServer publish. */
    public List<OwsLayer> all() {
        return List.of(new OwsLayer("wells", new Text("الآبار", "Wells"), "pub", "wells", "id", OwsLayer.GeometryKind.POINT,
                List.of("registry_number", "type", "use", "status", "wilayat", "governorate"), "registry_number",
                new OwsStyle("status", List.of(
                        new ValueClass("ACTIVE", new Symbol(new Text("عاملة", "Active"), "#1f78b4", "#ffffff", 1, 9))),
                        new Symbol(new Text("أخرى", "Other"), "#969696", "#505050", 1, 7))));
    }
}
