package dev.cogbot.api;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A plugin's settings: keys under the plugin's id in the bot's config file, each overridable by an
 * environment variable. For plugin {@code jokes}, key {@code reply-timeout} is read from
 * {@code jokes.reply-timeout} in the config file and {@code COGBOT_JOKES_REPLY_TIMEOUT} in the
 * environment, the environment winning.
 *
 * <pre>{@code
 * Duration timeout = bot.settings().duration("reply-timeout", Duration.ofSeconds(60));
 * }</pre>
 */
public interface Settings {

    /** The raw value of {@code key}, if set. */
    Optional<String> get(String key);

    default String string(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /** @throws IllegalArgumentException naming the key if the value is not a whole number */
    default long number(String key, long fallback) {
        return get(key).map(v -> {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting " + key + " must be a whole number, got '" + v + "'");
            }
        }).orElse(fallback);
    }

    /**
     * A duration such as {@code 90s}, {@code 5m}, {@code 1h30m} or {@code 250ms}; a bare number is
     * taken in seconds.
     *
     * @throws IllegalArgumentException naming the key if the value is not a duration
     */
    default Duration duration(String key, Duration fallback) {
        return get(key).map(v -> {
            try {
                return Durations.parse(v, ChronoUnit.SECONDS);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("setting " + key + ": " + e.getMessage());
            }
        }).orElse(fallback);
    }
}
