package dev.cogbot.runtime.slash;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.CommandScope;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.runtime.transport.Transport;
import dev.cogbot.runtime.transport.TransportListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transport whose only business is slash commands: it keeps what is registered in each scope,
 * as Discord does, and counts the writes. Nobody chats on it.
 */
final class CommandsTransport implements Transport {

    static final User BOT = new User("cogbot", "cogbot", true);

    private final Map<CommandScope, List<ApplicationCommand>> registered = new ConcurrentHashMap<>();
    private final List<CommandScope> writes = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private final List<Runnable> duringReads = new CopyOnWriteArrayList<>();
    private final boolean registers;
    private volatile TransportListener listener;
    private volatile java.util.function.UnaryOperator<ApplicationCommand> shows = java.util.function.UnaryOperator.identity();

    CommandsTransport(boolean registers) {
        this.registers = registers;
    }

    /** The bot connects, and is ready. */
    void connect() {
        listener.onReady(BOT);
    }

    /** The next {@code count} reads or writes fail with {@code failure}, as a network down or a 429 not ridden out. */
    void failNext(int count, RuntimeException failure) {
        for (int i = 0; i < count; i++) {
            failures.add(failure);
        }
    }

    /** {@code action} happens while the next read is under way, as a change that comes in the middle of a sync. */
    void duringNextRead(Runnable action) {
        duringReads.add(action);
    }

    /** From now on commands are kept as {@code shows} makes them, as Discord filling in a default the transport does not map back. */
    void showsCommandsAs(java.util.function.UnaryOperator<ApplicationCommand> shows) {
        this.shows = shows;
    }

    /** Commands registered by someone else, or by an earlier run of the bot. */
    void preset(CommandScope scope, List<ApplicationCommand> commands) {
        registered.put(scope, List.copyOf(commands));
    }

    List<ApplicationCommand> commandsIn(CommandScope scope) {
        return registered.getOrDefault(scope, List.of());
    }

    /** Every bulk overwrite so far, by scope, in order. */
    List<CommandScope> writes() {
        return List.copyOf(writes);
    }

    int reads() {
        return reads.get();
    }

    private void maybeFail() {
        if (!failures.isEmpty()) {
            throw failures.removeFirst();
        }
    }

    @Override
    public boolean registersCommands() {
        return registers;
    }

    @Override
    public List<ApplicationCommand> registeredCommands(CommandScope scope) {
        maybeFail();
        reads.incrementAndGet();
        List<ApplicationCommand> now = commandsIn(scope);
        if (!duringReads.isEmpty()) {
            duringReads.removeFirst().run();
        }
        return now;
    }

    @Override
    public void overwriteCommands(CommandScope scope, List<ApplicationCommand> commands) {
        maybeFail();
        writes.add(scope);
        registered.put(scope, commands.stream().map(shows).toList());
    }

    @Override
    public String name() {
        return "commands only";
    }

    @Override
    public void start(TransportListener listener) {
        this.listener = listener;
    }

    @Override
    public IncomingMessage send(ChannelRef channel, Draft message) {
        throw new UnsupportedOperationException("nothing is sent in these tests");
    }

    @Override
    public void addReaction(ChannelRef channel, String messageId, String emoji) {
    }

    @Override
    public void removeReaction(ChannelRef channel, String messageId, String emoji) {
    }

    @Override
    public void sendTyping(ChannelRef channel) {
    }

    @Override
    public void setPresence(Activity activity) {
    }

    @Override
    public Set<Permission> botPermissions(ChannelRef channel) {
        return Set.of();
    }

    @Override
    public Set<Permission> memberPermissions(ChannelRef channel, MemberRef member) {
        return Set.of();
    }

    @Override
    public IncomingMessage edit(ChannelRef channel, String messageId, Draft message) {
        throw new UnsupportedOperationException("nothing is sent in these tests");
    }

    @Override
    public void delete(ChannelRef channel, String messageId) {
        throw new UnsupportedOperationException("nothing is sent in these tests");
    }

    @Override
    public Optional<IncomingMessage> fetchMessage(ChannelRef channel, String messageId) {
        return Optional.empty();
    }

    @Override
    public List<User> reactors(ChannelRef channel, String messageId, String emoji) {
        return List.of();
    }

    @Override
    public Optional<User> user(String userId) {
        return Optional.empty();
    }

    @Override
    public Optional<ChannelRef> channel(String channelId) {
        return Optional.empty();
    }

    @Override
    public List<Role> roles(GuildRef guild) {
        return List.of();
    }

    @Override
    public List<ChannelRef> channels(GuildRef guild) {
        return List.of();
    }

    @Override
    public Optional<MemberRef> member(GuildRef guild, String userId) {
        return Optional.empty();
    }

    @Override
    public List<MemberRef> members(GuildRef guild) {
        return List.of();
    }

    @Override
    public List<MemberRef> membersNamed(GuildRef guild, String name) {
        return new ArrayList<>();
    }

    @Override
    public void close() {
    }
}
