package org.manhal.well.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.manhal.well.Licence;

/** Stores a well's licences as a JSON array in {@code well.licences} (jsonb). */
@Converter
public class LicencesConverter implements AttributeConverter<List<Licence>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Licence>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<Licence> licences) {
        return JSON.writeValueAsString(licences == null ? List.of() : licences);
    }

    @Override
    public List<Licence> convertToEntityAttribute(String json) {
        return json == null ? List.of() : List.copyOf(JSON.readValue(json, LIST));
    }
}
