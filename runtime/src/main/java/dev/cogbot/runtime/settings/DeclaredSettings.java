package dev.cogbot.runtime.settings;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Setting;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.commands.Suggestions;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.PluginSettings;
import dev.cogbot.runtime.secrets.UrlCredentials;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings a plugin's cogs declare, by key. Made before the plugin's cogs are loaded:
 * {@link #check} refuses a wrong value before any {@code onLoad} runs, {@link #report} lists the
 * settings with their values and names what is set under the plugin's id but declared by none.
 *
 * <pre>{@code
 * DeclaredSettings declared = DeclaredSettings.of("jokes", cogs);   // a cog declaring a key two ways: refused
 * declared.check(config.forPlugin("jokes"));                        // jokes.reply-timeout=soon: refused
 * declared.report(config.forPlugin("jokes")).unknown()              // ["jokes.reply-timout is set, but ..."]
 * }</pre>
 */
public final class DeclaredSettings {

    /** A plugin that declares no settings. */
    public static final DeclaredSettings NONE = new DeclaredSettings(Map.of());

    private final Map<String, Setting<?>> byKey;

    private DeclaredSettings(Map<String, Setting<?>> byKey) {
        this.byKey = byKey;
    }

    /**
     * Collects what {@code cogs} declare; the same setting declared by several is one.
     *
     * @throws CogDefinitionException if one key is declared two ways, or names a secret (a plugin never sees those)
     */
    public static DeclaredSettings of(String pluginId, List<? extends Cog> cogs) {
        Map<String, Setting<?>> byKey = new LinkedHashMap<>();
        Map<String, String> declaredBy = new HashMap<>();
        for (Cog cog : cogs) {
            List<Setting<?>> own = cog.settings();
            if (own == null) {
                throw new CogDefinitionException(cog.name() + ".settings() returned null; return List.of() for none");
            }
            for (Setting<?> setting : own) {
                if (setting == null) {
                    throw new CogDefinitionException(cog.name() + ".settings() lists null; list each setting once");
                }
                String key = pluginId + "." + setting.key();
                if (BotConfig.isSecret(key)) {
                    throw new CogDefinitionException(cog.name() + " declares setting " + key + ", but keys naming a"
                            + " token, secret or password are the runtime's alone and never reach a plugin; rename it");
                }
                Setting<?> before = byKey.putIfAbsent(setting.key(), setting);
                if (before != null && !before.equals(setting)) {
                    String first = describe(before);
                    String second = describe(setting);
                    if (first.equals(second)) {
                        second += " with other help or limits";
                    }
                    throw new CogDefinitionException("setting " + key + " is declared two ways: by "
                            + declaredBy.get(setting.key()) + " as " + first + ", by " + cog.name() + " as " + second
                            + "; declare it once, in a constant the cogs share");
                }
                declaredBy.putIfAbsent(setting.key(), cog.name());
            }
        }
        return byKey.isEmpty() ? NONE : new DeclaredSettings(byKey);
    }

    /** Every declared setting, in the order first declared. */
    public List<Setting<?>> all() {
        return List.copyOf(byKey.values());
    }

    /**
     * Checks the value set for each declared setting.
     *
     * @throws BadSettingException for the first one that is not a value its setting takes
     */
    public void check(PluginSettings values) {
        for (Setting<?> setting : byKey.values()) {
            Optional<String> set = values.get(setting.key());
            if (set.isPresent()) {
                try {
                    setting.parse(set.get());
                } catch (IllegalArgumentException e) {
                    throw new BadSettingException(values.qualified(setting.key()), values.source(setting.key()),
                            setting.expected(), set.get());
                }
            }
        }
    }

    /** The settings with the values in use, and what is set under the plugin's id that it does not declare. */
    public PluginSettingsReport report(PluginSettings values) {
        return report(values, List.of());
    }

    /**
     * As {@link #report(PluginSettings)}, leaving out what belongs to {@code otherPlugins}: with plugins
     * {@code jokes} and {@code jokes-extra}, {@code COGBOT_JOKES_EXTRA_LIMIT} is under both prefixes.
     */
    public PluginSettingsReport report(PluginSettings values, Collection<String> otherPlugins) {
        List<SettingRow> rows = new ArrayList<>();
        for (Setting<?> setting : byKey.values()) {
            rows.add(row(setting, values));
        }
        return new PluginSettingsReport(values.pluginId(), rows, unknown(values, otherPlugins));
    }

    /**
     * One line for each name set under the plugin's id (in the file, the environment or on the
     * command line) that is no declared setting of it, suggesting the closest declared one; none for a
     * plugin that declares no settings, as it may read keys it does not declare.
     */
    private List<String> unknown(PluginSettings values, Collection<String> otherPlugins) {
        if (byKey.isEmpty()) {
            return List.of();
        }
        Map<String, String> declaredNames = new LinkedHashMap<>();
        for (String key : byKey.keySet()) {
            String qualified = values.qualified(key);
            declaredNames.put(qualified, qualified);
            declaredNames.put(BotConfig.envName(qualified), qualified);
        }
        List<String> lines = new ArrayList<>();
        for (String name : values.namesSet()) {
            if (declaredNames.containsKey(name) || ofAnother(name, values.pluginId(), otherPlugins)) {
                continue;
            }
            String line = name + " is set, but plugin " + values.pluginId() + " has no such setting";
            lines.add(line + closest(name, declaredNames.keySet())
                    .map(close -> "; did you mean " + close + "?")
                    .orElse("; 'cogbot plugins --settings' lists its settings"));
        }
        return lines;
    }

    /** Whether {@code name} is under the prefix of another plugin, one whose id starts as this one's does. */
    private static boolean ofAnother(String name, String pluginId, Collection<String> otherPlugins) {
        for (String other : otherPlugins) {
            if (other.length() > pluginId.length()
                    && (name.startsWith(other + ".") || name.startsWith(BotConfig.envName(other + ".")))) {
                return true;
            }
        }
        return false;
    }

    /** The declared name nearest to {@code name}, if near enough to be what was meant. */
    private static Optional<String> closest(String name, Iterable<String> declared) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : declared) {
            int distance = Suggestions.distance(name, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int mostApart = Math.max(2, name.length() / 5);
        return bestDistance <= mostApart ? Optional.ofNullable(best) : Optional.empty();
    }

    private static <T> SettingRow row(Setting<T> setting, PluginSettings values) {
        T value;
        try {
            value = values.get(setting);
        } catch (IllegalArgumentException e) {
            value = setting.fallback(); // not for a loaded plugin: its values were checked
        }
        // a listing is shown and pasted like a log: a webhook URL's password stays out of it
        return new SettingRow(values.qualified(setting.key()), setting.type(),
                UrlCredentials.redact(setting.format(setting.fallback())), UrlCredentials.redact(setting.format(value)),
                origin(values.origin(setting.key())), setting.help());
    }

    private static String origin(BotConfig.Origin origin) {
        return switch (origin) {
            case DEFAULT -> "default";
            case FILE -> "file";
            case ENVIRONMENT -> "environment";
            case OVERRIDE -> "command line";
        };
    }

    private static <T> String describe(Setting<T> setting) {
        return setting.type() + " defaulting to " + setting.format(setting.fallback());
    }
}
