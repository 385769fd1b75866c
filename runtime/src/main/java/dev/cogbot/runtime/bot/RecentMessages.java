package dev.cogbot.runtime.bot;

import dev.cogbot.runtime.transport.IncomingMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last messages the bot saw, like discord.py's message cache ({@code max_messages=1000}): what
 * lets an edit event carry the text before the edit, and a deletion the message deleted, when the
 * network sends neither.
 */
final class RecentMessages {

    static final int CAPACITY = 1000;

    private final Map<String, IncomingMessage> byId = new LinkedHashMap<>(CAPACITY * 4 / 3 + 1, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IncomingMessage> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Remembers {@code message} as it reads now; returns how it read before, if remembered. */
    synchronized Optional<IncomingMessage> remember(IncomingMessage message) {
        return Optional.ofNullable(byId.put(message.id(), message));
    }

    /** Forgets a deleted message; returns it, if remembered. */
    synchronized Optional<IncomingMessage> forget(String messageId) {
        return Optional.ofNullable(byId.remove(messageId));
    }
}
