package dev.cogbot.testkit;

import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a message's mentions from its text, as Discord's servers do before delivering it. */
final class MentionsInText {

    private static final Pattern USER = Pattern.compile("<@!?(\\d+|[A-Za-z0-9_.-]+)>");
    private static final Pattern ROLE = Pattern.compile("<@&([A-Za-z0-9_.-]+)>");

    private MentionsInText() {
    }

    static IncomingMessage.Details details(String content, ChannelRef channel, InMemoryWorld world,
            IncomingMessage referenced) {
        Set<String> userIds = new LinkedHashSet<>();
        Matcher users = USER.matcher(content);
        while (users.find()) {
            userIds.add(users.group(1));
        }
        List<User> mentioned = new ArrayList<>();
        for (String id : userIds) {
            mentioned.add(world.userById(id).orElse(new User(id, id, false)));
        }
        List<Role> roles = new ArrayList<>();
        if (!channel.isPrivate()) {
            Matcher roleIds = ROLE.matcher(content);
            while (roleIds.find()) {
                String id = roleIds.group(1);
                world.roles(channel.guild()).stream().filter(r -> r.id().equals(id)).findFirst()
                        .filter(r -> !roles.contains(r)).ifPresent(roles::add);
            }
        }
        boolean everyone = content.contains("@everyone") || content.contains("@here");
        return new IncomingMessage.Details(mentioned, roles, everyone, referenced, List.of(), List.of());
    }
}
