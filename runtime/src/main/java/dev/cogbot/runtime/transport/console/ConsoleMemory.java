package dev.cogbot.runtime.transport.console;

import dev.cogbot.api.Reaction;
import dev.cogbot.runtime.transport.IncomingMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's memory of the last {@link #CAPACITY} messages, typed or sent, with the bot's own
 * reactions on them, so a plugin can fetch, edit or delete a recent message. Older ones are
 * forgotten: a console session can run for days, and nobody scrolls back that far. Thread-safe.
 */
final class ConsoleMemory {

    /** How many messages the console remembers. */
    static final int CAPACITY = 1_000;

    private final Map<String, IncomingMessage> messages = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IncomingMessage> eldest) {
            if (size() > CAPACITY) {
                reactions.remove(eldest.getKey());
                return true;
            }
            return false;
        }
    };
    private final Map<String, Set<String>> reactions = new LinkedHashMap<>();

    synchronized void remember(IncomingMessage message) {
        messages.put(message.id(), message);
    }

    /** The message as remembered, with the bot's reactions on it. */
    synchronized Optional<IncomingMessage> get(String channelId, String messageId) {
        IncomingMessage message = messages.get(messageId);
        if (message == null || !message.channel().id().equals(channelId)) {
            return Optional.empty();
        }
        Set<String> emoji = reactions.getOrDefault(messageId, Set.of());
        if (emoji.isEmpty()) {
            return Optional.of(message);
        }
        List<Reaction> mine = new ArrayList<>();
        emoji.forEach(e -> mine.add(new Reaction(e, 1, true)));
        IncomingMessage.Details d = message.details();
        return Optional.of(new IncomingMessage(message.id(), message.channel(), message.author(), message.content(),
                message.member(), new IncomingMessage.Details(d.mentions(), d.roleMentions(), d.mentionsEveryone(),
                        d.referenced(), d.embeds(), mine)));
    }

    synchronized void forget(String messageId) {
        messages.remove(messageId);
        reactions.remove(messageId);
    }

    synchronized void reacted(String messageId, String emoji, boolean added) {
        if (!messages.containsKey(messageId)) {
            return;
        }
        if (added) {
            reactions.computeIfAbsent(messageId, id -> new LinkedHashSet<>()).add(emoji);
        } else if (reactions.containsKey(messageId)) {
            reactions.get(messageId).remove(emoji);
        }
    }

    /** Whether the bot reacted to the message with {@code emoji}: on the console, the only one who can. */
    synchronized boolean botReacted(String messageId, String emoji) {
        return reactions.getOrDefault(messageId, Set.of()).contains(emoji);
    }
}
