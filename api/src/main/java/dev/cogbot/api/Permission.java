package dev.cogbot.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a member may do in a server, named as Discord names its permissions. Only names: each
 * transport maps its network's own rights onto them (the Discord transport, Discord's bits), so more
 * constants may come in later versions and a {@code switch} over them needs a {@code default}.
 *
 * <pre>{@code
 * boolean moderator = ctx.message().member()
 *         .map(m -> m.hasPermissions(Permission.MANAGE_MESSAGES))
 *         .orElse(false);
 * }</pre>
 */
public enum Permission {
    CREATE_INSTANT_INVITE,
    KICK_MEMBERS,
    BAN_MEMBERS,
    /** Every permission, whatever the others say. */
    ADMINISTRATOR,
    MANAGE_CHANNELS,
    MANAGE_GUILD,
    ADD_REACTIONS,
    VIEW_AUDIT_LOG,
    VIEW_CHANNEL,
    SEND_MESSAGES,
    SEND_TTS_MESSAGES,
    /** Delete and pin other people's messages: Discord's mark of a moderator. */
    MANAGE_MESSAGES,
    EMBED_LINKS,
    ATTACH_FILES,
    READ_MESSAGE_HISTORY,
    /** Mention {@code @everyone}, {@code @here} and every role. */
    MENTION_EVERYONE,
    USE_EXTERNAL_EMOJIS,
    CHANGE_NICKNAME,
    MANAGE_NICKNAMES,
    MANAGE_ROLES,
    MANAGE_WEBHOOKS,
    MANAGE_THREADS,
    SEND_MESSAGES_IN_THREADS,
    /** Time members out. */
    MODERATE_MEMBERS;

    /**
     * The name Discord shows for it, e.g. {@code "Manage Messages"} for {@link #MANAGE_MESSAGES}.
     *
     * <pre>{@code
     * ctx.send("You need " + Permission.KICK_MEMBERS.displayName());   // "You need Kick Members"
     * }</pre>
     */
    public String displayName() {
        List<String> words = new ArrayList<>();
        for (String word : name().split("_")) {
            words.add(word.equals("TTS") ? word : word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        return String.join(" ", words);
    }

    /**
     * Which of {@code wanted} someone holding {@code held} lacks: none for an
     * {@link #ADMINISTRATOR}, who holds every permission. {@link Member#missing} and the
     * ready-made permission checks both answer by it.
     *
     * <pre>{@code
     * Set<Permission> lacking = Permission.missing(ctx.channel().botPermissions(), List.of(Permission.EMBED_LINKS));
     * }</pre>
     */
    public static Set<Permission> missing(Set<Permission> held, Collection<Permission> wanted) {
        if (held.contains(ADMINISTRATOR) || wanted.isEmpty()) {
            return Set.of();
        }
        EnumSet<Permission> lacking = EnumSet.copyOf(wanted);
        lacking.removeAll(held);
        return Collections.unmodifiableSet(lacking);
    }

    /**
     * A few words naming {@code permissions}, in declaration order, as replies to users say them:
     * {@code "the Manage Messages permission"}, {@code "the Kick Members and Ban Members permissions"}.
     */
    public static String describe(Collection<Permission> permissions) {
        if (permissions.isEmpty()) {
            throw new IllegalArgumentException("describe needs at least one permission");
        }
        List<String> names = permissions.stream().sorted().map(Permission::displayName).toList();
        if (names.size() == 1) {
            return "the " + names.getFirst() + " permission";
        }
        String all = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
        return "the " + all + " permissions";
    }
}
