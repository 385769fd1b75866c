package dev.cogbot.runtime.transport.discord;

import dev.cogbot.api.AllowedMentions;
import java.util.EnumSet;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.utils.messages.MessageRequest;

/** The runtime's {@link AllowedMentions} in JDA's terms, Discord's {@code allowed_mentions}. */
final class DiscordMentions {

    private DiscordMentions() {
    }

    /**
     * Makes user mentions the only ones that ping in whatever JDA sends without being told (an edit, a
     * reply some code path builds itself): JDA's own default lets everything ping, {@code @everyone}
     * included. JDA keeps this default for the whole process; every bot in it wants the same.
     */
    static void restrictDefaults() {
        MessageRequest.setDefaultMentions(EnumSet.of(MentionType.USER));
    }

    /** Lets exactly the {@code allowed} mentions of one message ping. */
    static void apply(AllowedMentions allowed, MessageRequest<?> request) {
        EnumSet<MentionType> types = EnumSet.noneOf(MentionType.class);
        if (allowed.allows(AllowedMentions.Kind.USERS)) {
            types.add(MentionType.USER);
        }
        if (allowed.allows(AllowedMentions.Kind.ROLES)) {
            types.add(MentionType.ROLE);
        }
        if (allowed.allows(AllowedMentions.Kind.EVERYONE)) {
            types.add(MentionType.EVERYONE);
            types.add(MentionType.HERE);
        }
        request.setAllowedMentions(types);
        if (!allowed.roleIds().isEmpty()) {
            request.mentionRoles(allowed.roleIds());
        }
    }
}
