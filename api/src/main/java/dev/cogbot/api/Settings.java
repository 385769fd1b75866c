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
 * <p>Declare each setting as a {@link Setting} in {@link Cog#settings()} and read it with
 * {@link #get(Setting)}: the runtime then checks the value before the plugin loads, warns about
 * misspelt keys and lists the setting with {@code cogbot plugins --settings}. The methods taking a
 * bare key read settings nobody declared; they stay for plugins written before {@link Setting}.
 *
 * <pre>{@code
 * static final Setting<Duration> REPLY_TIMEOUT = Setting.duration("reply-timeout", Duration.ofSeconds(60),
 *         "how long knock_knock waits for each answer").positive();
 *
 * Duration timeout = bot.settings().get(REPLY_TIMEOUT);
 * }</pre>
 */
public interface Settings {

    /** The raw value of {@code key}, if set; blank counts as unset. */
    Optional<String> get(String key);

    /**
     * The value of a declared setting, in its type: the operator's value, else the setting's fallback.
     * The runtime checked the value of every setting the plugin declares before it loaded, so for those
     * this does not fail. A setting the plugin did not declare is read all the same, but checked only now.
     *
     * <pre>{@code
     * HushScope scope = bot.settings().get(SCOPE);
     * }</pre>
     *
     * @throws IllegalArgumentException naming the key, the value and what was expected, for a wrong
     *     value of a setting that was not declared
     */
    default <T> T get(Setting<T> setting) {
        return get(setting.key()).map(setting::parse).orElse(setting.fallback());
    }

    /** The value of {@code key}, or {@code fallback}; prefer a declared {@link Setting#text}. */
    default String string(String key, String fallback) {
        return get(key).orElse(fallback);
    }

    /**
     * The value of {@code key} as a whole number, or {@code fallback}; prefer a declared {@link Setting#number}.
     *
     * @throws IllegalArgumentException naming the key if the value is not a whole number
     */
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
     * taken in seconds. Prefer a declared {@link Setting#duration}, which reads it the same way.
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
