package dev.cogbot.e2e.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.plugins.PluginHost;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.WantedPlugins;
import dev.cogbot.testkit.BotEvent;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin JAR's {@code @OnComponent} handlers are its while it is loaded: a click after its unload
 * is answered politely, a reload hands clicks to the new version, and no second plugin may claim
 * its ids. Real JARs through PF4J, on the test kit's in-memory Discord.
 */
class ComponentsOfPluginJarsTest {

    @TempDir
    Path home;

    private TestBot bot;
    private PluginHost host;
    private TestUser alice;
    private TestUser bob;

    @BeforeEach
    void start() {
        bot = TestBot.builder().build();
        host = new PluginHost(home.resolve("plugins"), home.resolve("cache"), bot.runtime(), WantedPlugins.in(home));
        alice = bot.user("alice");
        bob = bot.user("bob");
    }

    @AfterEach
    void stop() {
        host.close();
        bot.close();
    }

    private void writeLunch(String id, String version, String file) {
        TestPlugins.plugin(id, version).cog("""
                public final class LunchCog implements Cog {
                    @Command
                    public void lunch(Context ctx) {
                        ctx.send(Draft.of("Lunch?").withRow(Button.success("lunch:yes", "Yes")));
                    }

                    @OnComponent("lunch")
                    public void vote(Click click) {
                        click.reply("%s counted " + click.user().name());
                    }
                }""".formatted(version)).writeTo(home.resolve("plugins").resolve(file));
    }

    private BotEvent.Sent lunchMessage() {
        return alice.slash("/lunch").response();
    }

    @Test
    void aClickReachesItsPluginsHandler() {
        writeLunch("lunch", "1.0.0", "lunch.jar");
        host.load("lunch");

        assertThat(bob.clicks(lunchMessage(), "lunch:yes").lines()).containsExactly("cogbot: 1.0.0 counted bob");
    }

    @Test
    void aClickAfterUnloadIsAnsweredPolitely() {
        writeLunch("lunch", "1.0.0", "lunch.jar");
        host.load("lunch");
        BotEvent.Sent lunch = lunchMessage();

        host.unload("lunch", false);

        assertThat(bob.clicks(lunch, "lunch:yes").lines()).containsExactly(
                "cogbot (privately): That button belongs to a plugin that is not loaded right now.");
    }

    @Test
    void aReloadedPluginsHandlerIsTheNewVersionAlone() {
        writeLunch("lunch", "1.0.0", "lunch.jar");
        host.load("lunch");
        BotEvent.Sent lunch = lunchMessage();
        writeLunch("lunch", "2.0.0", "lunch.jar");

        host.reload("lunch");

        assertThat(bob.clicks(lunch, "lunch:yes").lines()).containsExactly("cogbot: 2.0.0 counted bob");
    }

    @Test
    void aSecondPluginClaimingAComponentIdIsRefused() {
        writeLunch("lunch", "1.0.0", "lunch.jar");
        writeLunch("canteen", "1.0.0", "canteen.jar");
        host.load("lunch");

        assertThatThrownBy(() -> host.load("canteen"))
                .isInstanceOf(PluginOperationException.class)
                .hasMessageContaining("component ids starting with \"lunch\" are claimed by plugin lunch (LunchCog.vote)");
        assertThat(bob.clicks(lunchMessage(), "lunch:yes").lines()).containsExactly("cogbot: 1.0.0 counted bob");
    }
}
