package dev.checkoutconsole.api.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one JSON mapping of the API's objects: unknown fields are ignored, unknown enum values are kept raw,
 * amounts are exact and written as decimal strings, timestamps are ISO-8601 instants, and absent values are
 * left out. A checkout session keeps the JSON object it was read from.
 */
public final class ModelJson {
    private static final ObjectMapper MAPPER = build();

    private ModelJson() {
    }

    /** The shared, thread-safe mapper. Do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        SimpleModule amounts = new SimpleModule("conomy-model");
        amounts.addSerializer(BigDecimal.class, new DecimalStringSerializer());
        amounts.addDeserializer(OpenEnum.class, new OpenEnumDeserializer(null));
        amounts.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == CheckoutSession.class ? new SessionWithItsJson(deserializer) : deserializer;
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(amounts)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                // A session is read through a tree, which would otherwise turn an amount of 100.00 into 1E+2.
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    private static final class DecimalStringSerializer extends StdSerializer<BigDecimal> {
        DecimalStringSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(value.toPlainString());
        }
    }

    /** Reads the session's object as a tree first, then the session from that tree, and hands it the tree. */
    private static final class SessionWithItsJson extends DelegatingDeserializer {
        SessionWithItsJson(JsonDeserializer<?> sessionDeserializer) {
            super(sessionDeserializer);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> sessionDeserializer) {
            return new SessionWithItsJson(sessionDeserializer);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonNode json = context.readTree(parser);
            try (JsonParser fromTree = json.traverse(parser.getCodec())) {
                fromTree.nextToken();
                return ((CheckoutSession) _delegatee.deserialize(fromTree, context)).withJson(json);
            }
        }
    }

    /** Reads an OpenEnum of whatever enum type the declared property names. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class OpenEnumDeserializer extends JsonDeserializer<OpenEnum> implements ContextualDeserializer {
        private final Class<? extends Enum> enumType;

        OpenEnumDeserializer(Class<? extends Enum> enumType) {
            this.enumType = enumType;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
            JavaType type = property != null ? property.getType() : context.getContextualType();
            while (type != null && type.getRawClass() != OpenEnum.class && type.getContentType() != null) {
                type = type.getContentType();
            }
            if (type == null || type.containedTypeCount() != 1) {
                throw new IllegalStateException("OpenEnum must be declared with its enum type");
            }
            return new OpenEnumDeserializer((Class<? extends Enum>) type.containedType(0).getRawClass());
        }

        @Override
        public OpenEnum deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String raw = parser.getValueAsString();
            if (raw == null) {
                return null;
            }
            return OpenEnum.parse((Class) enumType, raw);
        }
    }
}
