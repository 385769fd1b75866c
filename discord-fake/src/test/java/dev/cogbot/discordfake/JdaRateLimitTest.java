package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdaRateLimitTest {

    private FakeDiscord fake;
    private JDA jda;

    @BeforeEach
    void login() {
        fake = FakeDiscord.start();
        jda = Jda.login(fake);
    }

    @AfterEach
    void logout() {
        Jda.shutdown(jda);
        fake.close();
    }

    @Test
    void afterA429JdaWaitsRetriesAndTheMessageArrivesExactlyOnce() {
        fake.failNextWith429(RouteMatcher.sendMessage(GENERAL_ID), 1);
        long started = System.nanoTime();

        // This really takes the server's Retry-After (1 s): JDA honours it before retrying.
        Message sent = Jda.get(jda.getTextChannelById(GENERAL_ID).sendMessage("only once").submit());

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(sent.getContentRaw()).isEqualTo("only once");
        assertThat(fake.messagesSentIn(GENERAL_ID)).containsExactly("only once");
        assertThat(fake.restCalls()).filteredOn(c -> c.is("POST", "channels/{channel_id}/messages"))
                .extracting(Recorded.RestCall::status).containsExactly(429, 200);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        // the 429 stayed on its route: other routes were not held back (no Cloudflare-style global stall)
        assertThat(Jda.get(jda.retrieveApplicationInfo().submit())).isNotNull();
    }
}
