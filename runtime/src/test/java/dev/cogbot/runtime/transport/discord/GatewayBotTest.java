package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatewayBotTest {

    private FakeDiscord discord;

    @BeforeEach
    void start() {
        discord = FakeDiscord.start(FakeDiscordConfig.twoGuilds().toBuilder().recommendedShards(6).maxConcurrency(3)
                .build());
    }

    @AfterEach
    void stop() {
        discord.close();
    }

    private DiscordOptions options(String token) {
        return new DiscordOptions(DiscordToken.of(token, "the test"), Optional.of(URI.create(discord.restBaseUrl())),
                Optional.empty());
    }

    @Test
    void readsTheRecommendedShardCountAndHowManyMayLogInAtOnce() {
        assertThat(GatewayBot.fetch(options(discord.token()))).isEqualTo(new GatewayBot(6, 3));
    }

    @Test
    void aRefusedTokenIsTheLoginsOneLineError() {
        DiscordLoginException error = catchThrowableOfType(DiscordLoginException.class,
                () -> GatewayBot.fetch(options("MTIz.NDU2.Nzg5")));

        assertThat(error.reason()).isEqualTo(DiscordLoginException.Reason.INVALID_TOKEN);
        assertThat(error.getMessage()).contains("Reset Token").doesNotContain("MTIz.NDU2.Nzg5");
    }
}
