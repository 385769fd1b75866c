package dev.cogbot.api.event;

import dev.cogbot.api.Guild;
import java.util.Objects;

/**
 * The bot was removed from a server (kicked, banned, or the server deleted): discord.py's
 * {@code on_guild_remove}. Its lookups (channels, members) no longer answer.
 *
 * <pre>{@code
 * @Listen
 * public void forget(GuildLeft event) {
 *     welcomed.remove(event.guild().id());
 * }
 * }</pre>
 *
 * @param guild the server, as the bot last knew it
 */
public record GuildLeft(Guild guild) implements Event {

    public GuildLeft {
        Objects.requireNonNull(guild, "guild");
    }
}
