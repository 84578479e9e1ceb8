package org.manhal.rules;

import static org.manhal.application.ApplicationType.WELL_DEEPENING;
import static org.manhal.application.ApplicationType.WELL_DRILLING;
import static org.manhal.application.ApplicationType.WELL_REGISTRATION;
import static org.manhal.application.ApplicationType.WELL_REPLACEMENT;

import java.util.ArrayList;
import java.util.List;

/**
 * The seed spacing rules for Oman, from {@code research/domain.md} §1.2, §1.3 and §2.
 *
 * <p>Sourced rules: the 3.5 km harim around a falaj mother well (Water Licensing Department,
 * Times of Oman 2022; van der Gun 2007), with the RD 39/2017 Art. 5 exception for monitoring and
 * falaj-assist wells, which instead need a licence (review); no new well inside a red or orange
 * well-field protection zone; the restricted-zone regimes (no new wells; replacement only;
 * study required). Rules flagged {@link SpacingRule#configurableDefault()} carry numbers from
 * other jurisdictions (feet converted at 0.3048 m, rounded to the centimetre) or extend a
 * sourced rule to deepening and replacement; they answer {@link RuleOutcome#NEEDS_REVIEW} or
 * {@link RuleOutcome#WARN}, never an automatic refusal.
 *
 * <p>{@code WELL_REGISTRATION} is checked like a new well, so that an inventory record shows what
 * a permit at that place would face; the caller records the findings and never refuses the
 * registration on them.
 */
public final class OmanDefaultRules {

    /** Well-use codes the seed rules refer to (DESIGN §5). */
    static final String MONITORING = "MONITORING";
    static final String FALAJ_ASSIST = "FALAJ_ASSIST";
    static final String PUBLIC_SUPPLY = "PUBLIC_SUPPLY";

    private static final String DISTANCE_AR =
            "تبعد البئر {measured} م عن {kind} ({feature})، والحد الأدنى المطلوب {required} م.";
    private static final String DISTANCE_EN =
            "The well is {measured} m from the {kind} {feature}; at least {required} m is required.";

    private OmanDefaultRules() {
    }

    /** The seed rules, in a stable order. */
    public static List<SpacingRule> rules() {
        List<SpacingRule> rules = new ArrayList<>();
        rules.addAll(falajRules());
        rules.addAll(protectionZoneRules());
        rules.addAll(restrictedZoneRules());
        rules.addAll(sourceProtectionDefaults());
        rules.addAll(wellSpacingDefaults());
        return List.copyOf(rules);
    }

    /** The seed rules as a {@link RuleSet}. */
    public static RuleSet ruleSet() {
        return RuleSet.of(rules());
    }

    private static List<SpacingRule> falajRules() {
        return List.of(
                SpacingRule.builder("OM-FALAJ-3500")
                        .applicationTypes(WELL_DRILLING, WELL_REGISTRATION)
                        .exemptUses(MONITORING, FALAJ_ASSIST)
                        .minDistance(FeatureKind.FALAJ_MOTHER_WELL, "3500")
                        .outcome(RuleOutcome.REJECT)
                        .legalReference("Water Licensing Department, new-well licence condition:"
                                + " outside the harim of the aflaj, 3.5 km (Times of Oman, 2022);"
                                + " no well within 3.5 km of a falaj mother well (van der Gun, 2007);"
                                + " RD 39/2017 Art. 5 for World-Heritage aflaj")
                        .messages("تبعد البئر {measured} م عن أم الفلج ({feature})، ويجب ألا تقل"
                                        + " المسافة عن {required} م (حريم الفلج).",
                                "The well is {measured} m from the falaj mother well {feature};"
                                        + " a new well must be at least {required} m away (harim of the falaj).")
                        .build(),
                SpacingRule.builder("OM-FALAJ-3500-EXEMPT")
                        .applicationTypes(WELL_DRILLING, WELL_REGISTRATION)
                        .wellUses(MONITORING, FALAJ_ASSIST)
                        .minDistance(FeatureKind.FALAJ_MOTHER_WELL, "3500")
                        .outcome(RuleOutcome.NEEDS_REVIEW)
                        .legalReference("RD 39/2017 Art. 5: exploration, monitoring and falaj-assist"
                                + " wells inside the harim of the mother well need a ministry licence")
                        .messages("تبعد البئر {measured} م عن أم الفلج ({feature})، أي داخل حريمها البالغ"
                                        + " {required} م؛ تحتاج آبار المراقبة ومساندة الأفلاج هناك إلى ترخيص من الوزارة.",
                                "The well is {measured} m from the falaj mother well {feature}, inside its"
                                        + " {required} m harim; a monitoring or falaj-assist well there needs"
                                        + " the ministry's licence.")
                        .build(),
                SpacingRule.builder("OM-FALAJ-3500-MOD")
                        .applicationTypes(WELL_DEEPENING, WELL_REPLACEMENT)
                        .minDistance(FeatureKind.FALAJ_MOTHER_WELL, "3500")
                        .outcome(RuleOutcome.NEEDS_REVIEW)
                        .legalReference("configurable default, after RD 39/2017 Art. 6 (no modification"
                                + " of existing wells feeding a falaj without licence) and the 3.5 km harim")
                        .messages("تبعد البئر {measured} م عن أم الفلج ({feature})، أي داخل الحريم البالغ"
                                        + " {required} م؛ يحتاج تعميقها أو استبدالها إلى مراجعة.",
                                "The well is {measured} m from the falaj mother well {feature}, inside the"
                                        + " {required} m harim; deepening or replacing it needs review.")
                        .configurableDefault()
                        .build());
    }

    private static List<SpacingRule> protectionZoneRules() {
        String newWellSource = "Water Licensing Department, new-well licence condition: outside"
                + " drinking-water well-field protection zones, red and orange (Times of Oman, 2022);"
                + " ministerial decisions on well-field protection zones (2001)";
        String modificationSource = "configurable default, after the ministerial decisions on"
                + " well-field protection zones (2001)";
        List<SpacingRule> rules = new ArrayList<>();
        for (FeatureKind zone : List.of(FeatureKind.WPZ_RED, FeatureKind.WPZ_ORANGE)) {
            String id = zone == FeatureKind.WPZ_RED ? "OM-WPZ-RED" : "OM-WPZ-ORANGE";
            rules.add(zoneRule(id, zone, RuleOutcome.REJECT, newWellSource,
                    "تقع البئر داخل {kind} ({feature})، ولا تُرخَّص آبار جديدة فيها.",
                    "The well lies inside the {kind} {feature}; new wells are not licensed there.")
                    .applicationTypes(WELL_DRILLING, WELL_REGISTRATION).build());
            rules.add(zoneRule(id + "-MOD", zone, RuleOutcome.NEEDS_REVIEW, modificationSource,
                    "تقع البئر داخل {kind} ({feature})؛ يحتاج تعميقها أو استبدالها إلى مراجعة.",
                    "The well lies inside the {kind} {feature}; deepening or replacing it needs review.")
                    .applicationTypes(WELL_DEEPENING, WELL_REPLACEMENT).configurableDefault().build());
        }
        return rules;
    }

    private static List<SpacingRule> restrictedZoneRules() {
        String source = "restricted zone designated by the ministry (MAFWR), regime: ";
        return List.of(
                zoneRule("OM-ZONE-NO-NEW-WELLS", FeatureKind.NO_NEW_WELLS_ZONE, RuleOutcome.REJECT,
                        source + "no new wells; RD 29/2000 Art. 6 (licence required)",
                        "تقع البئر داخل {kind} ({feature})، ولا يسمح فيها بحفر آبار جديدة.",
                        "The well lies inside the {kind} {feature}; no new wells may be drilled there.")
                        .applicationTypes(WELL_DRILLING, WELL_REGISTRATION).build(),
                zoneRule("OM-ZONE-REPLACEMENT-ONLY", FeatureKind.REPLACEMENT_ONLY_ZONE,
                        RuleOutcome.REJECT, source + "replacement only; RD 29/2000 Art. 6",
                        "تقع البئر داخل {kind} ({feature})، ولا يسمح فيها إلا باستبدال بئر قائمة.",
                        "The well lies inside the {kind} {feature}; only the replacement of an"
                                + " existing well is allowed there.")
                        .applicationTypes(WELL_DRILLING, WELL_DEEPENING, WELL_REGISTRATION).build(),
                zoneRule("OM-ZONE-STUDY", FeatureKind.STUDY_REQUIRED_ZONE, RuleOutcome.NEEDS_REVIEW,
                        source + "permit with a hydrogeological study",
                        "تقع البئر داخل {kind} ({feature})؛ يلزم إجراء دراسة هيدروجيولوجية قبل البت في الطلب.",
                        "The well lies inside the {kind} {feature}; a hydrogeological study is required"
                                + " before a decision.")
                        .applicationTypes(WELL_DRILLING, WELL_DEEPENING, WELL_REPLACEMENT,
                                WELL_REGISTRATION)
                        .build());
    }

    private static List<SpacingRule> sourceProtectionDefaults() {
        String tceq = "configurable default, after TCEQ 30 TAC §290.41(c) (public-water-supply wells): ";
        return List.of(
                distanceDefault("OM-PSW-500", FeatureKind.PUBLIC_SUPPLY_WELL, "500",
                        "configurable default, after the Maharashtra Groundwater (Regulation for"
                                + " Drinking Water Purposes) Act 1993: 500 m from a public drinking-water source")
                        .build(),
                distanceDefault("OM-SEPTIC-15", FeatureKind.SEPTIC_TANK, "15.24",
                        "configurable default, after Texas 16 TAC ch. 76 (well siting): 50 ft from a septic tank")
                        .exemptUses(PUBLIC_SUPPLY).build(),
                distanceDefault("OM-SEPTIC-PSW-46", FeatureKind.SEPTIC_TANK, "45.72",
                        tceq + "150 ft from a septic tank")
                        .wellUses(PUBLIC_SUPPLY).build(),
                distanceDefault("OM-SEWAGE-152", FeatureKind.SEWAGE_PLANT, "152.40",
                        tceq + "500 ft from a sewage treatment plant").build(),
                distanceDefault("OM-LANDFILL-152", FeatureKind.LANDFILL, "152.40",
                        tceq + "500 ft from solid-waste sites").build(),
                distanceDefault("OM-FUEL-46", FeatureKind.FUEL_STATION, "45.72",
                        tceq + "150 ft from underground storage tanks").build(),
                distanceDefault("OM-FALAJ-CHANNEL-500", FeatureKind.FALAJ_CHANNEL, "500",
                        "configurable default, after the 500 m protection of a drinking-water source"
                                + " (Maharashtra Act 1993); whether the falaj harim runs along the channel"
                                + " is not established, hence a warning only")
                        .outcome(RuleOutcome.WARN)
                        .messages("تبعد البئر {measured} م عن قناة الفلج ({feature})، وهي أقل من {required} م؛"
                                        + " يُرجى التحقق من عدم تأثيرها على الفلج.",
                                "The well is {measured} m from the falaj channel {feature}, less than"
                                        + " {required} m; check that it does not draw on the falaj.")
                        .build());
    }

    /**
     * Spacing between wells by yield class, after Kansas GMD3 K.A.R. 5-23-3a (authorised
     * quantity ≤ 15, 16–25, 26–100, > 100 acre-feet a year, 1 acre-foot = 1,233.48 m³, rounded
     * to 50, 85 and 340 m³/day; 660, 2,300, 5,280 and 10,560 ft). Monitoring wells abstract
     * nothing and are exempt.
     */
    private static List<SpacingRule> wellSpacingDefaults() {
        String kansas = "configurable default, after Kansas GMD3 K.A.R. 5-23-3a: ";
        return List.of(
                wellSpacing("OM-WELL-201", null, 50.0, "201.17", kansas + "≤ 15 acre-ft/yr, 660 ft"),
                wellSpacing("OM-WELL-701", 50.0, 85.0, "701.04", kansas + "16–25 acre-ft/yr, 2,300 ft"),
                wellSpacing("OM-WELL-1609", 85.0, 340.0, "1609.34", kansas + "26–100 acre-ft/yr, 5,280 ft"),
                wellSpacing("OM-WELL-3219", 340.0, null, "3218.69", kansas + "> 100 acre-ft/yr, 10,560 ft"));
    }

    private static SpacingRule wellSpacing(String id, Double minYield, Double maxYield,
            String metres, String source) {
        return distanceDefault(id, FeatureKind.EXISTING_WELL, metres, source)
                .yieldClass(minYield, maxYield)
                .exemptUses(MONITORING)
                .build();
    }

    private static SpacingRule.Builder distanceDefault(String id, FeatureKind kind, String metres,
            String source) {
        return SpacingRule.builder(id)
                .applicationTypes(WELL_DRILLING, WELL_REPLACEMENT, WELL_REGISTRATION)
                .minDistance(kind, metres)
                .outcome(RuleOutcome.NEEDS_REVIEW)
                .legalReference(source)
                .messages(DISTANCE_AR, DISTANCE_EN)
                .configurableDefault();
    }

    private static SpacingRule.Builder zoneRule(String id, FeatureKind zone, RuleOutcome outcome,
            String source, String messageAr, String messageEn) {
        return SpacingRule.builder(id)
                .notInside(zone)
                .outcome(outcome)
                .legalReference(source)
                .messages(messageAr, messageEn);
    }
}
