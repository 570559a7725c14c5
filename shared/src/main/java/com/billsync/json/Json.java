package com.billsync.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The single JSON mapper configuration of billsync.
 *
 * <p>The shared instance is thread-safe and must not be reconfigured by callers (that would change it for
 * everybody); a component that needs a different dialect builds its own mapper from {@link #derive()}.
 */
public final class Json {

    private static final JsonMapper MAPPER = base().build();

    private Json() {
    }

    /** The shared mapper: snake_case properties, ISO-8601 dates, unknown properties ignored, exact decimals. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A builder preloaded with the shared settings, for a mapper that differs on purpose (for example the
     * Bill.com adapter, whose wire format is camelCase). Each call returns a fresh builder.
     */
    public static JsonMapper.Builder derive() {
        return MAPPER.rebuild();
    }

    private static JsonMapper.Builder base() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Money travels as JSON numbers; doubles would round it.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
