package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Member;
import dev.cogbot.runtime.commands.CogDefinitionException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Arguments that take a word or none ({@code Optional<T>}), as many as convert ({@code List<T>},
 * discord.py's {@code Greedy}) or every word left ({@code T...}), and how help shows each.
 */
class ArgumentShapesTest {

    static final class ShapesCog implements Cog {
        @Command
        public void greet(Context ctx, Optional<Integer> times, String name) {
            ctx.send(times.map(t -> t + "x ").orElse("") + "hello " + name);
        }

        @Command
        public void maybe(Context ctx, Optional<Integer> count) {
            ctx.send(count.map(c -> "got " + c).orElse("got none"));
        }

        @Command
        public void total(Context ctx, List<Integer> numbers, String label) {
            ctx.send(label + " " + numbers.stream().mapToInt(Integer::intValue).sum() + " from " + numbers);
        }

        @Command
        public void sum(Context ctx, List<Integer> numbers) {
            ctx.send("sum " + numbers.stream().mapToInt(Integer::intValue).sum());
        }

        @Command
        public void add(Context ctx, int... numbers) {
            ctx.send("added " + Arrays.stream(numbers).sum() + " from " + numbers.length);
        }

        @Command
        public void tag(Context ctx, List<Member> members, @Arg(value = "text", rest = true) String text) {
            ctx.send(members.stream().map(Member::displayName).collect(Collectors.joining(", ")) + ": " + text);
        }

        @Command
        public void shout(Context ctx, String... words) {
            ctx.send(String.join(" ", words).toUpperCase(java.util.Locale.ROOT));
        }
    }

    private final TestBot bot = TestBot.builder().plugin("shapes", new ShapesCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void anOptionalGivenIsPresent() {
        assertThat(alice.says("!greet 3 bob")).containsExactly("cogbot: 3x hello bob");
    }

    @Test
    void anOptionalLeftOutIsEmpty() {
        assertThat(alice.says("!maybe")).containsExactly("cogbot: got none");
    }

    @Test
    void aWordAnOptionalCannotConvertIsLeftForTheNextArgument() {
        assertThat(alice.says("!greet bob")).containsExactly("cogbot: hello bob");
    }

    @Test
    void aWordAnOptionalCannotConvertAndNothingElseTakesIsReported() {
        assertThat(alice.says("!maybe four")).containsExactly(
                "cogbot: <count> must be a whole number, not 'four'. Usage: !maybe [count]");
    }

    @Test
    void aListTakesAsManyWordsAsConvert() {
        assertThat(alice.says("!total 1 2 3 apples")).containsExactly("cogbot: apples 6 from [1, 2, 3]");
    }

    @Test
    void aListMayTakeNoWords() {
        assertThat(alice.says("!total apples")).containsExactly("cogbot: apples 0 from []");
    }

    @Test
    void aWordAListStoppedAtAndNothingElseTakesIsReported() {
        assertThat(alice.says("!sum 1 2 x")).containsExactly(
                "cogbot: <numbers> must be a whole number, not 'x'. Usage: !sum [numbers]...");
    }

    @Test
    void aListOfMembersTakesTheMentionsBeforeTheText() {
        TestUser bob = bot.user("bob");
        TestUser carol = bot.user("carol");

        assertThat(alice.says("!tag " + bob.mention() + " " + carol.mention() + " lunch is ready"))
                .containsExactly("cogbot: bob, carol: lunch is ready");
    }

    @Test
    void varargsTakeEveryWordLeft() {
        assertThat(alice.says("!add 1 2 3")).containsExactly("cogbot: added 6 from 3");
        assertThat(alice.says("!shout no more words")).containsExactly("cogbot: NO MORE WORDS");
    }

    @Test
    void varargsMayTakeNoWords() {
        assertThat(alice.says("!add")).containsExactly("cogbot: added 0 from 0");
    }

    @Test
    void everyWordOfVarargsMustConvert() {
        assertThat(alice.says("!add 1 two 3")).containsExactly(
                "cogbot: <numbers> must be a whole number, not 'two'. Usage: !add [numbers...]");
    }

    @Test
    void helpShowsEachShapeAsDiscordPyDoes() {
        assertThat(alice.says("!help greet")).first().asString().startsWith("cogbot: !greet [times] <name>");
        assertThat(alice.says("!help total")).first().asString().startsWith("cogbot: !total [numbers]... <label>");
        assertThat(alice.says("!help add")).first().asString().startsWith("cogbot: !add [numbers...]");
        assertThat(alice.says("!help tag")).first().asString().startsWith("cogbot: !tag [members]... <text...>");
    }

    static final class ListOfStringsCog implements Cog {
        @Command
        public void words(Context ctx, List<String> words) {
        }
    }

    static final class OptionalWithFallbackCog implements Cog {
        @Command
        public void count(Context ctx, @Arg(value = "count", fallback = "1") Optional<Integer> count) {
        }
    }

    static final class NestedCog implements Cog {
        @Command
        public void nested(Context ctx, Optional<List<Integer>> numbers) {
        }
    }

    @Test
    void aListOfStringsIsRefusedAtLoadForVarargsOrTheRestOfTheMessage() {
        assertThatThrownBy(() -> bot.load("bad", new ListOfStringsCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@Command ListOfStringsCog.words: a List<String> would take every word;"
                        + " use String... or @Arg(rest = true) String");
    }

    @Test
    void anOptionalWithAFallbackIsRefusedAtLoad() {
        assertThatThrownBy(() -> bot.load("bad", new OptionalWithFallbackCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("OptionalWithFallbackCog.count")
                .hasMessageContaining("takes no fallback");
    }

    @Test
    void anOptionalOfAListIsRefusedAtLoad() {
        assertThatThrownBy(() -> bot.load("bad", new NestedCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("NestedCog.nested")
                .hasMessageContaining("holds one plain type");
    }
}
