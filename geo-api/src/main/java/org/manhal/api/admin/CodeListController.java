package org.manhal.api.admin;

import org.manhal.common.Bilingual;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The code tables with their Arabic and English labels, for forms, legends and popups. */
@RestController
class CodeListController {

    @GetMapping("/api/code-lists")
    JsonNode codeLists() {
        ObjectNode lists = JsonNodeFactory.instance.objectNode();
        lists.set("wellType", list(WellType.values()));
        lists.set("wellUse", list(WellUse.values()));
        lists.set("wellStatus", list(WellStatus.values()));
        return lists;
    }

    private static <E extends Enum<E> & Bilingual> ArrayNode list(E[] values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (E e : values) {
            ObjectNode item = array.addObject();
            item.put("code", e.name());
            item.put("ar", e.ar());
            item.put("en", e.en());
        }
        return array;
    }
}
