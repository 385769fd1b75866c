package dev.cogbot.runtime.slash;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import dev.cogbot.runtime.transport.CommandScope;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether and where the bot registers its slash commands.
 *
 * <pre>{@code
 * SlashSettings.from(config)            // discord.slash-commands, discord.command-guilds
 * SlashSettings.DEFAULT                 // on, global
 * SlashSettings.inGuilds("1234")        // registered in that server only: changes show at once
 * }</pre>
 *
 * @param enabled whether the bot has slash commands at all; off, it registers none and removes those
 *                it registered before
 * @param guilds  the servers to register them in instead of globally; empty for global
 */
public record SlashSettings(boolean enabled, List<String> guilds) {

    /** The setting that turns slash commands off for the whole bot. */
    public static final String ENABLED_KEY = "discord.slash-commands";
    /** The setting that registers them in some servers instead of globally. */
    public static final String GUILDS_KEY = "discord.command-guilds";

    public static final SlashSettings DEFAULT = new SlashSettings(true, List.of());
    public static final SlashSettings OFF = new SlashSettings(false, List.of());

    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");

    public SlashSettings {
        guilds = List.copyOf(guilds);
    }

    public static SlashSettings inGuilds(String... guildIds) {
        return new SlashSettings(true, List.of(guildIds));
    }

    /**
     * From {@code discord.slash-commands} ({@code true} unless {@code false}) and
     * {@code discord.command-guilds} (comma-separated server ids, none for global).
     *
     * @throws ConfigException naming the key and where its value came from if either is malformed
     */
    public static SlashSettings from(BotConfig config) {
        boolean enabled = config.get(ENABLED_KEY).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException("setting " + ENABLED_KEY + " (from " + config.source(ENABLED_KEY)
                    + ") must be true or false, got '" + value + "'");
        }).orElse(true);
        Set<String> guilds = new LinkedHashSet<>();
        for (String id : config.get(GUILDS_KEY).orElse("").split(",")) {
            String guild = id.strip();
            if (guild.isEmpty()) {
                continue;
            }
            if (!SNOWFLAKE.matcher(guild).matches()) {
                throw new ConfigException("setting " + GUILDS_KEY + " (from " + config.source(GUILDS_KEY)
                        + ") must be server ids separated by commas, got '" + guild + "'; copy a server's id with"
                        + " Discord's Developer Mode (right-click the server, Copy Server ID)");
            }
            guilds.add(guild);
        }
        return new SlashSettings(enabled, List.copyOf(guilds));
    }

    /** Where the commands go: the servers given, else everywhere; none when slash commands are off. */
    public Set<CommandScope> scopes() {
        if (!enabled) {
            return Set.of();
        }
        if (guilds.isEmpty()) {
            return Set.of(CommandScope.GLOBAL);
        }
        Set<CommandScope> scopes = new LinkedHashSet<>();
        guilds.forEach(id -> scopes.add(new CommandScope.InGuild(id)));
        return scopes;
    }
}
