package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.ApplicationCommand.Option;
import dev.cogbot.runtime.transport.ApplicationCommand.OptionType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A test sees the slash commands its plugin makes, as the bot would register them. */
class SlashCommandsRegisteredTest {

    static final class DiceCog implements Cog {
        @Command(help = "Rolls a die")
        public void roll(dev.cogbot.api.Context ctx, @Arg(value = "sides", fallback = "6", help = "how many sides") int sides) {
        }
    }

    private final TestBot bot = TestBot.builder().plugin("dice", new DiceCog()).build();

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void theBotsSlashCommandsAreThoseItWouldRegister() {
        assertThat(bot.slashCommands()).contains(new ApplicationCommand("roll", "Rolls a die",
                List.of(new Option(OptionType.INTEGER, "sides", "how many sides", false, List.of(), false, List.of())),
                false, false));
    }
}
