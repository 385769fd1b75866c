package dev.cogbot.runtime.transport;

import java.util.List;

import dev.cogbot.api.User;

/** What a transport tells the runtime. Calls may come from any thread. */
public interface TransportListener {

    /** Connected and able to talk as {@code self}. */
    void onReady(User self);

    /**
     * A message arrived. A transport leaves out the bot's own messages where it can tell them apart
     * (Discord's does, per shard); the runtime ignores any that come anyway once it knows its user.
     */
    void onMessage(IncomingMessage message);

    /**
     * Something else happened: an edit, a deletion, a reaction, a member or the bot joining or
     * leaving a server, a resumed connection. Reported for the bot's own reactions too (as Discord
     * does), and for edits and deletions of its own messages.
     */
    void onEvent(TransportEvent event);

    /**
     * A user used a slash command or a component, or is typing an option with suggestions; answer
     * through its {@link IncomingInteraction#responder()} within Discord's three seconds.
     */
    void onInteraction(IncomingInteraction interaction);

    /**
     * No more input will come (the console's stdin ended): the runtime finishes the work in
     * progress, cancels waits for more input, and stops.
     */
    void onInputClosed();

    /**
     * Blocks until every command started by earlier messages has finished or is waiting (for time or
     * for a reply). Scripted transports call it between lines so that a reply never outruns its question.
     */
    default void awaitIdle() {
    }

    /**
     * One line per plugin, for a transport that lists them itself (the console's {@code /plugins});
     * the transport is never handed a list, it asks here when it needs one. None by default.
     */
    default List<String> describePlugins() {
        return List.of();
    }
}
