package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No plugin code ends the bot: every way a plugin JAR can call {@code System.exit},
 * {@code Runtime.exit} or {@code Runtime.halt} fails inside that plugin instead, with one log line
 * naming the plugin and its class, and the bot goes on answering. (Before the fix, the first of
 * these ended the test JVM itself.)
 */
@ExtendWith(RealPluginsBot.class)
class PluginExitAttemptsTest {

    private LifecycleBot bot;
    private TestPlugins.Builder quitter;

    @BeforeEach
    void loadAPluginThatTriesToQuit() {
        quitter = TestPlugins.plugin("quitter", "1.0.0").cog("""
                public final class QuitterCog implements Cog {
                    @Command(name = "exit") public void exit(Context ctx) { System.exit(0); }
                    @Command(name = "runtime_exit") public void runtimeExit(Context ctx) { Runtime.getRuntime().exit(2); }
                    @Command(name = "halt") public void halt(Context ctx) { Runtime.getRuntime().halt(3); }
                    @Command(name = "by_reference") public void byReference(Context ctx) {
                        java.util.function.IntConsumer quit = System::exit;
                        quit.accept(4);
                    }
                    @Command(name = "by_reflection") public void byReflection(Context ctx) throws Exception {
                        System.class.getMethod("exit", int.class).invoke(null, 5);
                    }
                    @Command(name = "by_handle") public void byHandle(Context ctx) throws Throwable {
                        java.lang.invoke.MethodHandles.lookup().findVirtual(Runtime.class, "halt",
                                java.lang.invoke.MethodType.methodType(void.class, int.class))
                                .invoke(Runtime.getRuntime(), 6);
                    }
                    @Command(name = "caught") public void caught(Context ctx) {
                        try {
                            System.exit(7);
                        } catch (SecurityException refused) {
                            ctx.send("refused: " + refused.getMessage());
                        }
                    }
                }""");
        quitter.writeTo(bot.pluginsDir().resolve("quitter.jar"));
        bot.plugins().load("quitter");
    }

    @Test
    void systemExitFailsTheCommandAndTheBotAnswersOn() {
        assertThat(botSaid(bot.type("!exit"))).containsExactly("Sorry, !exit ran into a problem; the details are in the bot's log.");

        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
        assertThat(bot.log().containing("Refused: plugin quitter called System.exit(0) in "
                + quitter.className("QuitterCog"))).hasSize(1);
    }

    @Test
    void runtimeExitAndHaltFailTheirCommands() {
        assertThat(botSaid(bot.type("!runtime_exit"))).singleElement().asString().contains("ran into a problem");
        assertThat(botSaid(bot.type("!halt"))).singleElement().asString().contains("ran into a problem");

        assertThat(bot.log().containing("Refused: plugin quitter called Runtime.exit(2)")).hasSize(1);
        assertThat(bot.log().containing("Refused: plugin quitter called Runtime.halt(3)")).hasSize(1);
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
    }

    @Test
    void aMethodReferenceReflectionAndMethodHandlesAreRefusedToo() {
        for (String command : new String[] {"!by_reference", "!by_reflection", "!by_handle"}) {
            assertThat(botSaid(bot.type(command))).as(command).singleElement().asString().contains("ran into a problem");
        }

        assertThat(bot.log().containing("Refused: plugin quitter called System.exit(4)")).hasSize(1);
        assertThat(bot.log().containing("Refused: plugin quitter called System.exit through reflection")).hasSize(1);
        assertThat(bot.log().containing("Refused: plugin quitter called Runtime.halt through a method handle")).hasSize(1);
        assertThat(botSaid(bot.type("!lightbulb"))).hasSize(1);
    }

    @Test
    void thePluginCanCatchTheRefusalWhichSaysWhatHappened() {
        assertThat(botSaid(bot.type("!caught"))).singleElement().asString()
                .startsWith("refused: plugin quitter called System.exit(7)")
                .contains("plugins cannot end the bot");
    }
}
