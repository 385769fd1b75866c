package dev.cogbot.discordfake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Discord's login rate limit: one IDENTIFY per bucket ({@code shard_id % max_concurrency}) every
 * 5 seconds; one over it is answered with op 9 Invalid Session and starts no session.
 */
class IdentifyRateLimitTest {

    private static final int INTENTS = 1 | 1 << 9;

    private FakeDiscord fake;

    private FakeDiscord start(int maxConcurrency) {
        fake = FakeDiscord.start(FakeDiscordConfig.twoGuilds().toBuilder()
                .recommendedShards(4).maxConcurrency(maxConcurrency).identifyRateLimit(true).build());
        return fake;
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void anIdentifyWithinFiveSecondsOfAnotherInItsBucketGetsAnInvalidSession() {
        start(1);
        try (RawGatewayClient first = connected();
                RawGatewayClient second = connected()) {
            assertThat(identify(first, 0).path("t").asText()).isEqualTo("READY");

            JsonNode refused = identify(second, 1);

            assertThat(refused.path("op").asInt()).isEqualTo(9);
            assertThat(refused.path("d").asBoolean(true)).as("not resumable").isFalse();
            assertThat(fake.recorded()).filteredOn(Recorded.Session.class::isInstance)
                    .map(r -> ((Recorded.Session) r).kind())
                    .containsExactly(Recorded.Session.Kind.IDENTIFIED, Recorded.Session.Kind.IDENTIFY_RATE_LIMITED);
            assertThat(fake.identifiedShards()).extracting(Shard::id).containsExactly(0);
        }
    }

    @Test
    void theBucketOpensAgainFiveSecondsAfterTheLastAcceptedIdentify() {
        start(1);
        try (RawGatewayClient first = connected();
                RawGatewayClient second = connected()) {
            identify(first, 0);
            fake.advanceTime(Duration.ofSeconds(4));
            assertThat(identify(second, 1).path("op").asInt()).isEqualTo(9);

            fake.advanceTime(Duration.ofSeconds(1));

            assertThat(identify(second, 1).path("t").asText()).isEqualTo("READY");
        }
    }

    @Test
    void shardsOfDifferentBucketsIdentifyTogether() {
        start(2);
        try (RawGatewayClient first = connected();
                RawGatewayClient second = connected();
                RawGatewayClient third = connected()) {
            assertThat(identify(first, 0).path("t").asText()).isEqualTo("READY");
            assertThat(identify(second, 1).path("t").asText()).isEqualTo("READY");
            assertThat(identify(third, 2).path("op").asInt()).as("bucket 0 again").isEqualTo(9);
        }
    }

    /** A client past HELLO. */
    private RawGatewayClient connected() {
        RawGatewayClient client = RawGatewayClient.connect(fake.gatewayUrl());
        assertThat(client.next().path("op").asInt()).isEqualTo(10);
        return client;
    }

    /** Sends IDENTIFY as shard {@code shard} of 4 and returns the answer. */
    private JsonNode identify(RawGatewayClient client, int shard) {
        client.send("{\"op\":2,\"d\":{\"token\":\"" + fake.token() + "\",\"intents\":" + INTENTS + ",\"shard\":[" + shard
                + ",4],\"properties\":{\"os\":\"test\",\"browser\":\"raw\",\"device\":\"raw\"}}}");
        return client.next();
    }
}
