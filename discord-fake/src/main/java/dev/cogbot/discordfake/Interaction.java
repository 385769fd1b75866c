package dev.cogbot.discordfake;

import dev.cogbot.discordfake.WorldState.ChannelRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One interaction the fake dispatched and what the bot has answered so far. Guarded by its own monitor.
 */
final class Interaction {

    static final int APPLICATION_COMMAND = 2;
    static final int MESSAGE_COMPONENT = 3;
    static final int AUTOCOMPLETE = 4;

    final long id;
    final String token;
    final int type;
    final ChannelRef channel;
    final long userId;
    final Instant createdAt;
    /** The command's name for a command or autocomplete; the custom id for a component. */
    final String name;
    /** The message whose component was used, or 0. */
    final long componentMessageId;
    final String payloadJson;

    private int callbackType;
    private String callbackData = "";
    private long originalMessageId;
    private final List<Long> followUpIds = new ArrayList<>();

    Interaction(long id, String token, int type, ChannelRef channel, long userId, Instant createdAt, String name,
            long componentMessageId, String payloadJson) {
        this.id = id;
        this.token = token;
        this.type = type;
        this.channel = channel;
        this.userId = userId;
        this.createdAt = createdAt;
        this.name = name;
        this.componentMessageId = componentMessageId;
        this.payloadJson = payloadJson;
    }

    /** Takes the one callback an interaction gets; false when it already had one. */
    synchronized boolean acknowledge(int type, String dataJson) {
        if (callbackType != 0) {
            return false;
        }
        callbackType = type;
        callbackData = dataJson;
        return true;
    }

    synchronized int callbackType() {
        return callbackType;
    }

    synchronized String callbackData() {
        return callbackData;
    }

    synchronized void original(long messageId) {
        originalMessageId = messageId;
    }

    /** The message {@code @original} names: the response, or for a component answered by 6 or 7 its message. */
    synchronized long originalMessageId() {
        return originalMessageId;
    }

    synchronized void followUp(long messageId) {
        followUpIds.add(messageId);
    }

    synchronized List<Long> followUpIds() {
        return List.copyOf(followUpIds);
    }

    synchronized boolean owns(long messageId) {
        return messageId == originalMessageId || followUpIds.contains(messageId);
    }
}
