package dev.cogbot.e2e.cli;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway sessions a {@link FakeDiscord} holds open now, per shard, read from what it recorded: a
 * session is live from its IDENTIFY (or RESUME) until the connection it is on closes or the
 * session is invalidated. A bot's process killed with SIGKILL closes its connections with it.
 */
final class GatewaySessions {

    private GatewaySessions() {
    }

    /** For each shard with a live session, how many it has. */
    static Map<Integer, Integer> livePerShard(FakeDiscord discord) {
        record Live(int connectionId, int shard) {
        }
        Map<String, Live> live = new HashMap<>();
        for (Recorded event : discord.recorded()) {
            switch (event) {
                case Recorded.Session s when s.kind() == Recorded.Session.Kind.IDENTIFIED
                        || s.kind() == Recorded.Session.Kind.RESUMED ->
                        live.put(s.sessionId(), new Live(s.connectionId(), s.shard().id()));
                case Recorded.Session s when s.kind() == Recorded.Session.Kind.INVALIDATED -> live.remove(s.sessionId());
                case Recorded.Connection c when !c.open() -> live.values().removeIf(l -> l.connectionId() == c.connectionId());
                default -> {
                }
            }
        }
        Map<Integer, Integer> perShard = new TreeMap<>();
        live.values().forEach(l -> perShard.merge(l.shard(), 1, Integer::sum));
        return perShard;
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
