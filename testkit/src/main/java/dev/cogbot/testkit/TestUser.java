package dev.cogbot.testkit;

import dev.cogbot.api.ActionRow;
import dev.cogbot.api.Button;
import dev.cogbot.api.Component;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.SelectMenu;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingInteraction;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Someone talking to a {@link TestBot}: one user in one place, a server's channel or a DM. The
 * {@code in…} and {@code with…} methods give the same user elsewhere or with other rights:
 *
 * <pre>{@code
 * TestUser mod = bot.user("alice").withPermissions(Permission.MANAGE_MESSAGES);
 * TestUser elsewhere = bot.user("alice").inGuild("Other Guild");   // a plain member there
 * TestUser dm = bot.user("alice").inDm();
 * }</pre>
 */
public final class TestUser {

    /** What Discord's {@code @everyone} role allows by default: read, write and react, nothing more. */
    public static final Set<Permission> PLAIN_MEMBER = Set.copyOf(EnumSet.of(Permission.CREATE_INSTANT_INVITE,
            Permission.ADD_REACTIONS, Permission.VIEW_CHANNEL, Permission.SEND_MESSAGES, Permission.EMBED_LINKS,
            Permission.ATTACH_FILES, Permission.READ_MESSAGE_HISTORY, Permission.USE_EXTERNAL_EMOJIS,
            Permission.CHANGE_NICKNAME, Permission.SEND_MESSAGES_IN_THREADS));

    private final TestBot bot;
    private final User user;
    private final ChannelRef channel;
    private final Set<Permission> permissions;
    private final List<Role> roles;
    private final List<String> sentIds = new ArrayList<>();

    TestUser(TestBot bot, User user, ChannelRef channel, Set<Permission> permissions, List<Role> roles) {
        this.bot = bot;
        this.user = user;
        this.channel = channel;
        this.permissions = Set.copyOf(permissions);
        this.roles = List.copyOf(roles);
    }

    /** The same user, with the same rights, in another channel of the same server. */
    public TestUser in(String channelName) {
        TestUser there = new TestUser(bot, user, sameServer(channelName, "other channels"), permissions, roles);
        bot.transport().addChannel(there.channel);
        return there;
    }

    /**
     * The same user, whom a channel overwrite in {@code channelName} of the same server denies
     * {@code denied}: there they lack them, elsewhere they keep their rights; an administrator keeps all.
     * Replaces an overwrite set before for that channel.
     *
     * <pre>{@code
     * TestUser mod = bot.user("alice").withPermissions(Permission.MANAGE_MESSAGES)
     *         .deniedIn("announcements", Permission.MANAGE_MESSAGES);
     * }</pre>
     */
    public TestUser deniedIn(String channelName, Permission... denied) {
        bot.transport().setMemberOverwrite(sameServer(channelName, "channel overwrites"), user.id(), Set.of(),
                Set.of(denied));
        return this;
    }

    /**
     * The same user, whom a channel overwrite in {@code channelName} of the same server grants
     * {@code granted} on top of their rights. Replaces an overwrite set before for that channel.
     *
     * <pre>{@code
     * TestUser helper = bot.user("bob").withPermissionsIn("help-desk", Permission.MANAGE_MESSAGES);
     * }</pre>
     */
    public TestUser withPermissionsIn(String channelName, Permission... granted) {
        bot.transport().setMemberOverwrite(sameServer(channelName, "channel overwrites"), user.id(),
                Set.of(granted), Set.of());
        return this;
    }

    private ChannelRef sameServer(String channelName, String what) {
        if (channel.isPrivate()) {
            throw new IllegalStateException(user.name() + " is in a DM, which has no " + what);
        }
        GuildRef guild = channel.guild();
        String id = guild.equals(TestBot.GUILD) ? channelName : guild.id() + "/" + channelName;
        return new ChannelRef(id, channelName, guild);
    }

    /** The same user in {@code #general} of another server (its id is its name), as a plain member there. */
    public TestUser inGuild(String guildName) {
        GuildRef guild = new GuildRef(guildName, guildName, "guild-owner");
        TestUser there = new TestUser(bot, user, new ChannelRef(guildName + "/general", "general", guild), PLAIN_MEMBER,
                List.of());
        bot.transport().addChannel(there.channel);
        there.join();
        return there;
    }

    /** The same user in a direct message with the bot. */
    public TestUser inDm() {
        TestUser dm = new TestUser(bot, user, ChannelRef.dm("dm-" + user.id(), "DM with " + user.name(), user.id()),
                Set.of(), List.of());
        bot.transport().addChannel(dm.channel);
        return dm;
    }

    /** The same user in the same server, holding {@code granted} on top of a plain member's rights there. */
    public TestUser withPermissions(Permission... granted) {
        if (channel.isPrivate()) {
            throw new IllegalStateException("a DM has no permissions; grant them in a server");
        }
        EnumSet<Permission> more = EnumSet.copyOf(PLAIN_MEMBER);
        more.addAll(List.of(granted));
        TestUser withRights = new TestUser(bot, user, channel, more, roles);
        withRights.join();
        return withRights;
    }

    /**
     * The same user in the same server, holding these roles (made with {@link TestBot#role}) besides
     * their rights.
     */
    public TestUser withRoles(Role... held) {
        if (channel.isPrivate()) {
            throw new IllegalStateException("a DM has no roles; give them in a server");
        }
        TestUser member = new TestUser(bot, user, channel, permissions, List.of(held));
        member.join();
        return member;
    }

    /** This user as a member of the server they talk in, as the network knows them; {@code null} in a DM. */
    public MemberRef asMember() {
        return channel.isPrivate() ? null : new MemberRef(user, user.name(), permissions, roles, null);
    }

    /** The text that mentions this user in a message: {@code <@id>}. */
    public String mention() {
        return "<@" + user.id() + ">";
    }

    /** Makes the network know this user as a member of their server, as they are now. */
    void join() {
        if (!channel.isPrivate()) {
            bot.transport().addMember(channel.guild(), asMember());
        }
    }

    /**
     * Sends a message and waits until the bot is idle again.
     *
     * @return what the bot did meanwhile, as transcript lines
     */
    public List<String> says(String text) {
        return bot.deliver(user, channel, asMember(), text, sentIds);
    }

    /**
     * Reacts to a message with {@code emoji} and waits until the bot is idle again.
     *
     * <p>A custom emoji may be written as typed, {@code <:party:123>}; it is stored as {@code party:123},
     * the api's encoding (see {@link dev.cogbot.api.Reaction}).
     *
     * <pre>{@code
     * alice.says("!poll pizza?");
     * bob.reacts(bot.lastSentId(), "👍");
     * }</pre>
     *
     * @return what the bot did meanwhile, as transcript lines
     */
    public List<String> reacts(String messageId, String emoji) {
        return bot.act(() -> bot.transport().react(user, channel, messageId, emoji, asMember()));
    }

    /**
     * Takes back a reaction and waits until the bot is idle again; returns what the bot did meanwhile.
     * As on Discord, the removal comes without the member: {@code ReactionRemoved.member()} is empty.
     */
    public List<String> unreacts(String messageId, String emoji) {
        return bot.act(() -> bot.transport().unreact(user, channel, messageId, emoji, null));
    }

    /**
     * Edits a message of this user's to read {@code text} and waits until the bot is idle again.
     *
     * <pre>{@code
     * alice.says("hello wrld");
     * List<String> lines = alice.edits(alice.lastMessageId(), "hello world");
     * }</pre>
     *
     * @return what the bot did meanwhile, as transcript lines
     */
    public List<String> edits(String messageId, String text) {
        return bot.act(() -> bot.transport().editBy(user, channel, messageId, text));
    }

    /** Deletes a message (no rights are checked) and waits until the bot is idle again; returns what the bot did meanwhile. */
    public List<String> deletes(String messageId) {
        return bot.act(() -> bot.transport().deleteBy(user, channel, messageId));
    }

    /**
     * Uses a slash command as Discord's UI sends it, written as the user types it, and waits until
     * the bot is idle again. Options are checked against the command's: an unknown option, or a
     * value Discord would not send for its type (a non-integer for an integer), is refused here.
     *
     * <pre>{@code
     * TestInteraction hush = alice.slash("/hush duration:5m");
     * alice.slash("/remind who:me when:10m text:\"buy tea\"");
     * }</pre>
     *
     * @throws IllegalArgumentException if Discord's UI would not send it
     */
    public TestInteraction slash(String typed) {
        TypedSlashCommand command = TypedSlashCommand.parse(typed);
        command.checkAgainst(bot.slashCommands());
        InMemoryResponder responder = bot.transport().responder(InMemoryResponder.Kind.COMMAND, channel, null);
        var use = new IncomingInteraction.CommandUse(bot.transport().nextInteractionId(), channel, user, asMember(),
                command.path(), command.options(), responder);
        return new TestInteraction(bot, responder, null, bot.act(() -> bot.transport().interact(use)));
    }

    /**
     * The suggestions the bot offers while this user types option {@code focusedOption} of a slash
     * command; {@code typed} holds what is typed so far, the focused option's partial value included.
     *
     * <pre>{@code
     * assertThat(owner.autocompletes("/plugins load id:jo", "id")).containsExactly("jokes");
     * }</pre>
     */
    public List<String> autocompletes(String typed, String focusedOption) {
        TypedSlashCommand command = TypedSlashCommand.parse(typed);
        InMemoryResponder responder = bot.transport().responder(InMemoryResponder.Kind.AUTOCOMPLETE, channel, null);
        Map<String, String> options = new LinkedHashMap<>(command.options());
        options.putIfAbsent(focusedOption, "");
        var asked = new IncomingInteraction.Autocomplete(bot.transport().nextInteractionId(), channel, user, asMember(),
                command.path(), options, focusedOption, responder);
        bot.act(() -> bot.transport().interact(asked));
        return responder.suggestions().orElseThrow(() -> new IllegalStateException(
                "the bot suggested nothing for " + focusedOption + " of " + typed + " (not even an empty list)"));
    }

    /**
     * Clicks the button {@code componentId} on a message of the bot's and waits until the bot is idle again.
     *
     * <pre>{@code
     * BotEvent.Sent poll = alice.slash("/poll question:Lunch?").response();
     * TestInteraction vote = bob.clicks(poll, "poll:1:yes");
     * }</pre>
     *
     * @throws IllegalArgumentException if the message has no such button now, or it is disabled
     */
    public TestInteraction clicks(BotEvent.Sent message, String componentId) {
        Component component = componentOn(message, componentId);
        if (!(component instanceof Button button)) {
            throw new IllegalArgumentException(componentId + " on message " + message.messageId()
                    + " is a select menu: choose in it with chooses(...)");
        }
        if (button.disabled()) {
            throw new IllegalArgumentException("button " + componentId + " on message " + message.messageId()
                    + " is disabled: Discord lets nobody click it");
        }
        return use(message, componentId, List.of());
    }

    /**
     * Chooses {@code values} in the select menu {@code menuId} on a message of the bot's and waits
     * until the bot is idle again.
     *
     * @throws IllegalArgumentException if there is no such menu now, or a value is not one of its
     *     options, or there are fewer or more than the menu allows
     */
    public TestInteraction chooses(BotEvent.Sent message, String menuId, String... values) {
        Component component = componentOn(message, menuId);
        if (!(component instanceof SelectMenu menu)) {
            throw new IllegalArgumentException(menuId + " on message " + message.messageId()
                    + " is a button: click it with clicks(...)");
        }
        List<String> offered = menu.options().stream().map(SelectMenu.Option::value).toList();
        for (String value : values) {
            if (!offered.contains(value)) {
                throw new IllegalArgumentException("menu " + menuId + " offers " + offered + ", not '" + value + "'");
            }
        }
        if (values.length < menu.min() || values.length > menu.max()) {
            throw new IllegalArgumentException("menu " + menuId + " takes " + menu.min() + " to " + menu.max()
                    + " choices, not " + values.length);
        }
        return use(message, menuId, List.of(values));
    }

    private Component componentOn(BotEvent.Sent message, String componentId) {
        List<ActionRow> rows = bot.transport().rowsOf(message.messageId());
        return rows.stream().flatMap(row -> row.components().stream())
                .filter(c -> componentId.equals(c.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("message " + message.messageId() + " has no component '"
                        + componentId + "' now; it has " + rows.stream().flatMap(r -> r.components().stream())
                        .map(Component::id).toList()));
    }

    private TestInteraction use(BotEvent.Sent message, String componentId, List<String> values) {
        IncomingMessage clicked = bot.transport().message(message.channel(), message.messageId())
                .orElseGet(() -> new IncomingMessage(message.messageId(), message.channel(), InMemoryTransport.BOT_USER,
                        message.text()));
        InMemoryResponder responder = bot.transport().responder(InMemoryResponder.Kind.COMPONENT, message.channel(),
                clicked);
        var click = new IncomingInteraction.ComponentUse(bot.transport().nextInteractionId(), message.channel(), user,
                message.channel().isPrivate() ? null : asMember(), clicked, componentId, values, responder);
        return new TestInteraction(bot, responder, message.messageId(), bot.act(() -> bot.transport().interact(click)));
    }

    /** The id of the last message this user sent, e.g. to check the bot's reactions on it. */
    public String lastMessageId() {
        if (sentIds.isEmpty()) {
            throw new IllegalStateException(user.name() + " has not said anything yet");
        }
        return sentIds.getLast();
    }

    public User asUser() {
        return user;
    }

    /** Where this user talks. */
    public ChannelRef channel() {
        return channel;
    }
}
