package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ShardsTest {

    @Test
    void aRangeReadsAsFirstAndLast() {
        assertThat(DiscordOptions.Shards.parse("0-3", 8)).isEqualTo(new DiscordOptions.Shards(0, 3, 8));
    }

    @Test
    void aSingleShardIsARangeOfOne() {
        assertThat(DiscordOptions.Shards.parse("2", 4)).isEqualTo(new DiscordOptions.Shards(2, 2, 4));
    }

    @Test
    void aRangeOutsideTheTotalIsRefusedWithAnExample() {
        assertThatThrownBy(() -> DiscordOptions.Shards.parse("2-5", 4)).hasMessageContaining("like --shards 0-1");
    }

    @Test
    void garbageIsRefusedPlainly() {
        assertThatThrownBy(() -> DiscordOptions.Shards.parse("a-b", 4)).hasMessageContaining("not 'a-b'");
    }
}
