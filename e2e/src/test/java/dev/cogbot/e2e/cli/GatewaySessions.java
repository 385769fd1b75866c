package dev.cogbot.e2e.cli;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import java.util.List;

/**
 * What the gateway sessions of a {@link FakeDiscord} were sent, read from what it recorded; the
 * sessions open per shard are {@link FakeDiscord#liveSessionsPerShard()}.
 */
final class GatewaySessions {

    private GatewaySessions() {
    }

    /**
     * How many live sessions the server sent the message {@code messageId} to, as MESSAGE_CREATE; a
     * session a node closed is kept a while for a RESUME, and its queued copy does not count.
     */
    static long deliveriesOf(FakeDiscord discord, long messageId) {
        List<Recorded.Dispatch> dispatches = discord.dispatches();
        return dispatches.stream()
                .filter(d -> d.type().equals("MESSAGE_CREATE") && d.d().path("id").asLong() == messageId)
                .filter(d -> d.delivery() != Recorded.Dispatch.Delivery.QUEUED)
                .count();
    }
}
