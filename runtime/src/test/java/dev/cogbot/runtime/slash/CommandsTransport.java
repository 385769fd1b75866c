package dev.cogbot.runtime.slash;

import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.CommandScope;
import dev.cogbot.runtime.transport.NoChatTransport;
import dev.cogbot.runtime.transport.TransportListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * A transport whose only business is slash commands: it keeps what is registered in each scope,
 * as Discord does, and counts the writes. Nobody chats on it.
 */
final class CommandsTransport extends NoChatTransport {

    static final User BOT = new User("cogbot", "cogbot", true);

    private final Map<CommandScope, List<ApplicationCommand>> registered = new ConcurrentHashMap<>();
    private final List<CommandScope> writes = new CopyOnWriteArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private final List<Runnable> duringReads = new CopyOnWriteArrayList<>();
    private final boolean registers;
    private volatile TransportListener listener;
    private volatile UnaryOperator<ApplicationCommand> shows = UnaryOperator.identity();

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
    void showsCommandsAs(UnaryOperator<ApplicationCommand> shows) {
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

    /** Discord, as far as slash commands go: it has them, whether this process runs shard 0 or not. */
    @Override
    public boolean hasSlashCommands() {
        return true;
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
    public void close() {
    }
}
