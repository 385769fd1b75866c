package dev.cogbot.runtime.transport;

/** Where a message lives, as a transport names it. */
public record ChannelRef(String id, String name) {
}
