package org.manhal.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.manhal.rules.FeatureRef;

/**
 * Fills the placeholders of a rule's message template: {@code {measured}}, {@code {required}},
 * {@code {feature}} and {@code {kind}}. Numbers are metres with two decimals and Western digits,
 * as on Omani ministry forms; a missing number (zone rules) becomes an em dash.
 */
public final class MessageTemplate {

    private MessageTemplate() {
    }

    public static String fillEn(String template, BigDecimal measured, BigDecimal required, FeatureRef feature) {
        return fill(template, measured, required, feature.displayNameEn(), feature.kind().labelEn());
    }

    public static String fillAr(String template, BigDecimal measured, BigDecimal required, FeatureRef feature) {
        return fill(template, measured, required, feature.displayNameAr(), feature.kind().labelAr());
    }

    private static String fill(String template, BigDecimal measured, BigDecimal required,
            String featureName, String kindLabel) {
        return template.replace("{measured}", metres(measured))
                .replace("{required}", metres(required))
                .replace("{feature}", featureName)
                .replace("{kind}", kindLabel);
    }

    private static String metres(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
