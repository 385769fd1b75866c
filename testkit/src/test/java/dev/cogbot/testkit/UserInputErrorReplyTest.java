package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.error.BadArgument;
import org.junit.jupiter.api.Test;

class UserInputErrorReplyTest {

    public static final class Picky implements Cog {
        @Command(name = "pick")
        public void pick(Context ctx, @Arg("n") int n) {
            throw new BadArgument("n", n > 10 ? "Pick a number from 1 to 10." : "pick a number from 1 to 10");
        }
    }

    @Test
    void aUserInputErrorThatIsAlreadyASentenceIsNotGivenASecondFullStop() {
        try (TestBot bot = TestBot.builder().plugin("picky", new Picky()).build()) {
            assertThat(bot.user("alice").says("!pick 11"))
                    .containsExactly("cogbot: Pick a number from 1 to 10. Usage: !pick <n>");
        }
    }

    @Test
    void aUserInputErrorIsRepliedAsACapitalisedSentenceWithTheUsage() {
        try (TestBot bot = TestBot.builder().plugin("picky", new Picky()).build()) {
            assertThat(bot.user("alice").says("!pick 3"))
                    .containsExactly("cogbot: Pick a number from 1 to 10. Usage: !pick <n>");
        }
    }
}
