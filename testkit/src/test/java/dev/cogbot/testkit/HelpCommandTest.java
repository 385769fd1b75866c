package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HelpCommandTest {

    static final class ToolsCog implements Cog {
        @Command(name = "hush", aliases = {"quiet", "sh"}, usage = "[duration]",
                help = "Mutes everyone for a while.\nA bare number is minutes.")
        public void hush(Context ctx, @Arg(value = "duration", fallback = "5") String duration) {
        }

        @Command(help = "Answers pong")
        public void ping(Context ctx) {
            ctx.send("pong");
        }

        @Command(hidden = true, help = "Nobody needs to know")
        public void secret(Context ctx) {
            ctx.send("psst");
        }
    }

    static final class DiceCog implements Cog {
        @Command(help = "Rolls a die")
        public void roll(Context ctx, @Arg(value = "sides", fallback = "6") int sides) {
        }

        @Command
        public void pick(Context ctx, @Arg("first") String first, @Arg(value = "others", rest = true) String others) {
        }
    }

    private final TestBot bot = TestBot.builder()
            .plugin("tools", new ToolsCog())
            .plugin("games", new DiceCog())
            .build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    private String reply(String text) {
        List<String> lines = alice.says(text);
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).startsWith("cogbot: ");
        return lines.getFirst().substring("cogbot: ".length());
    }

    @Test
    void helpListsTheCommandsOfEachCogUnderTheCogAndItsPlugin() {
        String help = reply("!help");

        assertThat(help).startsWith("Commands:\n")
                .contains("\nTools (tools):\n"
                        + "  !hush [duration] - Mutes everyone for a while. (also: quiet, sh)\n"
                        + "  !ping - Answers pong\n")
                .contains("\nDice (games):\n"
                        + "  !pick <first> <others...>\n"
                        + "  !roll [sides] - Rolls a die\n")
                .contains("\nHelp (cogbot):\n  !help [command] - ");
    }

    @Test
    void helpListsTheGroupsInLoadOrder() {
        String help = reply("!help");

        assertThat(help.indexOf("Help (cogbot):"))
                .isLessThan(help.indexOf("Tools (tools):"));
        assertThat(help.indexOf("Tools (tools):"))
                .isLessThan(help.indexOf("Dice (games):"));
    }

    @Test
    void helpShowsOnlyTheFirstLineOfEachCommandsHelpText() {
        assertThat(reply("!help")).doesNotContain("A bare number is minutes.");
    }

    @Test
    void helpEndsByPointingAtHelpForOneCommand() {
        assertThat(reply("!help")).endsWith("\nType !help <command> for more on one command.");
    }

    @Test
    void hiddenCommandsAreNotListedButStillWork() {
        assertThat(reply("!help")).doesNotContain("secret");

        assertThat(alice.says("!secret")).containsExactly("cogbot: psst");
    }

    @Test
    void helpForOneCommandShowsItsSignatureHelpTextAndAliases() {
        assertThat(reply("!help hush")).isEqualTo("""
                !hush [duration]
                Mutes everyone for a while.
                A bare number is minutes.
                Aliases: quiet, sh
                From: Tools (plugin tools)""");
    }

    @Test
    void helpForAnAliasShowsTheCommandItBelongsTo() {
        assertThat(reply("!help sh")).isEqualTo(reply("!help hush"));
        assertThat(reply("!help quiet")).isEqualTo(reply("!help hush"));
    }

    @Test
    void helpForOneCommandIgnoresCaseAndAPrefixTypedWithTheName() {
        assertThat(reply("!help HUSH")).isEqualTo(reply("!help hush"));
        assertThat(reply("!help !hush")).isEqualTo(reply("!help hush"));
    }

    @Test
    void helpForACommandWithoutHelpTextOrAliasesShowsItsDerivedSignature() {
        assertThat(reply("!help pick")).isEqualTo("!pick <first> <others...>\nFrom: Dice (plugin games)");
    }

    @Test
    void helpForAnUnknownNameSaysThereIsNoneAndSuggestsCloseNames() {
        assertThat(reply("!help pnig")).isEqualTo("There is no command called !pnig. Did you mean !ping?");
        assertThat(reply("!help hsuh")).isEqualTo("There is no command called !hsuh. Did you mean !hush?");
    }

    @Test
    void helpForANameCloseToNothingSaysThereIsNoneWithoutSuggestions() {
        assertThat(reply("!help nosuch")).isEqualTo("There is no command called !nosuch.");
    }

    @Test
    void helpForAHiddenCommandSaysThereIsNone() {
        assertThat(reply("!help secret")).startsWith("There is no command called !secret.");
    }

    @Test
    void commandsIsAnAliasOfHelp() {
        assertThat(reply("!commands")).isEqualTo(reply("!help"));
    }

    @Test
    void aPluginLoadedLaterAppearsInHelp() {
        bot.load("extra", new Cog() {
            @Override
            public String name() {
                return "Extra";
            }

            @Command(help = "Waves")
            public void wave(Context ctx) {
            }
        });

        assertThat(reply("!help")).contains("\nExtra (extra):\n  !wave - Waves");
    }
}
