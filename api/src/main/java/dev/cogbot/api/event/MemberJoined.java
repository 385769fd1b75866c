package dev.cogbot.api.event;

import dev.cogbot.api.Member;
import java.util.Objects;

/**
 * Someone joined a server the bot is in: discord.py's {@code on_member_join}. On Discord this needs
 * the privileged server-members intent (the {@code discord.member-events} setting).
 *
 * <pre>{@code
 * @Listen
 * public void welcome(MemberJoined event) {
 *     event.member().guild().channels().getFirst().send("Welcome, " + event.member().mention() + "!");
 * }
 * }</pre>
 */
public record MemberJoined(Member member) implements Event {

    public MemberJoined {
        Objects.requireNonNull(member, "member");
    }
}
