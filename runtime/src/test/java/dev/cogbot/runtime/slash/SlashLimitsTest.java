package dev.cogbot.runtime.slash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Slash;
import dev.cogbot.api.User;
import dev.cogbot.runtime.commands.CogDefinitionException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Discord's limits, checked when a plugin loads: a clear one-line refusal instead of a failed sync later. */
class SlashLimitsTest {

    private SlashBot bot = SlashBot.start(SlashSettings.DEFAULT);

    @AfterEach
    void close() {
        bot.close();
    }

    enum Letter { A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T, U, V, W, X, Y, Z }

    public static final class BadName implements Cog {
        @Slash(name = "say hello")
        @Command(help = "Says hello")
        public void hello(Context ctx) {
        }
    }

    public static final class CamelCase implements Cog {
        @Command(help = "Waits")
        public void wait(Context ctx, @Arg("durationText") String duration) {
        }
    }

    public static final class LongHelp implements Cog {
        @Command(help = "Tags")
        public void tag(Context ctx, @Arg(value = "name", help = "the name of the tag, which is the word you gave it when"
                + " you made it with the tag command, and nothing else") String name) {
        }
    }

    public static final class TooManyArguments implements Cog {
        @Command(help = "Takes everything")
        public void everything(Context ctx, String a, String b, String c, String d, String e, String f, String g,
                String h, String i, String j, String k, String l, String m, String n, String o, String p, String q,
                String r, String s, String t, String u, String v, String w, String x, String y, String z) {
        }
    }

    public static final class PrefixOnlyEverything implements Cog {
        @Slash(false)
        @Command(help = "Takes everything, in chat only")
        public void everything(Context ctx, String a, String b, String c, String d, String e, String f, String g,
                String h, String i, String j, String k, String l, String m, String n, String o, String p, String q,
                String r, String s, String t, String u, String v, String w, String x, String y, String z) {
        }
    }

    public static final class Alphabet implements Cog {
        @Command(help = "Picks a letter")
        public void letter(Context ctx, Letter letter) {
        }
    }

    public static final class AlphabetSuggested implements Cog {
        @Command(help = "Picks a letter")
        public void letter(Context ctx, @Arg(complete = "letters") Letter letter) {
        }

        public List<String> letters(String typed) {
            return List.of();
        }
    }

    public static final class SuggestedUser implements Cog {
        @Command(help = "Greets")
        public void greet(Context ctx, @Arg(complete = "names") User who) {
        }

        public List<String> names(String typed) {
            return List.of();
        }
    }

    public static final class SameNames implements Cog {
        @Command(help = "Copies")
        public void copy(Context ctx, @Arg("what") String from, @Arg("what") String to) {
        }
    }

    @Test
    void aCommandNameDiscordRefusesFailsTheLoadSayingHowToRenameIt() {
        assertThatThrownBy(() -> bot.load("hello", new BadName()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("slash command /say hello (command 'hello' of BadName, plugin hello): 'say hello' is not a"
                        + " valid slash command name; Discord allows 1 to 32 lowercase letters, digits, '-' and '_'."
                        + " Rename it with @Slash(name = ...), or keep it prefix-only with @Slash(false)");
    }

    @Test
    void anArgumentNameDiscordRefusesFailsTheLoadSuggestingOne() {
        assertThatThrownBy(() -> bot.load("wait", new CamelCase()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("argument 'durationText' is not a valid slash option name")
                .hasMessageContaining("Name it with @Arg(\"duration_text\")");
    }

    @Test
    void anArgumentHelpOverAHundredCharactersFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("tags", new LongHelp()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageEndingWith("the @Arg(help) of 'name' has 106 characters; Discord allows 100, so shorten it");
    }

    @Test
    void moreThanTwentyFiveArgumentsFailTheLoad() {
        assertThatThrownBy(() -> bot.load("all", new TooManyArguments()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("it has 26 arguments; a slash command takes at most 25 options");
    }

    @Test
    void aPrefixOnlyCommandIsNotHeldToDiscordsLimits() {
        bot.load("all", new PrefixOnlyEverything());

        assertThat(bot.runtime().registry().find("everything")).isPresent();
    }

    @Test
    void anEnumOfMoreThanTwentyFiveConstantsFailsTheLoadPointingToAutocomplete() {
        assertThatThrownBy(() -> bot.load("letters", new Alphabet()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("argument 'letter' is an enum of 26 constants; Discord offers at most 25 choices."
                        + " Suggest values with @Arg(complete = ...) instead");
    }

    @Test
    void anEnumWithSuggestionsNeedsNoChoices() {
        bot.load("letters", new AlphabetSuggested());

        assertThat(bot.command("letter").options().getFirst().choices()).isEmpty();
        assertThat(bot.command("letter").options().getFirst().autocomplete()).isTrue();
    }

    @Test
    void aGroupOfMoreThanTwentyFiveSubcommandsFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("big", GeneratedCogs.withSubcommands("big", "c", 26)))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageStartingWith("slash command group /big of plugin big has 26 subcommands; Discord allows 25");
    }

    @Test
    void aPluginThatWouldTakeTheBotPastAHundredCommandsFailsToLoad() {
        // with /help and /prefix, 100 in all: the most Discord allows
        bot.load("first", GeneratedCogs.withCommands("alpha", 60));
        bot.load("second", GeneratedCogs.withCommands("beta", 38));

        assertThatThrownBy(() -> bot.load("third", GeneratedCogs.withCommands("gamma", 1)))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("plugin third would bring the bot to 101 slash commands (100 before it); Discord allows 100:"
                        + " serve some as subcommands with @Slash(group = ...), or keep some prefix-only with @Slash(false)");
    }

    @Test
    void suggestionsForAnOptionDiscordCannotAutocompleteFailTheLoad() {
        assertThatThrownBy(() -> bot.load("greet", new SuggestedUser()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("argument 'who' is a user option, which Discord cannot autocomplete");
    }

    @Test
    void twoArgumentsOfOneNameFailTheLoad() {
        assertThatThrownBy(() -> bot.load("copy", new SameNames()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("two arguments are named 'what'");
    }

    @Test
    void aPluginRefusedForItsSlashCommandsLeavesNothingBehind() {
        assertThatThrownBy(() -> bot.load("hello", new BadName())).isInstanceOf(CogDefinitionException.class);

        assertThat(bot.runtime().registry().find("hello")).isEmpty();
        assertThat(bot.runtime().plugin("hello")).isEmpty();
    }

    @Test
    void withSlashCommandsOffNothingIsHeldToDiscordsLimits() {
        bot.close();
        bot = SlashBot.start(SlashSettings.OFF);

        bot.load("hello", new BadName());

        assertThat(bot.runtime().registry().find("hello")).isPresent();
    }
}
