package dev.cogbot.runtime.commands;

import static dev.cogbot.runtime.commands.ConverterRegistry.MAX_VALUE_LENGTH;

import dev.cogbot.api.Channel;
import dev.cogbot.api.Context;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.api.error.ChannelNotFound;
import dev.cogbot.api.error.MemberNotFound;
import dev.cogbot.api.error.MessageNotFound;
import dev.cogbot.api.error.NoPrivateMessage;
import dev.cogbot.api.error.RoleNotFound;
import dev.cogbot.api.error.UserNotFound;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The runtime's converters for the chat model: {@link User}, {@link Member}, {@link Channel},
 * {@link Role} and {@link Message}, each trying what was typed in discord.py's order. Names are
 * matched exactly, as discord.py does. Nothing is found by a partial name, so no one is picked by
 * mistake; and a member or role lookup in a DM fails at once, since neither exists outside a server.
 * Every pattern here is anchored and has no nested repetition, so matching stays linear in the
 * (already bounded) text.
 */
final class ModelConverters {

    private static final Pattern USER_MENTION = Pattern.compile("<@!?([^\\s<>@!&#][^\\s<>]*)>");
    private static final Pattern ROLE_MENTION = Pattern.compile("<@&([^\\s<>]+)>");
    private static final Pattern CHANNEL_MENTION = Pattern.compile("<#([^\\s<>]+)>");
    private static final Pattern LINK = Pattern.compile(
            "https?://(?:(?:ptb|canary|www)\\.)?discord(?:app)?\\.com/channels/([^/\\s]+)/([^/\\s]+)(?:/([^/\\s]+))?/?");
    /** A message link is the longest form: scheme, host, and three ids of up to twenty digits. */
    private static final int MAX_LINK_LENGTH = 2 * MAX_VALUE_LENGTH;

    private ModelConverters() {
    }

    static void registerInto(ConverterRegistry registry, Lookups lookups) {
        registry.registerBuiltIn(User.class, "User", MAX_VALUE_LENGTH, false, (spec, ctx, text) -> user(lookups, ctx, text));
        registry.registerBuiltIn(Member.class, "Member", MAX_VALUE_LENGTH, false, (spec, ctx, text) -> member(ctx, text));
        registry.registerBuiltIn(Channel.class, "Channel", MAX_LINK_LENGTH, false,
                (spec, ctx, text) -> channel(lookups, ctx, text));
        registry.registerBuiltIn(Role.class, "Role", MAX_VALUE_LENGTH, false, (spec, ctx, text) -> role(ctx, text));
        registry.registerBuiltIn(Message.class, "Message", MAX_LINK_LENGTH, false,
                (spec, ctx, text) -> message(lookups, ctx, text));
    }

    /**
     * discord.py's UserConverter: by id, by mention, by name (among the server's members, from the cache
     * or else asked of the network; in a DM, the two in it). A nickname is the server's, not the user's,
     * so it does not find a user.
     */
    private static User user(Lookups lookups, Context ctx, String text) {
        Optional<User> found = lookups.user(text);
        if (found.isEmpty()) {
            found = group(USER_MENTION, text).flatMap(id -> lookups.user(id)
                    .or(() -> ctx.message().mentions().stream().filter(u -> u.id().equals(id)).findFirst()));
        }
        if (found.isEmpty()) {
            found = ctx.message().guild()
                    .map(guild -> guild.membersNamed(text).stream().map(Member::user).filter(u -> u.name().equals(text)).findFirst())
                    .orElseGet(() -> Stream.of(ctx.author(), ctx.bot().user())
                            .filter(u -> u != null && u.name().equals(text)).findFirst());
        }
        return found.orElseThrow(() -> new UserNotFound(text));
    }

    /** discord.py's MemberConverter: by id, by mention, by user name, by nickname; only in a server. */
    private static Member member(Context ctx, String text) {
        Guild guild = ctx.message().guild().orElseThrow(NoPrivateMessage::new);
        return guild.member(text)
                .or(() -> group(USER_MENTION, text).flatMap(guild::member))
                .or(() -> byName(guild.membersNamed(text), text))
                .orElseThrow(() -> new MemberNotFound(text));
    }

    /**
     * Among the members the server says go by {@code text}, discord.py's preference: a user name before
     * a nickname, then any other name the network matched (on Discord, an account's username behind its
     * display name).
     */
    private static Optional<Member> byName(List<Member> named, String text) {
        return named.stream().filter(m -> m.user().name().equals(text)).findFirst()
                .or(() -> named.stream().filter(m -> m.displayName().equals(text)).findFirst())
                .or(() -> named.stream().findFirst());
    }

    /**
     * discord.py's GuildChannelConverter: by id, by mention, by link, by name. In a server only its
     * own channels count, and in a DM only that DM, so no one learns through the bot of a channel
     * elsewhere (as for messages).
     */
    private static Channel channel(Lookups lookups, Context ctx, String text) {
        Optional<Guild> guild = ctx.message().guild();
        Function<String, Optional<Channel>> byId = id -> lookups.channel(id).filter(c -> sameServer(c, ctx));
        return byId.apply(text)
                .or(() -> group(CHANNEL_MENTION, text).flatMap(byId))
                .or(() -> link(text).flatMap(link -> byId.apply(link.group(2))))
                .or(() -> guild.flatMap(g -> g.channels().stream().filter(c -> c.name().equals(text)).findFirst()))
                .orElseThrow(() -> new ChannelNotFound(text));
    }

    /** discord.py's RoleConverter: by id, by mention, by name; only in a server. */
    private static Role role(Context ctx, String text) {
        Guild guild = ctx.message().guild().orElseThrow(NoPrivateMessage::new);
        Function<String, Optional<Role>> byId = id -> guild.roles().stream().filter(r -> r.id().equals(id)).findFirst();
        return byId.apply(text)
                .or(() -> group(ROLE_MENTION, text).flatMap(byId))
                .or(() -> guild.roles().stream().filter(r -> r.name().equals(text)).findFirst())
                .orElseThrow(() -> new RoleNotFound(text));
    }

    /**
     * discord.py's MessageConverter: {@code channelId-messageId}, a message id in this channel, or a
     * message link. Unlike discord.py, the channel must be one of the command's server (in a DM: the
     * DM itself), so no one reads through the bot what was said in a server they may not be in; any
     * other channel is a {@link ChannelNotFound}.
     */
    private static Message message(Lookups lookups, Context ctx, String text) {
        String channelId = null;
        String messageId;
        Optional<Matcher> link = link(text).filter(m -> m.group(3) != null);
        int dash = text.lastIndexOf('-');
        if (link.isPresent()) {
            channelId = link.get().group(2);
            messageId = link.get().group(3);
        } else if (dash > 0 && dash < text.length() - 1 && !text.contains("://")) {
            channelId = text.substring(0, dash);
            messageId = text.substring(dash + 1);
        } else {
            messageId = text;
        }
        Channel channel;
        if (channelId == null) {
            channel = ctx.channel();
        } else {
            String named = channelId;
            channel = lookups.channel(named).filter(c -> sameServer(c, ctx)).orElseThrow(() -> new ChannelNotFound(named));
        }
        return channel.fetchMessage(messageId).orElseThrow(() -> new MessageNotFound(text));
    }

    /** Whether {@code channel} is in the command's server, or is the command's DM. */
    private static boolean sameServer(Channel channel, Context ctx) {
        Optional<String> server = ctx.message().guild().map(Guild::id);
        return server.isPresent() ? channel.guild().map(Guild::id).equals(server) : channel.id().equals(ctx.channel().id());
    }

    private static Optional<String> group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static Optional<Matcher> link(String text) {
        Matcher matcher = LINK.matcher(text);
        return matcher.matches() ? Optional.of(matcher) : Optional.empty();
    }
}
