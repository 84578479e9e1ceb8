package org.manhal.api.ows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.manhal.api.ows.OwsStyle.Label;
import org.manhal.api.ows.OwsStyle.Mark;
import org.manhal.api.ows.OwsStyle.Symbol;
import org.manhal.api.ows.OwsStyle.ValueClass;
import org.manhal.common.Text;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads a layer's SLD 1.0 into the mapfile's terms, the subset the catalogue's styles use and both
 * MapServer and GeoServer draw alike: rules with at most one {@code PropertyIsEqualTo} on one
 * column, a Point (circle, square, triangle, star), Line or Polygon symbolizer with fill, fill
 * opacity, stroke and stroke width, and TextSymbolizers labelling a column, with the rule's
 * {@code MaxScaleDenominator}. Rule titles are "العربية / English". Anything else in an SLD is a
 * start-up failure naming the layer, so the mapfile never draws a layer differently from GeoServer
 * without anyone knowing.
 */
final class SldReader {

    private static final String SLD = "http://www.opengis.net/sld";
    private static final String OGC = "http://www.opengis.net/ogc";

    private SldReader() {
    }

    static OwsStyle read(String layer, String sld) {
        Document doc = parse(layer, sld);
        String classColumn = null;
        List<ValueClass> classes = new ArrayList<>();
        Symbol fallback = null;
        List<Label> labels = new ArrayList<>();
        NodeList rules = doc.getElementsByTagNameNS(SLD, "Rule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            double maxScale = number(child(rule, SLD, "MaxScaleDenominator"), 0);
            for (Element text : children(rule, SLD, "TextSymbolizer")) {
                labels.add(label(layer, text, maxScale));
            }
            Symbol symbol = symbol(layer, rule);
            if (symbol == null) {
                continue;
            }
            Element equal = child(rule, OGC, "PropertyIsEqualTo");
            if (equal == null) {
                fallback = symbol;
                continue;
            }
            String column = text(child(equal, OGC, "PropertyName"));
            if (classColumn != null && !classColumn.equals(column)) {
                throw unreadable(layer, "rules filter on two columns, " + classColumn + " and " + column);
            }
            classColumn = column;
            classes.add(new ValueClass(text(child(equal, OGC, "Literal")), symbol));
        }
        return new OwsStyle(classColumn, classes, fallback, labels);
    }

    private static Symbol symbol(String layer, Element rule) {
        Text name = title(rule);
        Element point = child(rule, SLD, "PointSymbolizer");
        if (point != null) {
            Element mark = child(point, SLD, "Mark");
            Mark kind = Mark.valueOf(text(child(mark, SLD, "WellKnownName")).toUpperCase(Locale.ROOT));
            Element stroke = child(mark, SLD, "Stroke");
            return new Symbol(name, kind, css(child(mark, SLD, "Fill"), "fill"), 1, css(stroke, "stroke"),
                    number(css(stroke, "stroke-width"), 1), number(child(point, SLD, "Size"), 6));
        }
        Element line = child(rule, SLD, "LineSymbolizer");
        if (line != null) {
            Element stroke = child(line, SLD, "Stroke");
            return new Symbol(name, Mark.CIRCLE, null, 1, css(stroke, "stroke"), number(css(stroke, "stroke-width"), 1), 0);
        }
        Element polygon = child(rule, SLD, "PolygonSymbolizer");
        if (polygon != null) {
            Element fill = child(polygon, SLD, "Fill");
            Element stroke = child(polygon, SLD, "Stroke");
            return new Symbol(name, Mark.CIRCLE, css(fill, "fill"), number(css(fill, "fill-opacity"), 1), css(stroke, "stroke"),
                    number(css(stroke, "stroke-width"), 1), 0);
        }
        return null;
    }

    private static Label label(String layer, Element text, double maxScale) {
        String column = text(child(child(text, SLD, "Label"), OGC, "PropertyName"));
        if (column == null) {
            throw unreadable(layer, "a TextSymbolizer labels something other than one column");
        }
        double size = number(css(child(text, SLD, "Font"), "font-size"), 10);
        return new Label(column, size, maxScale);
    }

    /** "العربية / English", or the rule's name in both. */
    private static Text title(Element rule) {
        String title = text(child(rule, SLD, "Title"));
        if (title != null && title.contains(" / ")) {
            String[] parts = title.split(" / ", 2);
            return new Text(parts[0].strip(), parts[1].strip());
        }
        String name = title != null ? title : String.valueOf(text(child(rule, SLD, "Name")));
        return new Text(name, name);
    }

    private static String css(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Element p : children(parent, SLD, "CssParameter")) {
            if (name.equals(p.getAttribute("name"))) {
                String v = p.getTextContent().strip();
                return name.equals("fill") || name.equals("stroke") ? v.toLowerCase(Locale.ROOT) : v;
            }
        }
        return null;
    }

    private static Element child(Element parent, String ns, String name) {
        if (parent == null) {
            return null;
        }
        NodeList l = parent.getElementsByTagNameNS(ns, name);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> all = new ArrayList<>();
        NodeList l = parent.getElementsByTagNameNS(ns, name);
        for (int i = 0; i < l.getLength(); i++) {
            all.add((Element) l.item(i));
        }
        return all;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    private static double number(Element e, double otherwise) {
        return number(text(e), otherwise);
    }

    private static double number(String s, double otherwise) {
        return s == null || s.isEmpty() ? otherwise : Double.parseDouble(s);
    }

    private static Document parse(String layer, String sld) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(sld)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw unreadable(layer, e.getMessage());
        }
    }

    private static IllegalStateException unreadable(String layer, String why) {
        return new IllegalStateException("the SLD of layer " + layer + " is outside what the mapfile can draw: " + why);
    }
}
