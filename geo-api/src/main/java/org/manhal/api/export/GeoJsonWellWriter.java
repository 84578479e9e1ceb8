package org.manhal.api.export;

import java.io.OutputStream;
import java.util.function.Consumer;

import org.manhal.exports.ExportedWell;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes exported wells as an RFC 7946 FeatureCollection, one Feature at a time through a
 * streaming generator (nothing held in memory). Properties carry the wells API's names; the
 * wilayat and governorate are their codes; {@code owner} and {@code plotNumber} only with personal
 * data.
 */
final class GeoJsonWellWriter implements Consumer<ExportedWell>, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double SCALE = 1e7;   // 7 decimals of a degree: about 1 cm

    private final JsonGenerator g;
    private final boolean personal;

    GeoJsonWellWriter(OutputStream out, boolean personal) {
        this.g = JSON.createGenerator(out);
        this.personal = personal;
        g.writeStartObject();
        g.writeStringProperty("type", "FeatureCollection");
        g.writeArrayPropertyStart("features");
    }

    @Override
    public void accept(ExportedWell w) {
        g.writeStartObject();
        g.writeStringProperty("type", "Feature");
        g.writeNumberProperty("id", w.id());
        g.writeObjectPropertyStart("geometry");
        g.writeStringProperty("type", "Point");
        g.writeArrayPropertyStart("coordinates");
        g.writeNumber(Math.round(w.lon() * SCALE) / SCALE);
        g.writeNumber(Math.round(w.lat() * SCALE) / SCALE);
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectPropertyStart("properties");
        properties(w);
        g.writeEndObject();
        g.writeEndObject();
    }

    private void properties(ExportedWell w) {
        g.writeNumberProperty("id", w.id());
        text("registryNumber", w.registryNumber());
        text("type", w.type());
        text("use", w.use());
        text("status", w.status());
        number("depthM", w.depthM());
        number("diameterMm", w.diameterMm());
        number("yieldM3PerDay", w.yieldM3PerDay());
        number("staticWaterLevelM", w.staticWaterLevelM());
        text("staticWaterLevelOn", w.staticWaterLevelOn() == null ? null : w.staticWaterLevelOn().toString());
        number("ecUsPerCm", w.ecUsPerCm());
        text("pumpType", w.pumpType());
        text("powerSource", w.powerSource());
        text("drillingContractor", w.drillingContractor());
        text("drilledOn", w.drilledOn() == null ? null : w.drilledOn().toString());
        text("locationAccuracy", w.locationAccuracy());
        text("locationSource", w.locationSource());
        text("wilayat", w.wilayat());
        text("governorate", w.governorate());
        if (personal) {
            text("plotNumber", w.plotNumber());
            g.writeObjectPropertyStart("owner");
            text("name", w.ownerName());
            text("civilId", w.ownerCivilId());
            g.writeEndObject();
        }
    }

    private void text(String name, String value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeStringProperty(name, value);
        }
    }

    private void number(String name, Double value) {
        if (value == null) {
            g.writeNullProperty(name);
        } else {
            g.writeNumberProperty(name, value.doubleValue());
        }
    }

    @Override
    public void close() {
        g.writeEndArray();
        g.writeEndObject();
        g.flush();
    }
}
