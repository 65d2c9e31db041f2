package io.casedesk.supportcase;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Stores a case's free-form details (extension, direction, counterpart number, ...) as a JSON text column. */
@Converter
class DetailsConverter implements AttributeConverter<Map<String, Object>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(Map<String, Object> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Case details cannot be written as JSON", e);
        }
    }

    @Override
    public Map<String, Object> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        try {
            return JSON.readValue(column, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored case details are not valid JSON", e);
        }
    }
}
