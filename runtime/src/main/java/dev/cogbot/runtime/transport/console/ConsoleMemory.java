package dev.cogbot.runtime.transport.console;

import dev.cogbot.api.Reaction;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.IncomingMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The console's memory of the last {@link #CAPACITY} messages, typed or sent, with everyone's
 * reactions on them (the bot's and those typed with {@code /react}), so a plugin can fetch, edit or
 * delete a recent message and see who reacted. Older ones are forgotten: a console session can run
 * for days, and nobody scrolls back that far. Thread-safe.
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
    /** By message id, then emoji in the order first used: who reacted so, in the order they did. */
    private final Map<String, Map<String, Set<User>>> reactions = new LinkedHashMap<>();
    private final User bot;

    /** @param bot who the bot is, for each reaction's {@link Reaction#me()} */
    ConsoleMemory(User bot) {
        this.bot = bot;
    }

    synchronized void remember(IncomingMessage message) {
        messages.put(message.id(), message);
    }

    /** The message as remembered, with the reactions on it. */
    synchronized Optional<IncomingMessage> get(String channelId, String messageId) {
        IncomingMessage message = messages.get(messageId);
        if (message == null || !message.channel().id().equals(channelId)) {
            return Optional.empty();
        }
        List<Reaction> onIt = new ArrayList<>();
        reactions.getOrDefault(messageId, Map.of()).forEach((emoji, users) -> {
            if (!users.isEmpty()) {
                onIt.add(new Reaction(emoji, users.size(), users.contains(bot)));
            }
        });
        if (onIt.isEmpty()) {
            return Optional.of(message);
        }
        IncomingMessage.Details d = message.details();
        return Optional.of(new IncomingMessage(message.id(), message.channel(), message.author(), message.content(),
                message.member(), new IncomingMessage.Details(d.mentions(), d.roleMentions(), d.mentionsEveryone(),
                        d.referenced(), d.embeds(), onIt)));
    }

    synchronized void forget(String messageId) {
        messages.remove(messageId);
        reactions.remove(messageId);
    }

    /**
     * Records that {@code user} reacted (or took it back); {@code false} when nothing changed, as
     * when they had already reacted so, or the message is not remembered.
     */
    synchronized boolean reacted(String messageId, String emoji, User user, boolean added) {
        if (!messages.containsKey(messageId)) {
            return false;
        }
        if (added) {
            return reactions.computeIfAbsent(messageId, id -> new LinkedHashMap<>())
                    .computeIfAbsent(emoji, e -> new LinkedHashSet<>()).add(user);
        }
        Set<User> users = reactions.getOrDefault(messageId, Map.of()).get(emoji);
        return users != null && users.remove(user);
    }

    /** Who reacted to the message with {@code emoji}, in the order they did. */
    synchronized List<User> reactors(String messageId, String emoji) {
        return List.copyOf(reactions.getOrDefault(messageId, Map.of()).getOrDefault(emoji, Set.of()));
    }
}
