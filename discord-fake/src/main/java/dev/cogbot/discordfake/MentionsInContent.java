package dev.cogbot.discordfake;

import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.Permissions;
import dev.cogbot.discordfake.WorldState.StoredMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message's {@code mentions}, {@code mention_roles} and {@code mention_everyone}, read from its
 * content as Discord does: {@code <@id>} (or {@code <@!id>}) of a user it knows, {@code <@&id>} of a
 * role of the message's guild, and {@code @everyone} or {@code @here} written by someone allowed to
 * mention everyone (the owner, an administrator, or a role with Mention Everyone).
 */
final class MentionsInContent {

    private static final Pattern USER = Pattern.compile("<@!?(\\d{1,20})>");
    private static final Pattern ROLE = Pattern.compile("<@&(\\d{1,20})>");

    private final WorldState world;

    MentionsInContent(WorldState world) {
        this.world = world;
    }

    /** The ids of the users mentioned, each once, in the order first written; unknown ids left out. */
    List<Long> users(FakeMessage message) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher users = USER.matcher(message.content());
        while (users.find()) {
            long id = parse(users.group(1));
            if (world.user(id).isPresent()) {
                ids.add(id);
            }
        }
        return List.copyOf(ids);
    }

    /** The ids of the guild's roles mentioned, each once; none in a DM. */
    List<Long> roles(FakeMessage message) {
        Optional<FakeGuild> guild = world.guild(message.guildId());
        if (guild.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = new LinkedHashSet<>();
        Matcher roles = ROLE.matcher(message.content());
        while (roles.find()) {
            long id = parse(roles.group(1));
            if (guild.get().roles().stream().anyMatch(r -> r.id() == id)) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    /** Whether the message mentions {@code @everyone} or {@code @here} and its author may do so. */
    boolean everyone(StoredMessage stored) {
        FakeMessage message = stored.message();
        if (!message.content().contains("@everyone") && !message.content().contains("@here")) {
            return false;
        }
        Optional<FakeGuild> guild = world.guild(message.guildId());
        if (guild.isEmpty()) {
            return false; // nobody to ping in a DM
        }
        long permissions = ChannelPermissions.inGuild(guild.get(), message.authorId());
        return (permissions & Permissions.MENTION_EVERYONE) != 0;
    }

    private static long parse(String digits) {
        try {
            return Long.parseUnsignedLong(digits);
        } catch (NumberFormatException tooLong) {
            return 0;
        }
    }
}
