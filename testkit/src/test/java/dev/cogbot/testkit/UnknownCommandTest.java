package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnknownCommandTest {

    static final class GamesCog implements Cog {
        @Command(aliases = "kk")
        public void knockKnock(Context ctx) {
            ctx.send("Knock knock!");
        }

        @Command
        public void ping(Context ctx) {
            ctx.send("pong");
        }

        @Command(hidden = true)
        public void secret(Context ctx) {
        }
    }

    /** Blocks every command of every plugin while hushed, like the hush plugin. */
    static final class HushedCog implements Cog {
        volatile boolean hushed;

        @Override
        public boolean botCheck(Context ctx) {
            return !hushed;
        }
    }

    private final HushedCog hush = new HushedCog();
    private final TestBot bot = TestBot.builder().plugin("games", new GamesCog()).plugin("hush", hush).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aTypoIsAnsweredWithTheCommandItResembles() {
        assertThat(alice.says("!pnig"))
                .containsExactly("cogbot: I don't know !pnig. Did you mean !ping? Type !help for the list.");
    }

    @Test
    void aTypoOfASnakeCaseNameSuggestsIt() {
        assertThat(alice.says("!knock_knok")).singleElement().asString()
                .startsWith("cogbot: I don't know !knock_knok. Did you mean !knock_knock?");
    }

    @Test
    void aSuggestionKeepsTheWordAsTypedButSuggestsTheRealName() {
        assertThat(alice.says("!PNIG")).singleElement().asString()
                .startsWith("cogbot: I don't know !PNIG. Did you mean !ping?");
    }

    @Test
    void anUnrelatedWordIsAnsweredWithoutSuggestions() {
        assertThat(alice.says("!banana"))
                .containsExactly("cogbot: I don't know !banana. Type !help for the list.");
    }

    @Test
    void hiddenCommandsAreNeverSuggested() {
        assertThat(alice.says("!secrte")).containsExactly("cogbot: I don't know !secrte. Type !help for the list.");
    }

    @Test
    void theAnswerUsesTheConfiguredPrefix() {
        try (TestBot other = TestBot.builder().prefix("?").plugin("games", new GamesCog()).build()) {
            assertThat(other.user("bob").says("?pnig"))
                    .containsExactly("cogbot: I don't know ?pnig. Did you mean ?ping? Type ?help for the list.");
        }
    }

    @Test
    void whileABotWideCheckFailsUnknownCommandsGetNoAnswer() {
        hush.hushed = true;

        assertThat(alice.says("!pnig")).isEmpty();
        assertThat(alice.says("!banana")).isEmpty();
    }

    @Test
    void whileABotWideCheckFailsKnownCommandsGetNoAnswerEither() {
        hush.hushed = true;

        assertThat(alice.says("!ping")).isEmpty();
    }

    @Test
    void onceTheBotWideCheckPassesAgainUnknownCommandsAreAnsweredAgain() {
        hush.hushed = true;
        alice.says("!pnig");
        hush.hushed = false;

        assertThat(alice.says("!pnig")).singleElement().asString().startsWith("cogbot: I don't know !pnig.");
    }
}
