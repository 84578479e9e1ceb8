package org.manhal.api.geoserver;

import org.manhal.api.ows.OwsLayer;
import org.manhal.api.ows.OwsStyle;
import org.manhal.api.ows.OwsStyle.Symbol;
import org.manhal.api.ows.OwsStyle.ValueClass;

/**
 * A layer's style as SLD 1.0: the subset both GeoServer and MapServer 8.0 read (one
 * FeatureTypeStyle, PropertyIsEqualTo rules and an ElseFilter, circle marks, PropertyName labels),
 * the same symbols the mapfile draws, rule titles in both languages.
 */
final class SldWriter {

    private SldWriter() {
    }

    static String sld(OwsLayer layer) {
        StringBuilder s = new StringBuilder();
        s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<StyledLayerDescriptor version=\"1.0.0\" xmlns=\"http://www.opengis.net/sld\" ")
                .append("xmlns:ogc=\"http://www.opengis.net/ogc\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                .append("xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n")
                .append("  <NamedLayer>\n    <Name>").append(layer.name()).append("</Name>\n    <UserStyle>\n")
                .append("      <Name>").append(layer.name()).append("</Name>\n      <Title>").append(xml(layer.title().en()))
                .append(" | ").append(xml(layer.title().ar())).append("</Title>\n      <FeatureTypeStyle>\n");
        OwsStyle style = layer.style();
        for (ValueClass c : style.classes()) {
            rule(s, layer, c.symbol(), "<ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>" + style.classColumn()
                    + "</ogc:PropertyName><ogc:Literal>" + c.value() + "</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>");
        }
        rule(s, layer, style.fallback(), style.classes().isEmpty() ? "" : "<ElseFilter/>");
        s.append("      </FeatureTypeStyle>\n    </UserStyle>\n  </NamedLayer>\n</StyledLayerDescriptor>\n");
        return s.toString();
    }

    private static void rule(StringBuilder s, OwsLayer layer, Symbol symbol, String filter) {
        s.append("        <Rule>\n          <Name>").append(xml(symbol.name().en())).append("</Name>\n          <Title>")
                .append(xml(symbol.name().en())).append(" | ").append(xml(symbol.name().ar())).append("</Title>\n");
        if (!filter.isEmpty()) {
            s.append("          ").append(filter).append('\n');
        }
        switch (layer.geometry()) {
            case POINT -> s.append("          <PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName>")
                    .append(fill(symbol)).append(stroke(symbol)).append("</Mark><Size>").append(symbol.size())
                    .append("</Size></Graphic></PointSymbolizer>\n");
            case LINE -> s.append("          <LineSymbolizer>").append(stroke(symbol)).append("</LineSymbolizer>\n");
            case POLYGON -> s.append("          <PolygonSymbolizer>").append(fill(symbol)).append(stroke(symbol))
                    .append("</PolygonSymbolizer>\n");
        }
        if (layer.labelColumn() != null) {
            s.append("          <TextSymbolizer><Label><ogc:PropertyName>").append(layer.labelColumn())
                    .append("</ogc:PropertyName></Label><Fill><CssParameter name=\"fill\">#1e1e1e</CssParameter></Fill>")
                    .append("</TextSymbolizer>\n");
        }
        s.append("        </Rule>\n");
    }

    private static String fill(Symbol symbol) {
        return "<Fill><CssParameter name=\"fill\">" + symbol.fill() + "</CssParameter></Fill>";
    }

    private static String stroke(Symbol symbol) {
        return "<Stroke><CssParameter name=\"stroke\">" + symbol.stroke() + "</CssParameter><CssParameter name=\"stroke-width\">"
                + symbol.strokeWidth() + "</CssParameter></Stroke>";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
