package dev.cogbot.plugins.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JokesToldAsASlashCommandTest {

    private final TestBot bot = TestBot.builder().plugin("status", new StatusCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void jokesToldAnswersAsTheInteractionsResponse() {
        bot.sharedStore("jokes").add("told", 2);

        assertThat(alice.slash("/jokes_told").response().text()).isEqualTo("I've told 2 jokes.");
    }
}
