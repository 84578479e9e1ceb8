package org.manhal.api.spacing;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.manhal.application.ApplicationType;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.SpacingOperator;
import org.manhal.rules.SpacingRule;
import org.manhal.rules.YieldClass;
import org.manhal.spacing.RuleChange;
import org.manhal.spacing.StoredRule;
import org.manhal.well.WellUse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A spacing rule as JSON, one member per component of {@link SpacingRule} plus {@code enabled},
 * {@code version}, {@code updatedAt}, {@code updatedBy}; reads a rule from a PUT body and reports
 * every problem at once (the engine's own consistency checks included, e.g. a {@code NOT_INSIDE}
 * rule needs a zone kind and no distance).
 */
final class RuleJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RuleJson() {
    }

    static ObjectNode write(StoredRule stored) {
        SpacingRule r = stored.rule();
        ObjectNode o = NODES.objectNode();
        o.put("id", r.id());
        strings(o.putArray("applicationTypes"), r.applicationTypes().stream().map(Enum::name).toList());
        strings(o.putArray("wellUses"), List.copyOf(r.wellUses()));
        strings(o.putArray("exemptUses"), List.copyOf(r.exemptUses()));
        ObjectNode yield = o.putObject("yieldClass");
        yield.put("minM3PerDay", r.yieldClass().minM3PerDay());
        yield.put("maxM3PerDay", r.yieldClass().maxM3PerDay());
        o.put("targetKind", r.targetKind().name());
        o.put("operator", r.operator().name());
        o.put("distanceM", r.distanceM());
        o.put("outcome", r.outcome().name());
        o.put("legalReference", r.legalReference());
        o.put("messageAr", r.messageAr());
        o.put("messageEn", r.messageEn());
        o.put("configurableDefault", r.configurableDefault());
        o.put("enabled", stored.enabled());
        o.put("version", stored.version());
        o.put("updatedAt", stored.updatedAt().toString());
        o.put("updatedBy", stored.updatedBy());
        return o;
    }

    static ObjectNode change(RuleChange c, JsonNode oldValues, JsonNode newValues) {
        ObjectNode o = NODES.objectNode();
        o.put("action", c.action());
        o.put("version", c.version());
        o.put("changedAt", c.changedAt().toString());
        o.put("changedBy", c.changedBy());
        o.set("oldValues", oldValues);
        o.set("newValues", newValues);
        return o;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** The rule with this id described by the body, or every problem with it. */
    static SpacingRule read(String id, JsonNode body, List<Violation> violations) {
        Set<ApplicationType> types = codes(body, "applicationTypes",
                Arrays.stream(ApplicationType.values()).filter(ApplicationType::concernsWell).toList(), violations);
        Set<WellUse> uses = codes(body, "wellUses", List.of(WellUse.values()), violations);
        Set<WellUse> exempt = codes(body, "exemptUses", List.of(WellUse.values()), violations);
        Double min = number(body.path("yieldClass"), "minM3PerDay", "yieldClass.minM3PerDay", violations);
        Double max = number(body.path("yieldClass"), "maxM3PerDay", "yieldClass.maxM3PerDay", violations);
        FeatureKind kind = code(body, "targetKind", List.of(FeatureKind.values()), violations);
        SpacingOperator operator = code(body, "operator", List.of(SpacingOperator.values()), violations);
        RuleOutcome outcome = code(body, "outcome", List.of(RuleOutcome.values()), violations);
        Double distance = number(body, "distanceM", "distanceM", violations);
        if (!violations.isEmpty()) {
            return null;
        }
        try {
            return new SpacingRule(id, types, names(uses), names(exempt), new YieldClass(min, max), kind, operator,
                    distance == null ? null : BigDecimal.valueOf(distance), outcome, text(body, "legalReference"),
                    text(body, "messageAr"), text(body, "messageEn"), body.path("configurableDefault").asBoolean(false));
        } catch (IllegalArgumentException | NullPointerException e) {
            violations.add(Violation.of("body", "INVALID_RULE", "القاعدة غير متسقة: " + e.getMessage(),
                    "The rule is not consistent: " + e.getMessage()));
            return null;
        }
    }

    static boolean enabled(JsonNode body) {
        return body.path("enabled").asBoolean(true);
    }

    private static Set<String> names(Set<WellUse> uses) {
        return uses.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> Set<E> codes(JsonNode body, String field, List<E> allowed,
                                                    List<Violation> violations) {
        Set<E> set = new LinkedHashSet<>();
        JsonNode array = body.get(field);
        if (array == null || array.isNull()) {
            return set;
        }
        if (!array.isArray()) {
            violations.add(Violation.of(field, "NOT_AN_ARRAY", "الحقل " + field + " يجب أن يكون مصفوفة.",
                    field + " must be an array."));
            return set;
        }
        for (JsonNode item : array) {
            E e = match(item, allowed);
            if (e == null) {
                violations.add(unknown(field, item, allowed));
            } else {
                set.add(e);
            }
        }
        return set;
    }

    private static <E extends Enum<E>> E code(JsonNode body, String field, List<E> allowed, List<Violation> violations) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            violations.add(Violation.of(field, "REQUIRED", "الحقل " + field + " مطلوب.", "The field " + field + " is required."));
            return null;
        }
        E e = match(node, allowed);
        if (e == null) {
            violations.add(unknown(field, node, allowed));
        }
        return e;
    }

    private static <E extends Enum<E>> E match(JsonNode node, List<E> allowed) {
        return allowed.stream().filter(e -> node.isString() && e.name().equals(node.asString())).findFirst().orElse(null);
    }

    private static <E extends Enum<E>> Violation unknown(String field, JsonNode value, List<E> allowed) {
        return Violation.unknownValue(field, value.isString() ? value.asString() : value.toString(),
                allowed.stream().map(Enum::name).toList());
    }

    private static Double number(JsonNode parent, String member, String field, List<Violation> violations) {
        JsonNode node = parent.get(member);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            violations.add(Violation.of(field, "NOT_A_NUMBER", "الحقل " + field + " يجب أن يكون رقماً.",
                    field + " must be a number."));
            return null;
        }
        return node.doubleValue();
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || !node.isString() ? null : node.asString();
    }

    static void requireValid(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
