package dev.cogbot.runtime.transport;

import dev.cogbot.api.User;

/** A message as a transport sees it: plain data, no behaviour. */
public record IncomingMessage(String id, ChannelRef channel, User author, String content) {
}
