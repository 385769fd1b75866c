package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShardReadinessTest {

    private final ShardReadiness readiness = new ShardReadiness();

    @Test
    void aSingleShardIsReadyWithItsOwnReady() {
        assertThat(readiness.shardReady(0, 1)).isTrue();
    }

    @Test
    void theBotIsNotReadyWhileAShardIsStillConnecting() {
        assertThat(readiness.shardReady(2, 2)).isFalse();
    }

    @Test
    void theLastShardToBeReadyMakesTheBotReady() {
        readiness.shardReady(3, 2);

        assertThat(readiness.shardReady(2, 2)).isTrue();
    }

    @Test
    void aShardReadyTwiceCountsOnce() {
        readiness.shardReady(0, 2);

        assertThat(readiness.shardReady(0, 2)).isFalse();
    }

    @Test
    void theBotBecomesReadyOnlyOnce() {
        readiness.shardReady(0, 2);
        readiness.shardReady(1, 2);

        assertThat(readiness.shardReady(1, 2)).isFalse();
        assertThat(readiness.shardReady(0, 2)).isFalse();
    }

    @Test
    void aShardThatStoppedHereNoLongerCountsAsReady() {
        readiness.shardReady(0, 2);
        readiness.shardStopped(0); // its lease went to another node; this one now runs shards 1 and 2

        assertThat(readiness.shardReady(1, 2)).isFalse();
        assertThat(readiness.shardReady(2, 2)).isTrue();
    }
}
