package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CommandParsingTest {

    static final class ParsingCog implements Cog {
        @Command(aliases = {"p", "Pong"})
        public void ping(Context ctx) {
            ctx.send("pong");
        }

        @Command(aliases = "which")
        public void invoked(Context ctx) {
            ctx.send(ctx.prefix() + ctx.invokedWith() + " runs " + ctx.command().name());
        }

        @Command
        public void pair(Context ctx, String first, String second) {
            ctx.send(first + "|" + second);
        }

        @Command
        public void say(Context ctx, @Arg(value = "text", rest = true) String text) {
            ctx.send("[" + text + "]");
        }

        @Command
        public void tag(Context ctx, String name, @Arg(value = "text", rest = true) String text) {
            ctx.send(name + "=[" + text + "]");
        }
    }

    private TestBot bot = TestBot.builder().plugin("parsing", new ParsingCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aMessageStartingWithThePrefixRunsTheNamedCommand() {
        assertThat(alice.says("!ping")).containsExactly("cogbot: pong");
    }

    @Test
    void aMessageWithoutThePrefixIsNotACommand() {
        assertThat(alice.says("ping")).isEmpty();
    }

    @Test
    void thePrefixMustStartTheMessage() {
        assertThat(alice.says("please !ping")).isEmpty();
        assertThat(alice.says(" !ping")).isEmpty();
    }

    @Test
    void thePrefixIsConfigurable() {
        bot.close();
        bot = TestBot.builder().prefix("?").plugin("parsing", new ParsingCog()).build();
        TestUser bob = bot.user("bob");

        assertThat(bob.says("?ping")).containsExactly("cogbot: pong");
        assertThat(bob.says("!ping")).isEmpty();
        assertThat(bob.says("?invoked")).containsExactly("cogbot: ?invoked runs invoked");
    }

    @Test
    void aLonePrefixIsNotACommandAndGetsNoAnswer() {
        assertThat(alice.says("!")).isEmpty();
    }

    @Test
    void thePrefixFollowedByASpaceIsNotACommandAndGetsNoAnswer() {
        assertThat(alice.says("! ping")).isEmpty();
        assertThat(alice.says("!   ")).isEmpty();
    }

    @Test
    void commandNamesAreCaseInsensitive() {
        assertThat(alice.says("!PING")).containsExactly("cogbot: pong");
        assertThat(alice.says("!Ping")).containsExactly("cogbot: pong");
    }

    @Test
    void aliasesInvokeTheSameCommandAndAreCaseInsensitiveToo() {
        assertThat(alice.says("!p")).containsExactly("cogbot: pong");
        assertThat(alice.says("!pong")).containsExactly("cogbot: pong");
        assertThat(alice.says("!PONG")).containsExactly("cogbot: pong");
    }

    @Test
    void theContextTellsTheNameOrAliasAsTypedAndTheCommandItRuns() {
        assertThat(alice.says("!WHICH")).containsExactly("cogbot: !WHICH runs invoked");
    }

    @Test
    void messagesFromTheBotItselfAreIgnored() {
        bot.transport().deliver(InMemoryTransport.BOT_USER, TestBot.GENERAL, "!ping");

        assertThat(bot.advance(Duration.ZERO)).isEmpty();
    }

    @Test
    void argumentsAreSeparatedByAnyAmountOfWhitespace() {
        assertThat(alice.says("!pair   one \t two")).containsExactly("cogbot: one|two");
    }

    @Test
    void doubleQuotesMakeSeveralWordsOneArgument() {
        assertThat(alice.says("!pair \"two words\" three")).containsExactly("cogbot: two words|three");
    }

    @Test
    void apostrophesDoNotQuote() {
        assertThat(alice.says("!pair who's there")).containsExactly("cogbot: who's|there");
    }

    @Test
    void aRestArgumentTakesTheRestOfTheLineAsTyped() {
        assertThat(alice.says("!say hello   \"big\"  world"))
                .containsExactly("cogbot: [hello   \"big\"  world]");
    }

    @Test
    void aRestArgumentDropsOnlyTheSpacesAroundTheLine() {
        assertThat(alice.says("!say     who's   there?   ")).containsExactly("cogbot: [who's   there?]");
    }

    @Test
    void aRestArgumentAfterOtherArgumentsStartsAtItsFirstWord() {
        assertThat(alice.says("!tag greeting   hi   there")).containsExactly("cogbot: greeting=[hi   there]");
        assertThat(alice.says("!tag \"two words\" \"quoted\" rest")).containsExactly("cogbot: two words=[\"quoted\" rest]");
    }
}
