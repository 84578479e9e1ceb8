package org.manhal.api.publishing.ogc;

import java.util.List;
import java.util.Map;

import org.manhal.api.publishing.Attribute;
import org.manhal.api.publishing.LayerDefinition;

import tools.jackson.databind.JsonNode;

/**
 * The HTML view of OGC API Features: plain server-rendered pages, every heading and label in
 * Arabic (right to left) and English, every value escaped. Only public attributes reach it (the
 * rows come from the publication views).
 */
final class OgcHtml {

    private OgcHtml() {
    }

    static String landing(JsonNode doc) {
        StringBuilder b = page("منهل — Manhal", "OGC API Features");
        b.append("<p>").append(esc(doc.get("description").asString())).append("</p><ul>");
        for (JsonNode link : doc.get("links")) {
            b.append("<li><a href=\"").append(esc(link.get("href").asString())).append("\">")
                    .append(esc(link.get("title").asString())).append("</a> <small>(").append(esc(link.get("rel").asString()))
                    .append(")</small></li>");
        }
        return end(b.append("</ul>"));
    }

    static String conformance(List<String> classes) {
        StringBuilder b = page("فئات المطابقة", "Conformance classes");
        b.append("<ul>");
        classes.forEach(c -> b.append("<li dir=\"ltr\">").append(esc(c)).append("</li>"));
        return end(b.append("</ul>"));
    }

    static String collections(List<LayerDefinition> layers) {
        StringBuilder b = page("الطبقات", "Collections");
        b.append("<table border=\"1\" cellpadding=\"4\"><tr><th>الطبقة / Collection</th><th>الوصف</th><th>Description</th></tr>");
        for (LayerDefinition l : layers) {
            b.append("<tr><td><a href=\"collections/").append(esc(l.id())).append("?f=html\">").append(esc(l.title().ar()))
                    .append(" — ").append(esc(l.title().en())).append("</a></td><td>").append(esc(l.description().ar()))
                    .append("</td><td dir=\"ltr\">").append(esc(l.description().en())).append("</td></tr>");
        }
        return end(b.append("</table>"));
    }

    static String collection(LayerDefinition l) {
        StringBuilder b = page(l.title().ar(), l.title().en());
        b.append("<p>").append(esc(l.description().ar())).append("</p><p dir=\"ltr\">").append(esc(l.description().en())).append("</p>");
        b.append("<p><a href=\"").append(esc(l.id())).append("/items?f=html\">المعالم — Features</a> · <a href=\"")
                .append(esc(l.id())).append("/items\">GeoJSON</a> · <a href=\"").append(esc(l.id()))
                .append("/queryables?f=html\">الخصائص القابلة للاستعلام — Queryables</a></p>");
        b.append("<h2>أنظمة الإحداثيات — Coordinate reference systems</h2><ul>");
        for (OgcCrs crs : OgcCrs.values()) {
            b.append("<li>").append(esc(crs.title().ar())).append(" — ").append(esc(crs.title().en()))
                    .append(" <code dir=\"ltr\">").append(esc(crs.uri())).append("</code></li>");
        }
        return end(b.append("</ul>"));
    }

    static String queryables(LayerDefinition l) {
        StringBuilder b = page("الخصائص القابلة للاستعلام: " + l.title().ar(), "Queryables: " + l.title().en());
        b.append("<table border=\"1\" cellpadding=\"4\"><tr><th>الاسم / Name</th><th>العنوان</th><th>Title</th><th>النوع / Type</th><th>القيم / Values</th></tr>");
        for (Attribute a : l.publicAttributes()) {
            b.append("<tr><td dir=\"ltr\"><code>").append(esc(a.name())).append("</code></td><td>").append(esc(a.title().ar()))
                    .append("</td><td dir=\"ltr\">").append(esc(a.title().en())).append("</td><td dir=\"ltr\">")
                    .append(esc(a.type().jsonType())).append("</td><td dir=\"ltr\">").append(esc(String.join(", ", a.values())))
                    .append("</td></tr>");
        }
        b.append("<tr><td dir=\"ltr\"><code>geometry</code></td><td>الهندسة</td><td dir=\"ltr\">Geometry</td><td dir=\"ltr\">")
                .append(esc(l.geometry().geoJson())).append("</td><td></td></tr>");
        return end(b.append("</table>"));
    }

    static String items(LayerDefinition l, List<Attribute> attributes, FeaturePage page, FeatureQuery q, String next, String prev) {
        StringBuilder b = page("المعالم: " + l.title().ar(), "Features: " + l.title().en());
        String matchedAr = page.numberMatched() != null ? String.valueOf(page.numberMatched())
                : "أكثر من " + PublishedFeatures.MATCH_COUNT_LIMIT;
        String matchedEn = page.numberMatched() != null ? String.valueOf(page.numberMatched())
                : "more than " + PublishedFeatures.MATCH_COUNT_LIMIT;
        b.append("<p>").append(page.features().size()).append(" من ").append(matchedAr).append(" — ")
                .append(page.features().size()).append(" of ").append(matchedEn).append(" (")
                .append(esc(q.crs().uri())).append(")</p>");
        b.append("<table border=\"1\" cellpadding=\"4\"><tr><th>id</th>");
        for (Attribute a : attributes) {
            b.append("<th>").append(esc(a.title().ar())).append("<br><span dir=\"ltr\">").append(esc(a.title().en())).append("</span></th>");
        }
        b.append("<th>الهندسة / Geometry</th></tr>");
        for (FeatureRow row : page.features()) {
            String id = String.valueOf(row.id());
            b.append("<tr><td><a href=\"items/").append(esc(encode(id))).append("?f=html\">").append(esc(id)).append("</a></td>");
            cells(b, attributes, row.properties());
            b.append("<td dir=\"ltr\"><small>").append(esc(shorten(row.geometry()))).append("</small></td></tr>");
        }
        b.append("</table><p>");
        if (prev != null) {
            b.append("<a href=\"").append(esc(prev)).append("\">السابق — Previous</a> ");
        }
        if (page.more()) {
            b.append("<a href=\"").append(esc(next)).append("\">التالي — Next</a>");
        }
        return end(b.append("</p>"));
    }

    static String item(LayerDefinition l, List<Attribute> attributes, FeatureRow row) {
        StringBuilder b = page(l.title().ar() + ": " + row.id(), l.title().en() + ": " + row.id());
        b.append("<table border=\"1\" cellpadding=\"4\">");
        for (Attribute a : attributes) {
            Object v = row.properties().get(a.name());
            b.append("<tr><th>").append(esc(a.title().ar())).append(" — <span dir=\"ltr\">").append(esc(a.title().en()))
                    .append("</span></th><td>").append(v == null ? "" : esc(v.toString())).append("</td></tr>");
        }
        b.append("<tr><th>الهندسة — Geometry</th><td dir=\"ltr\"><code>").append(esc(shorten(row.geometry())))
                .append("</code></td></tr>");
        return end(b.append("</table>"));
    }

    private static void cells(StringBuilder b, List<Attribute> attributes, Map<String, Object> properties) {
        for (Attribute a : attributes) {
            Object v = properties.get(a.name());
            b.append("<td>").append(v == null ? "" : esc(v.toString())).append("</td>");
        }
    }

    private static String shorten(String geometry) {
        return geometry.length() > 200 ? geometry.substring(0, 200) + "…" : geometry;
    }

    private static String encode(String id) {
        return org.springframework.web.util.UriUtils.encodePathSegment(id, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static StringBuilder page(String titleAr, String titleEn) {
        StringBuilder b = new StringBuilder(4096);
        b.append("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(titleAr)).append(" — ").append(esc(titleEn)).append("</title>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("</head><body>") // no inline style: the service's Content-Security-Policy refuses it
                .append("<nav><a href=\"").append(esc(OgcController.base())).append("?f=html\">منهل — Manhal</a><a href=\"")
                .append(esc(OgcController.base())).append("/collections?f=html\">الطبقات — Collections</a></nav>")
                .append("<h1>").append(esc(titleAr)).append("</h1><h1 dir=\"ltr\" lang=\"en\">").append(esc(titleEn)).append("</h1>");
        return b;
    }

    private static String end(StringBuilder b) {
        return b.append("</body></html>").toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
