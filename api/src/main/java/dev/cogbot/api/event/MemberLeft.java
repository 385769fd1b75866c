package dev.cogbot.api.event;

import dev.cogbot.api.Guild;
import dev.cogbot.api.User;
import java.util.Objects;

/**
 * Someone left a server the bot is in, or was kicked or banned: discord.py's
 * {@code on_raw_member_remove}. On Discord this needs the privileged server-members intent (the
 * {@code discord.member-events} setting).
 *
 * <pre>{@code
 * @Listen
 * public void farewell(MemberLeft event) {
 *     log.info("{} left {}", event.user().name(), event.guild().name());
 * }
 * }</pre>
 *
 * @param guild the server they left
 * @param user  who left
 */
public record MemberLeft(Guild guild, User user) implements Event {

    public MemberLeft {
        Objects.requireNonNull(guild, "guild");
        Objects.requireNonNull(user, "user");
    }
}
