package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Arg;
import dev.cogbot.api.BeforeInvoke;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.error.BadArgument;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.MissingArgument;
import dev.cogbot.api.error.TooManyArguments;
import dev.cogbot.runtime.commands.CogDefinitionException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArgumentConversionTest {

    enum Mood { HAPPY, GRUMPY }

    static final class ConvertCog implements Cog {
        final List<CommandError> errors = new CopyOnWriteArrayList<>();

        @Command(help = "Adds a step to a count")
        public void add(Context ctx, @Arg("count") int count, @Arg(value = "step", fallback = "1") int step) {
            ctx.send(Integer.toString(count + step));
        }

        @Command
        public void big(Context ctx, long value) {
            ctx.send(Long.toString(value + 1));
        }

        @Command
        public void half(Context ctx, double value) {
            ctx.send(Double.toString(value / 2));
        }

        @Command
        public void flag(Context ctx, @Arg("on") boolean on) {
            ctx.send(Boolean.toString(on));
        }

        @Command
        public void boxed(Context ctx, Integer count, Boolean on) {
            ctx.send(count + "/" + on);
        }

        @Command
        public void delay(Context ctx, @Arg(value = "time", unit = ChronoUnit.MINUTES) Duration time) {
            ctx.send(time.toString());
        }

        @Command
        public void feel(Context ctx, @Arg("mood") Mood mood) {
            ctx.send(mood.name());
        }

        @Command
        public void greet(Context ctx, @Arg(value = "greeting", fallback = "hello", setting = "greeting") String greeting) {
            ctx.send(greeting);
        }

        @Command
        public void snooze(Context ctx,
                @Arg(value = "time", fallback = "5", setting = "snooze", unit = ChronoUnit.MINUTES) Duration time) {
            ctx.send(time.toString());
        }

        @Command(ignoreExtra = false)
        public void strict(Context ctx, @Arg("count") int count) {
            ctx.send("strict " + count);
        }

        @Command(ignoreExtra = false)
        public void bare(Context ctx) {
            ctx.send("bare");
        }

        @Override
        public void cogCommandError(Context ctx, CommandError error) {
            errors.add(error);
            throw error;
        }
    }

    private final ConvertCog cog = new ConvertCog();
    private TestBot bot = TestBot.builder().plugin("conv", cog).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    // --- types

    @Test
    void convertsIntegers() {
        assertThat(alice.says("!add 2 3")).containsExactly("cogbot: 5");
        assertThat(alice.says("!add -2 +3")).containsExactly("cogbot: 1");
    }

    @Test
    void convertsLongsBeyondTheRangeOfInt() {
        assertThat(alice.says("!big 9000000000")).containsExactly("cogbot: 9000000001");
    }

    @Test
    void convertsDoubles() {
        assertThat(alice.says("!half 3")).containsExactly("cogbot: 1.5");
        assertThat(alice.says("!half 0.5")).containsExactly("cogbot: 0.25");
    }

    @Test
    void convertsBooleansFromTheWordsPeopleUse() {
        for (String yes : List.of("yes", "y", "true", "on", "1", "enable", "enabled", "YES")) {
            assertThat(alice.says("!flag " + yes)).as(yes).containsExactly("cogbot: true");
        }
        for (String no : List.of("no", "n", "false", "off", "0", "disable", "disabled", "Off")) {
            assertThat(alice.says("!flag " + no)).as(no).containsExactly("cogbot: false");
        }
    }

    @Test
    void convertsBoxedTypesLikeTheirPrimitives() {
        assertThat(alice.says("!boxed 7 off")).containsExactly("cogbot: 7/false");
    }

    @Test
    void convertsDurationsWithAUnit() {
        assertThat(alice.says("!delay 90s")).containsExactly("cogbot: PT1M30S");
        assertThat(alice.says("!delay 1h30m")).containsExactly("cogbot: PT1H30M");
    }

    @Test
    void aBareNumberDurationIsInTheArgumentsUnit() {
        assertThat(alice.says("!delay 5")).containsExactly("cogbot: PT5M");
    }

    @Test
    void convertsEnumsIgnoringCase() {
        assertThat(alice.says("!feel grumpy")).containsExactly("cogbot: GRUMPY");
        assertThat(alice.says("!feel HAPPY")).containsExactly("cogbot: HAPPY");
        assertThat(alice.says("!feel GrUmPy")).containsExactly("cogbot: GRUMPY");
    }

    // --- bad values

    @Test
    void aBadValueIsAnsweredWithAMessageNamingTheArgumentAndTheUsage() {
        assertThat(alice.says("!add two"))
                .containsExactly("cogbot: <count> must be a whole number, not 'two'. Usage: !add <count> [step]");
    }

    @Test
    void aBadValueReachesTheErrorHandlersAsBadArgumentNamingTheArgument() {
        alice.says("!add 1 two");

        assertThat(cog.errors).singleElement()
                .isInstanceOfSatisfying(BadArgument.class, bad -> assertThat(bad.argument()).isEqualTo("step"));
    }

    @Test
    void aBadDoubleIsAnsweredAsNotANumber() {
        assertThat(alice.says("!half lots")).singleElement().asString()
                .contains("<value> must be a number, not 'lots'").contains("Usage: !half <value>");
    }

    @Test
    void aBadBooleanIsAnsweredAsNotYesOrNo() {
        assertThat(alice.says("!flag maybe")).singleElement().asString()
                .contains("<on> must be yes or no, not 'maybe'").contains("Usage: !flag <on>");
    }

    @Test
    void aBadDurationIsAnsweredWithExamples() {
        assertThat(alice.says("!delay soon")).singleElement().asString()
                .contains("<time>", "'soon' is not a duration; try 30s, 5m or 1h", "Usage: !delay <time>");
    }

    @Test
    void aBadEnumValueIsAnsweredWithTheChoices() {
        assertThat(alice.says("!feel sleepy")).singleElement().asString()
                .contains("<mood> must be one of happy, grumpy, not 'sleepy'", "Usage: !feel <mood>");
    }

    @Test
    void aMissingRequiredArgumentIsAMissingArgumentNamingIt() {
        assertThat(alice.says("!add")).containsExactly("cogbot: Missing argument <count>. Usage: !add <count> [step]");
        assertThat(cog.errors).singleElement()
                .isInstanceOfSatisfying(MissingArgument.class, missing -> assertThat(missing.argument()).isEqualTo("count"));
    }

    // --- fallbacks

    @Test
    void theFallbackIsUsedWhenTheArgumentIsLeftOut() {
        assertThat(alice.says("!add 2")).containsExactly("cogbot: 3");
    }

    @Test
    void theFallbackIsReadLikeTheUsersOwnWords() {
        assertThat(alice.says("!snooze")).containsExactly("cogbot: PT5M");
    }

    @Test
    void aPluginSettingReplacesTheFallback() {
        bot.close();
        bot = TestBot.builder()
                .setting("conv.greeting", "howdy")
                .setting("conv.snooze", "10")
                .plugin("conv", new ConvertCog())
                .build();
        TestUser bob = bot.user("bob");

        assertThat(bob.says("!greet")).containsExactly("cogbot: howdy");
        assertThat(bob.says("!snooze")).containsExactly("cogbot: PT10M");
    }

    @Test
    void theUsersWordsWinOverASettingFallback() {
        bot.close();
        bot = TestBot.builder().setting("conv.greeting", "howdy").plugin("conv", new ConvertCog()).build();

        assertThat(bot.user("bob").says("!greet hi")).containsExactly("cogbot: hi");
    }

    @Test
    void withoutTheSettingTheDeclaredFallbackIsUsed() {
        assertThat(alice.says("!greet")).containsExactly("cogbot: hello");
    }

    @Test
    void aSettingOfAnotherPluginDoesNotApply() {
        bot.close();
        bot = TestBot.builder().setting("other.greeting", "howdy").plugin("conv", new ConvertCog()).build();

        assertThat(bot.user("bob").says("!greet")).containsExactly("cogbot: hello");
    }

    // --- extra words

    @Test
    void extraWordsAreIgnoredByDefault() {
        assertThat(alice.says("!add 1 2 3 4")).containsExactly("cogbot: 3");
    }

    @Test
    void extraWordsAreTooManyArgumentsWhenTheCommandDoesNotIgnoreThem() {
        assertThat(alice.says("!strict 1 2"))
                .containsExactly("cogbot: !strict takes at most 1 argument, but got 2. Usage: !strict <count>");
        assertThat(cog.errors).singleElement().isInstanceOf(TooManyArguments.class);
    }

    @Test
    void aStrictCommandWithoutArgumentsRefusesAnyWord() {
        assertThat(alice.says("!bare")).containsExactly("cogbot: bare");
        assertThat(alice.says("!bare please")).singleElement().asString().contains("!bare takes no arguments, but got 1");
    }

    // --- declaration errors, found at load time

    static final class BadFallbackCog implements Cog {
        @Command
        public void repeat(Context ctx, @Arg(value = "times", fallback = "lots") int times) {
        }
    }

    static final class BadSettingFallbackCog implements Cog {
        @Command
        public void repeat(Context ctx, @Arg(value = "times", fallback = "2", setting = "times") int times) {
        }
    }

    static final class UnsupportedTypeCog implements Cog {
        @Command
        public void remind(Context ctx, @Arg("day") LocalDate day) {
        }
    }

    static final class UnknownHookTargetCog implements Cog {
        @Command
        public void ping(Context ctx) {
        }

        @BeforeInvoke("pnig")
        public void beforePing(Context ctx) {
        }
    }

    static final class RestNotLastCog implements Cog {
        @Command
        public void note(Context ctx, @Arg(value = "text", rest = true) String text, int priority) {
        }
    }

    static final class NoContextCog implements Cog {
        @Command
        public void ping() {
        }
    }

    @Test
    void anInvalidFallbackFailsTheLoadNamingTheMethodAndTheArgument() {
        assertThatThrownBy(() -> bot.load("bad", new BadFallbackCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("BadFallbackCog.repeat")
                .hasMessageContaining("<times>")
                .hasMessageContaining("'lots'");
    }

    @Test
    void anInvalidSettingFallbackFailsTheLoadNamingTheMethod() {
        bot.close();
        bot = TestBot.builder().setting("bad.times", "often").build();

        assertThatThrownBy(() -> bot.load("bad", new BadSettingFallbackCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("BadSettingFallbackCog.repeat")
                .hasMessageContaining("'often'");
    }

    @Test
    void anUnsupportedParameterTypeFailsTheLoadNamingTheMethodAndTheType() {
        assertThatThrownBy(() -> bot.load("bad", new UnsupportedTypeCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("UnsupportedTypeCog.remind")
                .hasMessageContaining("LocalDate");
    }

    @Test
    void aHookNamingAnUnknownCommandFailsTheLoadNamingTheMethodAndTheName() {
        assertThatThrownBy(() -> bot.load("bad", new UnknownHookTargetCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("UnknownHookTargetCog.beforePing")
                .hasMessageContaining("'pnig'");
    }

    @Test
    void aRestArgumentThatIsNotLastFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("bad", new RestNotLastCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("RestNotLastCog.note");
    }

    @Test
    void aCommandWithoutAContextFailsTheLoad() {
        assertThatThrownBy(() -> bot.load("bad", new NoContextCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("NoContextCog.ping")
                .hasMessageContaining("Context");
    }

    @Test
    void aPluginThatFailedToLoadLeavesNothingBehind() {
        assertThatThrownBy(() -> bot.load("bad", new UnknownHookTargetCog()))
                .isInstanceOf(CogDefinitionException.class);

        assertThat(bot.plugin("bad")).isEmpty();
        assertThat(alice.says("!ping")).singleElement().asString().startsWith("cogbot: I don't know !ping.");
    }

    // --- name clashes between plugins

    static final class PingCog implements Cog {
        @Command(aliases = "p")
        public void ping(Context ctx) {
            ctx.send("pong from " + ctx.command().plugin());
        }
    }

    static final class OtherPingCog implements Cog {
        @Command
        public void ping(Context ctx) {
            ctx.send("other pong");
        }
    }

    static final class AliasClashCog implements Cog {
        @Command(aliases = "p")
        public void poke(Context ctx) {
            ctx.send("poke");
        }
    }

    @Test
    void aCommandNameTakenByAnotherPluginIsRefusedNamingBothPlugins() {
        bot.load("first", new PingCog());

        assertThatThrownBy(() -> bot.load("second", new OtherPingCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("'ping'")
                .hasMessageContaining("first")
                .hasMessageContaining("second");
        assertThat(bot.plugin("second")).isEmpty();
        assertThat(alice.says("!ping")).containsExactly("cogbot: pong from first");
    }

    @Test
    void anAliasTakenByAnotherPluginIsRefusedToo() {
        bot.load("first", new PingCog());

        assertThatThrownBy(() -> bot.load("second", new AliasClashCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageContaining("'p'")
                .hasMessageContaining("first")
                .hasMessageContaining("second");
        assertThat(alice.says("!poke")).singleElement().asString().startsWith("cogbot: I don't know !poke.");
    }
}
