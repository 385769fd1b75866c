package dev.cogbot.runtime.transport;

import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a message's mentions from its text, as Discord's servers do before delivering it: for a
 * network that has no server to do it (the console, the test kit).
 *
 * <pre>{@code
 * IncomingMessage.Details details = MentionsInText.details("hi <@bob>", general, alice, users::get, guild -> roles, null);
 * }</pre>
 */
public final class MentionsInText {

    private static final Pattern USER = Pattern.compile("<@!?([A-Za-z0-9_.-]+)>");
    private static final Pattern ROLE = Pattern.compile("<@&([A-Za-z0-9_.-]+)>");

    private MentionsInText() {
    }

    /**
     * {@code <@id>} (or {@code <@!id>}) mentions the user with that id, each once, in the order first
     * written (an id the network does not know mentions nobody, as on Discord); {@code <@&id>} a role of
     * the channel's server; {@code @everyone} or {@code @here} everyone, but only when the author may:
     * the server's owner, or a member with Mention Everyone or Administrator (never in a DM). Nothing
     * else is set.
     *
     * @param author     who wrote it, as a member of the channel's server; {@code null} in a DM
     * @param users      finds a user by id
     * @param roles      a server's roles
     * @param referenced the message it replies to, or {@code null}
     */
    public static IncomingMessage.Details details(String content, ChannelRef channel, MemberRef author,
            Function<String, Optional<User>> users, Function<GuildRef, List<Role>> roles, IncomingMessage referenced) {
        Set<User> mentioned = new LinkedHashSet<>();
        Matcher userMentions = USER.matcher(content);
        while (userMentions.find()) {
            users.apply(userMentions.group(1)).ifPresent(mentioned::add);
        }
        List<Role> roleMentions = new ArrayList<>();
        if (!channel.isPrivate()) {
            List<Role> known = roles.apply(channel.guild());
            Matcher roleIds = ROLE.matcher(content);
            while (roleIds.find()) {
                String id = roleIds.group(1);
                known.stream().filter(r -> r.id().equals(id)).findFirst()
                        .filter(r -> !roleMentions.contains(r)).ifPresent(roleMentions::add);
            }
        }
        boolean everyone = (content.contains("@everyone") || content.contains("@here")) && mayMentionEveryone(channel, author);
        return new IncomingMessage.Details(List.copyOf(mentioned), roleMentions, everyone, referenced, List.of(), List.of());
    }

    private static boolean mayMentionEveryone(ChannelRef channel, MemberRef author) {
        if (channel.isPrivate() || author == null) {
            return false;
        }
        return author.user().id().equals(channel.guild().ownerId())
                || author.permissions().contains(Permission.MENTION_EVERYONE)
                || author.permissions().contains(Permission.ADMINISTRATOR);
    }
}
