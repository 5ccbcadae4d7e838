package org.influenceatlas.review;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.influenceatlas.base.CountryCode;
import org.influenceatlas.base.FieldDiff;
import org.influenceatlas.base.InvalidField;
import org.influenceatlas.base.PartialDate;
import org.influenceatlas.base.Vocabulary;
import org.influenceatlas.source.Credibility;
import org.influenceatlas.source.Reliability;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a fact (a domain record) as proposals store it and the changeset API takes it.
 * Values read as in the data files: dates as {@code 2023-09}, countries as {@code RUS}, words of a
 * vocabulary as {@code air-base}, a source's reliability as {@code B}, a citation's credibility as
 * {@code 2}. Only the record's components are written (not derived values such as a period's
 * {@code isOpen()}), and reading refuses unknown fields, so a typo is an error and not a lost value.
 * Reading builds the record through its own constructor: its rules are the importer's rules.
 */
final class FactJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .addModule(values())
            .build();

    private FactJson() {
    }

    static JsonNode tree(Object fact) {
        return fact == null ? null : JSON.valueToTree(fact);
    }

    static String text(Object fact) {
        try {
            return fact == null ? null : JSON.writeValueAsString(fact);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored fact is not JSON", e);
        }
    }

    /**
     * The record of that type the JSON describes.
     *
     * @throws InvalidField naming the field below {@code prefix} ({@code after.period.to}) and why
     */
    static <T> T read(JsonNode node, Class<T> type, String prefix) {
        try {
            return JSON.treeToValue(node, type);
        } catch (JsonMappingException e) {
            throw refusal(e, type, prefix);
        } catch (JsonProcessingException e) {
            throw new InvalidField(prefix, "is not readable");
        }
    }

    private static InvalidField refusal(JsonMappingException e, Class<?> root, String prefix) {
        StringBuilder path = new StringBuilder(prefix);
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        if (e instanceof ValueInstantiationException failed) {
            Throwable cause = failed.getCause();
            String message = cause == null || cause.getMessage() == null ? "is missing or not valid" : cause.getMessage();
            InvalidField field = FactFields.refusal(failed.getType().getRawClass(), message);
            return new InvalidField(field.field().isEmpty() ? path.toString() : path + "." + field.field(), field.reason());
        }
        String message = e.getOriginalMessage();
        if (e.getCause() instanceof IllegalArgumentException cause && cause.getMessage() != null) {
            message = cause.getMessage();
        } else if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return new InvalidField(path.toString(), "is not a field of " + unknown.getReferringClass().getSimpleName()
                    + " (fields: " + String.join(", ", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList()) + ")");
        } else if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException) {
            message = "has the wrong type of value";
        }
        return new InvalidField(path.toString(), message);
    }

    /** Writes enums, dates and country codes as the data files do, and reads them back with the same parsers. */
    private static SimpleModule values() {
        SimpleModule module = new SimpleModule("atlas-facts");
        module.addSerializer(PartialDate.class, new Text<>(PartialDate.class, PartialDate::toString));
        module.addSerializer(CountryCode.class, new Text<>(CountryCode.class, CountryCode::value));
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Enum<?>> enums = (Class) Enum.class;
        module.addSerializer(enums, new StdSerializer<>(enums) {
            @Override
            public void serialize(Enum<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (value instanceof Credibility c) {
                    gen.writeNumber(c.number());
                } else if (value instanceof Reliability r) {
                    gen.writeString(r.code());
                } else {
                    gen.writeString(Vocabulary.code(value));
                }
            }
        });
        module.addDeserializer(PartialDate.class, new FromText<>(PartialDate::parse));
        module.addDeserializer(CountryCode.class, new FromText<>(CountryCode::of));
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type, BeanDescription description,
                                                              JsonDeserializer<?> deserializer) {
                Class<?> raw = type.getRawClass();
                if (raw == Credibility.class) {
                    return new JsonDeserializer<Credibility>() {
                        @Override
                        public Credibility deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                            return Credibility.parse(p.getValueAsString());
                        }
                    };
                }
                if (raw == Reliability.class) {
                    return new FromText<>(Reliability::parse);
                }
                return new FromText<>(code -> vocabulary(raw, code));
            }
        });
        return module;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object vocabulary(Class<?> type, String code) {
        return Vocabulary.parse((Class) type, code);
    }

    private static final class Text<T> extends StdSerializer<T> {
        private final java.util.function.Function<T, String> format;

        Text(Class<T> type, java.util.function.Function<T, String> format) {
            super(type);
            this.format = format;
        }

        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(format.apply(value));
        }
    }

    /** Reads a JSON string with the domain's own parser; its IllegalArgumentException names what is wrong. */
    private static final class FromText<T> extends JsonDeserializer<T> {
        private final java.util.function.Function<String, T> parse;

        FromText(java.util.function.Function<String, T> parse) {
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING && p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw JsonMappingException.from(p, "is not a text");
            }
            try {
                return parse.apply(p.getValueAsString());
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, e.getMessage(), e);
            }
        }
    }

    /**
     * The fact's field-by-field difference ({@link FieldDiff}); a missing version (before a creation,
     * after a retirement) counts as a fact with no fields, so a creation lists every field it sets.
     */
    static List<FieldDiff.Difference> diff(JsonNode before, JsonNode after) {
        return FieldDiff.between(before == null || before.isNull() ? JSON.createObjectNode() : before,
                after == null || after.isNull() ? JSON.createObjectNode() : after);
    }

    /** A leaf as {@link FieldDiff} writes it (JSON text, null when absent). */
    static String leaf(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode() ? null : value.toString();
    }

    static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> leaves = new java.util.LinkedHashMap<>();
        flatten("", node, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), leaves));
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }
}
