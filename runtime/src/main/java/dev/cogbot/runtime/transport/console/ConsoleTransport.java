package dev.cogbot.runtime.transport.console;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.MentionsInText;
import dev.cogbot.runtime.transport.ReactionEmoji;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportListener;
import dev.cogbot.runtime.transport.TransportEvent;
import dev.cogbot.runtime.transport.console.ConsoleInput.Blank;
import dev.cogbot.runtime.transport.console.ConsoleInput.Delete;
import dev.cogbot.runtime.transport.console.ConsoleInput.Edit;
import dev.cogbot.runtime.transport.console.ConsoleInput.Malformed;
import dev.cogbot.runtime.transport.console.ConsoleInput.React;
import dev.cogbot.runtime.transport.console.ConsoleInput.Help;
import dev.cogbot.runtime.transport.console.ConsoleInput.ListPlugins;
import dev.cogbot.runtime.transport.console.ConsoleInput.Quit;
import dev.cogbot.runtime.transport.console.ConsoleInput.Say;
import dev.cogbot.runtime.transport.console.ConsoleInput.SwitchUser;
import dev.cogbot.runtime.transport.console.ConsoleInput.Unknown;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.DumbTerminal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot on the local console: one channel, {@code #general}, where you talk to the bot as
 * yourself (the owner) or, after {@code /as bob}, as bob. Used when no Discord token is configured.
 *
 * <p>On a terminal it is interactive: JLine line editing and history, and the bot's output
 * printed above the prompt. From a pipe or file it is scripted: each line is echoed, delivered,
 * and answered (the runtime goes {@link TransportListener#awaitIdle idle}) before the next is
 * read, so a scripted reply never outruns the question it answers:
 *
 * <pre>
 * $ printf '!joke\nwho?\n' | cogbot
 * #general &lt;alice&gt; !joke
 * #general &lt;cogbot&gt; Knock knock!
 * #general &lt;alice&gt; who?
 * ...
 * </pre>
 *
 * Lines starting with {@code /} are console commands ({@code /help} lists them); {@code //} sends
 * a message starting with {@code /}.
 */
public final class ConsoleTransport implements Transport {

    private static final Set<Permission> ALL_PERMISSIONS = Set.copyOf(EnumSet.allOf(Permission.class));

    /** The id of the console's one room (see {@link #room()}). */
    public static final String ROOM_ID = "console";
    /** The id of the console's only channel (see {@link #general()}). */
    public static final String GENERAL_ID = "general";
    /**
     * Everyone at the keyboard may do everything in the room: it is one person's terminal, so
     * moderating (a hush, say) is theirs whoever they pretend to be. The owners' commands still
     * follow the owners setting.
     */
    private static final Set<Permission> AT_THE_KEYBOARD = Set.copyOf(EnumSet.allOf(Permission.class));
    /** Who the bot is on the console. */
    public static final User BOT = new User("cogbot", "cogbot", true);

    private static final Logger log = LoggerFactory.getLogger(ConsoleTransport.class);

    private final ConsoleIo io;
    private final boolean interactive;
    private final User localUser;
    private final GuildRef room;
    private final ChannelRef general;
    private final ConsoleMemory recent = new ConsoleMemory(BOT);
    /** Who typed here, by id, in the order they first did: the room's members (the local user from the start). */
    private final Map<String, User> typed = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile User speaker;
    private final AtomicLong lastMessageId = new AtomicLong();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean inputClosedSent = new AtomicBoolean();
    private volatile Thread readerThread;
    private volatile TransportListener listener;

    /**
     * A console over the given streams, for tests and embedding; {@link #forSystemConsole} is the
     * real one.
     *
     * @param userName    who is typing; also the owner
     * @param interactive {@code true} to read through JLine (no echo, no waiting for idle between
     *                    lines), {@code false} for a script
     */
    public ConsoleTransport(InputStream in, PrintStream out, String userName, boolean interactive) {
        this(interactive ? jlineOver(in, out) : new PlainConsoleIo(in, out), userName, interactive);
    }

    private ConsoleTransport(ConsoleIo io, String userName, boolean interactive) {
        this.io = io;
        this.interactive = interactive;
        Objects.requireNonNull(userName, "userName");
        if (userName.isBlank()) {
            throw new IllegalArgumentException("the console user's name must not be blank");
        }
        this.localUser = new User(userName.strip(), userName.strip(), false);
        this.speaker = localUser;
        this.room = new GuildRef(ROOM_ID, "console", localUser.id());
        this.general = new ChannelRef(GENERAL_ID, "general", room);
        typed.put(localUser.id(), localUser);
    }

    /**
     * The console of this process, as the current OS user. Interactive only when there is a console
     * and stdin is a terminal; otherwise scripted over stdin and stdout (UTF-8).
     *
     * @param historyFile where typed lines are kept across runs, or {@code null} for none
     */
    public static ConsoleTransport forSystemConsole(Path historyFile) {
        return forSystemConsole(historyFile, defaultUserName());
    }

    /** {@link #forSystemConsole(Path)} typing as {@code userName}. */
    public static ConsoleTransport forSystemConsole(Path historyFile, String userName) {
        // UTF-8 whatever the locale, so emoji reactions survive a pipe; through System.out so our
        // lines and the log's console lines take the same lock.
        PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Optional<Terminal> terminal = systemTerminal();
        if (terminal.isPresent()) {
            log.debug("Console is interactive on a {} terminal", terminal.get().getType());
            return new ConsoleTransport(new JLineConsoleIo(terminal.get(), historyFile, stdout), userName, true);
        }
        log.debug("Console is scripted: stdin is not a terminal");
        return new ConsoleTransport(new PlainConsoleIo(System.in, stdout), userName, false);
    }

    /** The OS user's name, or {@code you} if the JVM does not know it. */
    public static String defaultUserName() {
        String name = System.getProperty("user.name", "");
        return name.isBlank() ? "you" : name.strip();
    }

    public boolean interactive() {
        return interactive;
    }

    /** The person at the console, who owns the bot. */
    public User localUser() {
        return localUser;
    }

    /**
     * The one room the console is: a server owned by the local user, so that what is said there is
     * said in a server, and whoever types (the local user or an {@code /as} user) is a member of it.
     */
    public GuildRef room() {
        return room;
    }

    /** The console's only channel, {@code #general} in {@link #room()}. */
    public ChannelRef general() {
        return general;
    }

    /** Who the next line speaks as: the local user, or whoever {@code /as} named. */
    public User speaker() {
        return speaker;
    }

    /** The console is one keyboard: whoever types there runs the bot. */
    @Override
    public boolean operatorOnly() {
        return true;
    }

    @Override
    public String name() {
        return "console";
    }

    /** Tells the listener the bot is ready, then reads lines on a daemon thread of its own. */
    @Override
    public void start(TransportListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (closed.get()) {
            throw new IllegalStateException("the console transport is closed");
        }
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the console transport was already started");
        }
        this.listener = listener;
        listener.onReady(BOT);
        if (interactive) {
            io.print(BOT.name() + " is online in #" + general.name() + "; you are " + localUser.name()
                    + ". /help lists console commands.");
        }
        // A platform thread: it spends its life blocked reading stdin, which would only tie up a carrier.
        readerThread = Thread.ofPlatform().name("cogbot-console").daemon().start(() -> readLines(listener));
    }

    @Override
    public IncomingMessage send(ChannelRef channel, Draft message) {
        // nobody is pinged on a console: the allowed mentions change nothing here
        IncomingMessage referenced = message.replyToId().flatMap(id -> recent.get(channel.id(), id)).orElse(null);
        IncomingMessage sent = new IncomingMessage(nextId(), channel, BOT, message.text(), null,
                new IncomingMessage.Details(List.of(), List.of(), false, referenced, message.embeds(), List.of()));
        recent.remember(sent);
        io.print(ConsoleFormat.message(channel, BOT, ConsoleFormat.withComponents(message.text(), message.rows()),
                message.embeds()));
        return sent;
    }

    /** Edits one of the bot's last {@value ConsoleMemory#CAPACITY} messages, and prints the edit. */
    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        IncomingMessage old = remembered(channel, messageId, "edit");
        if (!old.author().equals(BOT)) {
            throw new IllegalStateException("cannot edit message " + messageId + ": the bot can edit only its own messages");
        }
        IncomingMessage.Details d = old.details();
        IncomingMessage edited = new IncomingMessage(messageId, channel, BOT, message.text(), null,
                new IncomingMessage.Details(d.mentions(), d.roleMentions(), d.mentionsEveryone(), d.referenced(),
                        message.embeds(), d.reactions()));
        recent.remember(edited);
        io.print(ConsoleFormat.edited(channel, BOT, messageId, ConsoleFormat.withComponents(message.text(), message.rows()),
                message.embeds()));
        // as on Discord, the bot's own edits come back as events too
        tellIfStarted(new TransportEvent.MessageEdited(edited));
        return edited;
    }

    /** Deletes one of the last {@value ConsoleMemory#CAPACITY} messages (anyone's: the keyboard moderates), and prints it. */
    @Override
    public void delete(ChannelRef channel, String messageId) {
        remembered(channel, messageId, "delete");
        recent.forget(messageId);
        io.print(ConsoleFormat.deleted(channel, BOT, messageId));
        // as on Discord, the bot's own deletions come back as events too
        tellIfStarted(new TransportEvent.MessageDeleted(channel, messageId));
    }

    @Override
    public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
        return recent.get(channel.id(), messageId);
    }

    /** The bot and whoever reacted with {@code /react}, in the order they did. */
    @Override
    public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
        return recent.reactors(messageId, ReactionEmoji.code(emoji));
    }

    @Override
    public Optional<User> user(String userId) {
        return userId.equals(BOT.id()) ? Optional.of(BOT) : Optional.ofNullable(typed.get(userId));
    }

    @Override
    public Optional<ChannelRef> channel(String channelId) {
        return channelId.equals(general.id()) ? Optional.of(general) : Optional.empty();
    }

    /** The console's room has no roles. */
    @Override
    public List<Role> roles(GuildRef guild) {
        return List.of();
    }

    @Override
    public List<ChannelRef> channels(GuildRef guild) {
        return guild.id().equals(room.id()) ? List.of(general) : List.of();
    }

    @Override
    public Optional<MemberRef> member(GuildRef guild, String userId) {
        return guild.id().equals(room.id()) ? Optional.ofNullable(typed.get(userId)).map(ConsoleTransport::member)
                : Optional.empty();
    }

    /** The local user, and everyone who typed as someone else with {@code /as}. */
    @Override
    public List<MemberRef> members(GuildRef guild) {
        if (!guild.id().equals(room.id())) {
            return List.of();
        }
        synchronized (typed) {
            return typed.values().stream().map(ConsoleTransport::member).toList();
        }
    }

    /** Among {@link #members}: the console has no one else to ask. */
    @Override
    public List<MemberRef> membersNamed(GuildRef guild, String name) {
        return members(guild).stream().filter(m -> m.isNamed(name)).toList();
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String written) {
        String emoji = ReactionEmoji.code(written);
        remembered(channel, messageId, "react to");
        if (recent.reacted(messageId, emoji, BOT, true)) {
            io.print(ConsoleFormat.reactionAdded(channel, BOT, messageId, emoji));
            // as on Discord, the bot's own reactions are events too (and reacting twice is no change)
            tellIfStarted(new TransportEvent.ReactionAdded(channel, messageId, emoji, BOT, null));
        }
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String written) {
        String emoji = ReactionEmoji.code(written);
        remembered(channel, messageId, "remove a reaction from");
        if (recent.reacted(messageId, emoji, BOT, false)) {
            io.print(ConsoleFormat.reactionRemoved(channel, BOT, messageId, emoji));
            tellIfStarted(new TransportEvent.ReactionRemoved(channel, messageId, emoji, BOT, null));
        }
    }

    private void tellIfStarted(TransportEvent event) {
        TransportListener target = listener;
        if (target != null && !closed.get()) {
            target.onEvent(event);
        }
    }

    /** The operator owns the whole console, the bot included: it may do everything. */
    @Override
    public Set<Permission> botPermissions(ChannelRef channel) {
        return ALL_PERMISSIONS;
    }

    /** Whoever types at the keyboard is the operator, who may do everything, as the bot may. */
    @Override
    public Set<Permission> memberPermissions(ChannelRef channel, MemberRef member) {
        return AT_THE_KEYBOARD;
    }

    @Override
    public void sendTyping(ChannelRef channel) {
        io.print(ConsoleFormat.typing(channel, BOT));
    }

    @Override
    public void setPresence(Activity activity) {
        io.print(ConsoleFormat.presence(BOT, activity));
    }

    /** A line of its own among the chat, as the presence lines are. */
    @Override
    public void notice(String line) {
        io.print(line);
    }

    /** The local user, who owns the bot; {@code /as} someone else to try owner-only commands as a stranger. */
    @Override
    public Set<String> ownerIds() {
        return Set.of(localUser.id());
    }

    /**
     * Stops reading and releases the terminal. A listener call already under way finishes; none
     * starts after. Output still prints, for replies that finish during shutdown. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Thread reader = readerThread;
        if (reader != null && reader != Thread.currentThread()) {
            reader.interrupt();
        }
        io.close();
    }

    private void readLines(TransportListener listener) {
        try {
            String line;
            while (!closed.get() && (line = io.readLine(ConsoleFormat.prompt(general, speaker))) != null) {
                if (closed.get() || !handle(ConsoleInput.parse(line), listener)) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            if (!closed.get()) {
                log.warn("Reading the console failed, so the bot stops as at the end of input: {}", e.toString());
            }
        }
        if (!closed.get() && inputClosedSent.compareAndSet(false, true)) {
            listener.onInputClosed();
        }
    }

    /** Acts on one line; {@code false} when the console should stop reading. */
    private boolean handle(ConsoleInput input, TransportListener listener) {
        switch (input) {
            case Blank() -> {
            }
            case Say(String text) -> deliver(text, listener);
            case SwitchUser(String name) -> switchUser(name);
            case ListPlugins() -> listPlugins(listener);
            case Help() -> io.print(help());
            case Quit() -> {
                return false;
            }
            case Unknown(String command) -> io.print("unknown console command " + command + "; /help lists them");
            case React(String id, String emoji, boolean add) -> react(id, emoji, add, listener);
            case Edit(String id, String text) -> ownMessage(id, "edit").ifPresent(old -> {
                IncomingMessage edited = new IncomingMessage(id, general, speaker, text, member(speaker),
                        MentionsInText.details(text, general, member(speaker), this::user, this::roles,
                                old.details().referenced()));
                recent.remember(edited);
                report(ConsoleFormat.edited(general, speaker, id, text, List.of()), listener,
                        new TransportEvent.MessageEdited(edited));
            });
            case Delete(String id) -> ownMessage(id, "delete").ifPresent(old -> {
                recent.forget(id);
                report(ConsoleFormat.deleted(general, speaker, id), listener, new TransportEvent.MessageDeleted(general, id));
            });
            case Malformed(String usage) -> io.print("usage: " + usage);
        }
        return true;
    }

    /**
     * The speaker reacts (or takes it back) as on Discord: only to a message there is, and only a
     * change is an event (reacting twice is nothing).
     */
    private void react(String id, String written, boolean add, TransportListener listener) {
        String emoji = ReactionEmoji.code(written);
        User who = speaker;
        if (recent.get(general.id(), id).isEmpty()) {
            io.print(unknownMessage(add ? "react to" : "unreact from", id));
            return;
        }
        if (!recent.reacted(id, emoji, who, add)) {
            io.print(add ? who.name() + " already reacted " + emoji + " to message " + id
                    : who.name() + " has no " + emoji + " reaction on message " + id);
            return;
        }
        // Discord sends the member with an added reaction, never with a removed one
        report(add ? ConsoleFormat.reactionAdded(general, who, id, emoji)
                        : ConsoleFormat.reactionRemoved(general, who, id, emoji), listener,
                add ? new TransportEvent.ReactionAdded(general, id, emoji, who, member(who))
                        : new TransportEvent.ReactionRemoved(general, id, emoji, who, null));
    }

    /**
     * Message {@code id} if the speaker wrote it, as Discord lets its author edit or delete it; else
     * prints a one-line refusal and is empty.
     */
    private Optional<IncomingMessage> ownMessage(String id, String action) {
        Optional<IncomingMessage> message = recent.get(general.id(), id);
        if (message.isEmpty()) {
            io.print(unknownMessage(action, id));
            return Optional.empty();
        }
        User author = message.get().author();
        if (!author.id().equals(speaker.id())) {
            io.print("cannot " + action + " message " + id + ": it is " + author.name() + "'s, and " + speaker.name()
                    + " may " + action + " only their own" + (author.equals(BOT) ? "" : " (/as " + author.name() + " first)"));
            return Optional.empty();
        }
        return message;
    }

    private static String unknownMessage(String action, String id) {
        return "cannot " + action + " message " + id + ": there is no such message (messages are numbered from 1; "
                + "the console remembers its last " + ConsoleMemory.CAPACITY + ")";
    }

    /**
     * Shows what the speaker did (as everyone at a keyboard sees it), tells the listener, and in a
     * script waits for the bot to be idle, as for a message.
     */
    private void report(String line, TransportListener listener, TransportEvent event) {
        io.print(line);
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            log.error("The bot failed to take console event {}", event, e);
        }
        if (!interactive) {
            try {
                listener.awaitIdle();
            } catch (RuntimeException e) {
                log.error("Waiting for the bot after console event {} failed", event, e);
            }
        }
    }

    private void deliver(String text, TransportListener listener) {
        User author = speaker;
        typed.putIfAbsent(author.id(), author);
        IncomingMessage message = new IncomingMessage(nextId(), general, author, text, member(author),
                MentionsInText.details(text, general, member(author), this::user, this::roles, null));
        recent.remember(message);
        if (!interactive) {
            // In a transcript the question must appear before its answer; a person sees what they typed.
            io.print(ConsoleFormat.message(general, author, text));
        }
        try {
            listener.onMessage(message);
        } catch (RuntimeException e) {
            log.error("The bot failed to take console message {} ({})", message.id(), text, e);
        }
        if (!interactive) {
            try {
                listener.awaitIdle();
            } catch (RuntimeException e) {
                log.error("Waiting for the bot to answer console message {} failed", message.id(), e);
            }
        }
    }

    private static MemberRef member(User user) {
        return MemberRef.of(user, user.name(), AT_THE_KEYBOARD);
    }

    private IncomingMessage remembered(ChannelRef channel, String messageId, String action) {
        return recent.get(channel.id(), messageId).orElseThrow(() -> new NoSuchElementException(
                "cannot " + action + " message " + messageId + " in #" + channel.name()
                        + ": the console remembers only its last " + ConsoleMemory.CAPACITY + " messages"));
    }

    private void switchUser(String name) {
        if (name.isEmpty() || name.equals(localUser.name())) {
            speaker = localUser;
            io.print("speaking as " + localUser.name() + " again");
        } else if (name.equalsIgnoreCase(BOT.id())) {
            io.print(BOT.name() + " is the bot's own name; pick another");
        } else {
            speaker = new User(name, name, false);
            io.print("speaking as " + name + " (not an owner); /as alone switches back to " + localUser.name());
        }
    }

    private void listPlugins(TransportListener listener) {
        List<String> lines;
        try {
            lines = listener.describePlugins();
        } catch (RuntimeException e) {
            log.error("Listing the plugins failed", e);
            io.print("cannot list the plugins: " + e.getMessage());
            return;
        }
        io.print(lines.isEmpty() ? "no plugins loaded" : String.join(System.lineSeparator(), lines));
    }

    /** What {@code /help} prints. */
    static String help() {
        return String.join(System.lineSeparator(),
                "console commands:",
                "  /as NAME   speak as NAME, who is not an owner; /as alone: speak as yourself again",
                "  /plugins   list the loaded plugins and their commands",
                "  /react N EMOJI, /unreact N EMOJI   react to message N (messages are numbered from 1, the bot's too)",
                "  /edit N TEXT, /delete N            edit or delete message N, one you wrote (as its author would)",
                "  /help      show this list",
                "  /quit      stop the bot (so do Ctrl-D, Ctrl-C and the end of piped input)",
                "  //text     send a message that starts with /",
                "anything else is a chat message in #" + GENERAL_ID
                        + "; bot commands start with the bot's prefix, e.g. !help");
    }

    /** For tests: waits for the reading thread to end; {@code true} if it has (or never started). */
    boolean awaitReaderStopped(Duration timeout) throws InterruptedException {
        Thread reader = readerThread;
        return reader == null || reader.join(timeout);
    }

    private String nextId() {
        return Long.toString(lastMessageId.incrementAndGet());
    }

    /** The terminal this process runs on, if stdin and stdout are one; empty for pipes and files. */
    private static Optional<Terminal> systemTerminal() {
        if (System.console() == null) {
            return Optional.empty();
        }
        try {
            // dumb(true): when stdin is not a terminal JLine offers a dumb one instead of warning.
            Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).name("cogbot").build();
            if (Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())) {
                terminal.close();
                return Optional.empty();
            }
            return Optional.of(terminal);
        } catch (IOException | RuntimeException e) {
            log.debug("No system terminal, so the console is scripted: {}", e.toString());
            return Optional.empty();
        }
    }

    private static ConsoleIo jlineOver(InputStream in, PrintStream out) {
        try {
            Terminal terminal = new DumbTerminal("cogbot", Terminal.TYPE_DUMB, in, out, StandardCharsets.UTF_8);
            return new JLineConsoleIo(terminal, null, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a terminal over the given streams", e);
        }
    }
}
