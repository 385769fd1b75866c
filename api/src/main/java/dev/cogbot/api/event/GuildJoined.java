package dev.cogbot.api.event;

import dev.cogbot.api.Guild;
import java.util.Objects;

/**
 * The bot was added to a server while running: discord.py's {@code on_guild_join}. The servers it is
 * already in when it connects are not announced.
 *
 * <pre>{@code
 * @Listen
 * public void hello(GuildJoined event) {
 *     event.guild().channels().getFirst().send("Thanks for having me! Try !help.");
 * }
 * }</pre>
 */
public record GuildJoined(Guild guild) implements Event {

    public GuildJoined {
        Objects.requireNonNull(guild, "guild");
    }
}
