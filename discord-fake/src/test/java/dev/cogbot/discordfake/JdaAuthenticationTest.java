package dev.cogbot.discordfake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdaAuthenticationTest {

    private static final String WRONG_TOKEN = "MTMwMDAwMDAwMDAwMDAwMDAwMQ.d3Jvbmc.bm90LXRoZS1yaWdodC10b2tlbi1hdC1hbGw";

    private FakeDiscord fake;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void aWrongTokenFailsTheLoginWithInvalidTokenException() {
        assertThatThrownBy(() -> Jda.builder(fake, WRONG_TOKEN, Jda.INTENTS).build())
                .isInstanceOf(InvalidTokenException.class);

        assertThat(fake.restCalls()).filteredOn(c -> c.is("GET", "users/@me"))
                .singleElement().satisfies(c -> {
                    assertThat(c.status()).isEqualTo(401);
                    assertThat(c.headers()).doesNotContainKey("authorization");
                });
        assertThat(fake.gatewayOps()).isEmpty();
    }
}
