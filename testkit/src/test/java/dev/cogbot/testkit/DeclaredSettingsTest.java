package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Bot;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Setting;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.settings.BadSettingException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Settings a cog declares: checked before it loads, read typed, misspelt keys warned about. */
class DeclaredSettingsTest {

    static final String BAD_DELAY_LINE = "setting greeter.delay (from greeter.delay in the bot's settings) must be"
            + " a duration such as 30s, 5m or 1h, longer than 0, got 'soon'";

    static final class GreeterCog implements Cog {
        static final Setting<Duration> DELAY = Setting.duration("delay", Duration.ofSeconds(2), "how long to wait").positive();
        static final Setting<Long> TIMES = Setting.number("times", 1, "how many greetings").atLeast(1);
        static final Setting<String> GREETING = Setting.text("greeting", "Hello", "what to say");

        final AtomicBoolean loaded = new AtomicBoolean();
        private volatile Bot bot;

        @Override
        public List<Setting<?>> settings() {
            return List.of(DELAY, TIMES, GREETING);
        }

        @Override
        public void onLoad(Bot bot) {
            this.bot = bot;
            loaded.set(true);
        }

        @Command(help = "Greets, after a while")
        public void greet(Context ctx) {
            ctx.sleep(bot.settings().get(DELAY));
            for (long i = 0; i < bot.settings().get(TIMES); i++) {
                ctx.send(bot.settings().get(GREETING));
            }
        }
    }

    @Test
    void aCogWithAWrongSettingFailsBuildWithTheRuntimesLineBeforeItsOnLoad() {
        GreeterCog greeter = new GreeterCog();

        assertThatThrownBy(() -> TestBot.builder().setting("greeter.delay", "soon").plugin("greeter", greeter).build())
                .isInstanceOf(BadSettingException.class)
                .hasMessage(BAD_DELAY_LINE);
        assertThat(greeter.loaded).isFalse();
    }

    @Test
    void aWrongSettingRefusesALaterLoadTooAndLeavesTheBotAsItWas() {
        try (TestBot bot = TestBot.builder().setting("greeter.delay", "soon").build()) {
            assertThatThrownBy(() -> bot.load("greeter", new GreeterCog())).hasMessage(BAD_DELAY_LINE);
            assertThat(bot.plugin("greeter")).isEmpty();
            assertThat(bot.user("alice").says("!greet")).containsExactly("cogbot: I don't know !greet. Type !help for the list.");
        }
    }

    @Test
    void declaredSettingsAreReadInTheirTypes() {
        try (TestBot bot = TestBot.builder().setting("greeter.delay", "5s").setting("greeter.times", "2")
                .setting("greeter.greeting", "Howdy").plugin("greeter", new GreeterCog()).build()) {
            TestUser alice = bot.user("alice");
            assertThat(alice.says("!greet")).isEmpty();
            assertThat(bot.advance(Duration.ofSeconds(5))).containsExactly("cogbot: Howdy", "cogbot: Howdy");
        }
    }

    @Test
    void unsetSettingsAreTheirDefaults() {
        try (TestBot bot = TestBot.builder().plugin("greeter", new GreeterCog()).build()) {
            bot.user("alice").says("!greet");
            assertThat(bot.advance(Duration.ofSeconds(2))).containsExactly("cogbot: Hello");
        }
    }

    @Test
    void aMisspeltKeyIsWarnedAboutOnceAtLoadNamingTheClosestDeclaredKey() {
        try (LoggedProblems problems = LoggedProblems.capture();
             TestBot bot = TestBot.builder().setting("greeter.greting", "Howdy").plugin("greeter", new GreeterCog()).build()) {
            assertThat(bot.plugin("greeter")).isPresent();
            assertThat(problems.lines()).containsExactly("WARN dev.cogbot.runtime.bot.BotRuntime - greeter.greting is set,"
                    + " but plugin greeter has no such setting; did you mean greeter.greeting?");
        }
    }

    @Test
    void twoCogsOfOnePluginDeclaringAKeyTwoWaysFailTheBuild() {
        Cog other = new Cog() {
            @Override
            public String name() {
                return "Other";
            }

            @Override
            public List<Setting<?>> settings() {
                return List.of(Setting.number("delay", 2, "seconds to wait"));
            }
        };

        assertThatThrownBy(() -> TestBot.builder().plugin("greeter", new GreeterCog(), other).build())
                .isInstanceOf(CogDefinitionException.class)
                .hasMessageStartingWith("setting greeter.delay is declared two ways: by Greeter as duration, longer"
                        + " than 0 defaulting to 2s, by Other as whole number defaulting to 2;");
    }
}
