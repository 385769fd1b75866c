package dev.cogbot.runtime.config;

import dev.cogbot.api.Settings;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One plugin's view of the {@link BotConfig}: key {@code reply-timeout} of plugin {@code jokes} is
 * {@code jokes.reply-timeout} in the file and {@code COGBOT_JOKES_REPLY_TIMEOUT} in the
 * environment. Scoping by id keeps plugins from reading each other's (or the runtime's) secrets by
 * accident.
 */
public final class PluginSettings implements Settings {

    private final BotConfig config;
    private final String pluginId;

    public PluginSettings(BotConfig config, String pluginId) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(pluginId, "pluginId");
        if (pluginId.isBlank()) {
            throw new IllegalArgumentException("a plugin id must not be blank");
        }
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }

    @Override
    public Optional<String> get(String key) {
        String qualified = qualified(key);
        if (BotConfig.isSecret(qualified)) {
            // a plugin named "discord" must not read discord.token: secrets are the runtime's alone
            return Optional.empty();
        }
        return config.get(qualified);
    }

    /** Where the value of this plugin's {@code key} comes from. */
    public BotConfig.Origin origin(String key) {
        return config.origin(qualified(key));
    }

    /** Where the value of this plugin's {@code key} comes from, for messages: e.g. {@code COGBOT_JOKES_REPLY_TIMEOUT}. */
    public String source(String key) {
        return config.source(qualified(key));
    }

    /**
     * What is set under this plugin's id, as written: {@code jokes.reply-timout} in the file,
     * {@code COGBOT_JOKES_REPLY_TIMOUT} in the environment; for telling typos from declared keys.
     */
    public Set<String> namesSet() {
        return config.namesSetUnder(pluginId + ".");
    }

    /** The full config key for this plugin's {@code key}, e.g. {@code jokes.reply-timeout}. */
    public String qualified(String key) {
        return pluginId + "." + Objects.requireNonNull(key, "key");
    }

    @Override
    public String toString() {
        return "PluginSettings[" + pluginId + "]";
    }
}
