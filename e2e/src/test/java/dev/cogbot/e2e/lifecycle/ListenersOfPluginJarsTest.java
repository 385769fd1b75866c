package dev.cogbot.e2e.lifecycle;

import static dev.cogbot.e2e.lifecycle.LifecycleBot.botSaid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.control.ControlRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin JAR's {@code @Listen} methods hear events while it is loaded, and only then. */
class ListenersOfPluginJarsTest {

    @TempDir
    Path home;

    private LifecycleBot bot;

    @BeforeEach
    void start() {
        bot = LifecycleBot.start(home);
    }

    @AfterEach
    void stop() {
        bot.close();
    }

    private void writeEcho(String version) {
        TestPlugins.plugin("echo", version).cog("""
                public final class EchoCog implements Cog {
                    @Listen
                    public void echo(MessageReceived event) {
                        if (!event.isCommand() && event.message().content().startsWith("echo ")) {
                            event.message().channel().send("%s heard " + event.message().content().substring(5));
                        }
                    }
                }""".formatted(version)).writeTo(bot.pluginsDir().resolve("echo.jar"));
    }

    @Test
    void aLoadedPluginsListenerHearsMessages() {
        writeEcho("1.0.0");
        bot.plugins().load("echo");

        assertThat(botSaid(bot.type("echo hello"))).containsExactly("1.0.0 heard hello");
    }

    @Test
    void anUnloadedPluginsListenerHearsNothingMore() {
        writeEcho("1.0.0");
        bot.plugins().load("echo");

        bot.control(new ControlRequest.Unload("echo", false));

        assertThat(botSaid(bot.type("echo hello"))).isEmpty();
    }

    @Test
    void aReloadedPluginsListenerIsTheNewVersionAlone() {
        writeEcho("1.0.0");
        bot.plugins().load("echo");
        writeEcho("2.0.0");

        bot.control(new ControlRequest.Reload("echo"));

        assertThat(botSaid(bot.type("echo hello"))).containsExactly("2.0.0 heard hello");
    }
}
