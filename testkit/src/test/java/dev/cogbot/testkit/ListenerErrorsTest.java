package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Listen;
import dev.cogbot.api.event.Event;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.api.event.ReactionAdded;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a listener throws goes to its cog's error handling and stops nothing else. */
class ListenerErrorsTest {

    static final class ThrowingCog implements Cog {
        final List<String> handled = new CopyOnWriteArrayList<>();
        volatile boolean handles = true;

        @Listen
        public void breaks(MessageReceived event) {
            if (event.message().content().equals("boom")) {
                throw new IllegalStateException("the listener broke on " + event.message().content());
            }
        }

        @Listen
        public void failsChecked(ReactionAdded event) throws IOException {
            throw new IOException("disk gone");
        }

        @Override
        public void cogListenerError(Event event, RuntimeException error) {
            if (!handles) {
                throw error;
            }
            handled.add(event.getClass().getSimpleName() + ": " + error.getMessage());
        }
    }

    static final class CalmCog implements Cog {
        final List<String> heard = new CopyOnWriteArrayList<>();

        @Listen
        public void hears(MessageReceived event) {
            heard.add(event.message().content());
        }
    }

    private final LoggedProblems problems = LoggedProblems.capture();
    private final ThrowingCog throwing = new ThrowingCog();
    private final CalmCog calm = new CalmCog();
    private final TestBot bot = TestBot.builder().plugin("throwing", throwing).plugin("calm", calm).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
        problems.close();
    }

    @Test
    void theCogsListenerErrorHandlerSeesWhatItsListenerThrew() {
        alice.says("boom");

        assertThat(throwing.handled).containsExactly("MessageReceived: the listener broke on boom");
    }

    @Test
    void aThrowingListenerDoesNotStopAnotherPluginsListener() {
        alice.says("boom");

        assertThat(calm.heard).containsExactly("boom");
    }

    @Test
    void aListenerThatThrewStillHearsTheNextEvent() {
        alice.says("boom");
        alice.says("boom");

        assertThat(throwing.handled).hasSize(2);
    }

    @Test
    void aCheckedExceptionReachesTheHandlerWithItsMessage() {
        alice.says("vote");

        alice.reacts(alice.lastMessageId(), "👍");

        assertThat(throwing.handled).singleElement().asString().startsWith("ReactionAdded: ").contains("disk gone");
    }

    @Test
    void anErrorPassedOnIsLoggedOnceNamingThePluginAndTheListener() {
        throwing.handles = false;

        alice.says("boom");

        assertThat(problems.lines()).singleElement().asString()
                .contains("ThrowingCog.breaks", "plugin throwing", "MessageReceived", "IllegalStateException");
    }

    @Test
    void aHandledErrorIsNotLogged() {
        alice.says("boom");

        assertThat(problems.lines()).isEmpty();
    }
}
