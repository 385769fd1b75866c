package dev.cogbot.plugins.hush;

import static dev.cogbot.plugins.hush.PingCog.PONG;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * {@code hush.scope=bot} on two nodes when their PostgreSQL store goes down: the hush check fails
 * open, to what each node knows itself, and says so in the log once; a hush or an unhush that cannot
 * be stored says so and changes nothing. Each read during the outage waits for the pool's
 * connection timeout before it fails, set short for these tests ({@link TwoHushNodes#CONNECTION_TIMEOUT}).
 */
class HushWhileTheStoreIsDownTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private final Logger hushLog = (Logger) LoggerFactory.getLogger(HushCog.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private TwoHushNodes nodes;
    private TestBot nodeA;
    private TestBot nodeB;
    private TestUser olive;
    private TestUser bob;
    private TestUser alice;
    private boolean down;

    @BeforeEach
    void startTwoNodes() {
        String database = postgres.newDatabase();
        nodes = TwoHushNodes.on(database);
        nodeA = nodes.a();
        nodeB = nodes.b();
        olive = nodeA.user("olive");
        alice = nodeA.user("alice");
        bob = nodeB.user("bob").inGuild("Other Guild");
        // each server's prefix is read from the store once, then cached: read them while it is up
        alice.says("!ping");
        bob.says("!ping");
        logged.start();
        hushLog.addAppender(logged);
    }

    @AfterEach
    void stopThem() {
        hushLog.detachAppender(logged);
        if (down) {
            storeComesBack();
        }
        nodes.close();
    }

    @Test
    void theOtherNodeAnswersWhileTheStoreIsDown() {
        olive.says("!hush 1h");
        storeGoesDown();

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void theStartingNodeStaysHushedWhileTheStoreIsDown() {
        olive.says("!hush 1h");
        storeGoesDown();

        assertThat(alice.says("!ping")).isEmpty();
    }

    @Test
    void aFailedReadIsLoggedOnceAsAWarning() {
        olive.says("!hush 1h");
        storeGoesDown();
        bob.says("!ping");
        nodeB.advance(StoreOutage.RETRY);
        bob.says("!ping");

        assertThat(logged.list).filteredOn(event -> event.getLevel() == Level.WARN)
                .singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("Cannot read the bot-wide hushes from the store")
                .endsWith("only hushes started on this node silence it, and hushes started on other nodes do not");
    }

    @Test
    void theOtherNodeIsHushedAgainOnceTheStoreIsBack() {
        olive.says("!hush 1h");
        storeGoesDown();
        bob.says("!ping");
        storeComesBack();
        nodeA.advance(StoreOutage.RETRY);
        nodeB.advance(StoreOutage.RETRY);

        assertThat(bob.says("!ping")).isEmpty();
    }

    @Test
    void aHushThatCannotBeStoredIsNotStarted() {
        storeGoesDown();

        assertThat(olive.says("!hush 10")).containsExactly(
                "cogbot: I could not hush every node: the bot's store cannot be written. Try again in a moment.");
        assertThat(nodeA.reactionsOn(olive.lastMessageId())).isEmpty();
    }

    @Test
    void anUnhushThatCannotBeStoredLeavesTheHushOn() {
        olive.says("!hush 1h");
        String hushId = olive.lastMessageId();
        storeGoesDown();

        assertThat(olive.says("!unhush")).containsExactly(
                "cogbot: I could not lift the hush: the bot's store cannot be written, so the hush stays on."
                        + " Try again in a moment.");
        assertThat(nodeA.reactionsOn(hushId)).containsExactly("🔇");
    }

    private void storeGoesDown() {
        postgres.stop();
        down = true;
    }

    private void storeComesBack() {
        postgres.start();
        down = false;
    }


}
