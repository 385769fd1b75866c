package dev.cogbot.plugins.hush;

import static dev.cogbot.api.Permission.MANAGE_MESSAGES;
import static dev.cogbot.plugins.hush.PingCog.PONG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.storage.ThrowawayPostgres;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code hush.scope=bot} on two nodes of a cluster: two bots, each with its own pool on one real
 * PostgreSQL database, as two cogbot processes share one. Node A serves {@link TestBot#GUILD}, node
 * B another server and the DMs; their clocks move together, as synchronised system clocks do.
 */
class HushAcrossNodesTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final String OTHER_SERVER = "Other Guild";

    private TwoHushNodes nodes;
    private TestBot nodeA;
    private TestBot nodeB;
    /** An owner of the bot, who may hush every node; talks to node A. */
    private TestUser olive;
    /** A plain member of a server served by node B. */
    private TestUser bob;

    @BeforeEach
    void startTwoNodes() {
        String database = postgres.newDatabase();
        nodes = TwoHushNodes.on(database);
        nodeA = nodes.a();
        nodeB = nodes.b();
        olive = nodeA.user("olive");
        bob = nodeB.user("bob").inGuild(OTHER_SERVER);
    }

    @AfterEach
    void stopThem() {
        nodes.close();
    }

    @Test
    void aHushOnOneNodeSilencesTheOthersServers() {
        olive.says("!hush 10");

        assertThat(bob.says("!ping")).isEmpty();
    }

    @Test
    void aHushOnOneNodeSilencesTheOthersDms() {
        olive.says("!hush 10");

        assertThat(nodeB.user("carol").inDm().says("!ping")).isEmpty();
    }

    @Test
    void theOtherNodeIsStillHushedJustBeforeTheEnd() {
        olive.says("!hush 10");
        advanceBoth(Duration.ofMinutes(10).minusSeconds(1));

        assertThat(bob.says("!ping")).isEmpty();
    }

    @Test
    void theOtherNodeAnswersAgainWhenTheHushEnds() {
        olive.says("!hush 10");
        advanceBoth(Duration.ofMinutes(10));

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void theStartingNodeTakesItsMutedMarkAwayWhenTheHushEnds() {
        olive.says("!hush 10");
        String hushId = olive.lastMessageId();

        assertThat(advanceBoth(Duration.ofMinutes(10))).containsExactly("cogbot removed 🔇 from " + hushId);
        assertThat(nodeA.reactionsOn(hushId)).isEmpty();
    }

    @Test
    void anUnhushOnTheOtherNodeLiftsItThere() {
        olive.says("!hush 1h");

        assertThat(nodeB.user("olive").says("!unhush")).containsExactly("cogbot: Hush lifted.");
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void anUnhushOnTheOtherNodeLiftsItOnTheStartingNodeToo() {
        olive.says("!hush 1h");
        nodeB.user("olive").says("!unhush");

        assertThat(nodeA.user("alice").says("!ping")).containsExactly(PONG);
    }

    @Test
    void theStartingNodeTakesItsMutedMarkAwaySoonAfterAnUnhushElsewhere() {
        olive.says("!hush 1h");
        String hushId = olive.lastMessageId();
        nodeB.user("olive").says("!unhush");

        assertThat(nodeA.advance(HushCog.LOOK_AGAIN)).containsExactly("cogbot removed 🔇 from " + hushId);
        assertThat(nodeA.reactionsOn(hushId)).isEmpty();
    }

    @Test
    void aHushLiftedElsewhereDoesNotEndAgainWhenItsTimeIsUp() {
        olive.says("!hush 1h");
        nodeB.user("olive").says("!unhush");
        nodeA.advance(HushCog.LOOK_AGAIN);

        assertThat(nodeA.advance(Duration.ofHours(1))).isEmpty();
    }

    @Test
    void anUnhushOnTheStartingNodeLiftsItOnTheOtherToo() {
        olive.says("!hush 1h");

        assertThat(olive.says("!unhush")).contains("cogbot: Hush lifted.");
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void aSecondHushOnTheOtherNodeIsBlocked() {
        olive.says("!hush 10");
        TestUser oliveOnB = nodeB.user("olive");

        assertThat(oliveOnB.says("!hush 30")).isEmpty();
        assertThat(nodeB.reactionsOn(oliveOnB.lastMessageId())).isEmpty();
    }

    @Test
    void aBlockedHushOnTheOtherNodeDoesNotLengthenTheFirst() {
        olive.says("!hush 10");
        nodeB.user("olive").says("!hush 30");
        advanceBoth(Duration.ofMinutes(10));

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void aModeratorOnTheOtherNodeMayNotLiftIt() {
        olive.says("!hush 1h");
        TestUser moderator = nodeB.user("moe").inGuild(OTHER_SERVER).withPermissions(MANAGE_MESSAGES);

        assertThat(moderator.says("!unhush")).containsExactly("cogbot: Only the bot's owners can use !hush and !unhush:"
                + " a hush here silences every server and DM.");
        assertThat(bob.says("!ping")).isEmpty();
    }

    @Test
    void aHushLongerThanTheMaxSilencesNoNode() {
        assertThat(olive.says("!hush 25h")).singleElement().asString().contains("I can hush for at most 1d");

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void unloadingHushOnTheStartingNodeLiftsItEverywhere() {
        olive.says("!hush 1h");
        nodeA.unload("hush");

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void aHushStoredByANodeThatDiedHoldsOnTheOthers() {
        hushStoredByADeadNode(Duration.ofMinutes(10));

        assertThat(bob.says("!ping")).isEmpty();
    }

    @Test
    void aHushStoredByANodeThatDiedEndsOnTime() {
        hushStoredByADeadNode(Duration.ofMinutes(10));
        advanceBoth(Duration.ofMinutes(10));

        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void anUnhushLiftsAHushOfANodeThatDied() {
        hushStoredByADeadNode(Duration.ofHours(1));

        assertThat(nodeB.user("olive").says("!unhush")).containsExactly("cogbot: Hush lifted.");
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    @Test
    void aServerHushStaysOnTheNodeThatServesTheServer() {
        // a server lives on one shard, so on one node: its hush costs no store read, and is not stored
        try (TestBot serverScoped = TestBot.builder().store(nodes.storeOfA()).plugin("hush", new HushCog()).build()) {
            serverScoped.user("moe").withPermissions(MANAGE_MESSAGES).says("!hush 10");

            assertThat(serverScoped.store("hush").keys("", 10)).isEmpty();
        }
    }

    /** What a node killed mid-hush leaves: its hush stored, and nobody on it to end or delete it. */
    private void hushStoredByADeadNode(Duration length) {
        new SharedHushes(nodeA.store("hush")).start(nodeA.now().plus(length), "olive", nodeA.now());
    }

    /** Moves both nodes' clocks by {@code amount}; returns what node A, where the hushes start, did meanwhile. */
    private List<String> advanceBoth(Duration amount) {
        nodeB.advance(amount);
        return nodeA.advance(amount);
    }

}
