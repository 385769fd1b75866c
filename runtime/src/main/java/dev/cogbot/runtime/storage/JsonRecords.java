package dev.cogbot.runtime.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.cogbot.api.RecordMismatch;

/**
 * Records as the JSON text the store keeps, through Jackson. One per plugin: Jackson caches what
 * it learns of each type, and a plugin's records must go with the plugin when it is unloaded, so
 * the mapper (and its type cache, which Jackson otherwise shares JVM-wide) lives and dies with the
 * plugin's handle on the bot.
 *
 * <pre>{@code
 * JsonRecords records = JsonRecords.create();
 * String json = records.write("poll", new Poll("Pizza?", List.of("yes", "no")));
 * Poll poll = records.read("poll", json, Poll.class);
 * }</pre>
 */
public final class JsonRecords {

    private volatile JsonMapper mapper; // made at first use: most plugins never store a record

    private JsonRecords() {
    }

    public static JsonRecords create() {
        return new JsonRecords();
    }

    /**
     * The JSON text of {@code value}.
     *
     * @throws IllegalArgumentException if Jackson cannot write it
     */
    public String write(String key, Record value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store '" + key + "' as JSON: " + reason(e), e);
        }
    }

    /**
     * {@code json} read as a {@code type}.
     *
     * @throws RecordMismatch if it is not JSON of that record type
     */
    public <T extends Record> T read(String key, String json, Class<T> type) {
        T value;
        try {
            value = mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new RecordMismatch(key, type, reason(e), e);
        }
        if (value == null) {
            throw new RecordMismatch(key, type, "it is JSON null", null);
        }
        return value;
    }

    private JsonMapper mapper() {
        JsonMapper made = mapper;
        if (made == null) {
            synchronized (this) {
                made = mapper;
                if (made == null) {
                    made = JsonMapper.builder()
                            .typeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<>(16, 200)))
                            .addModule(new JavaTimeModule())
                            .addModule(new Jdk8Module())
                            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                            .build();
                    mapper = made;
                }
            }
        }
        return made;
    }

    /** Jackson's message without the location and reference chain it appends on further lines. */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = message.strip().lines().findFirst().orElse(message);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
