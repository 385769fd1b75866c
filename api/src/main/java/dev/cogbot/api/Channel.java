package dev.cogbot.api;

/** A place messages are sent to: a guild text channel, a DM, or the console's {@code #general}. */
public interface Channel {

    String id();

    /** A human-readable name, e.g. {@code "general"}. */
    String name();

    /** Sends a message and returns it. */
    Message send(String text);

    /** Shows "is typing…" until the returned handle is closed. */
    Typing typing();
}
