package dev.cogbot.plugins.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Permission;
import dev.cogbot.testkit.BotEvent;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestInteraction;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Clicks on a poll's buttons: votes, moved and taken back, and closing it. */
class PollVotingTest {

    private static final String HOW_TO_VOTE = " · click an answer to vote, click it again to take your vote back]";
    private static final String BUTTONS = " [pizza] [sushi] [Close]";

    private final TestBot bot = TestBot.builder().plugin("poll", new PollCog()).owner("olga").build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");
    private final TestUser carol = bot.user("carol");
    private final BotEvent.Sent poll = ask(alice, "!poll Lunch? pizza sushi");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void aPollCarriesAButtonPerAnswerAndACloseButton() {
        assertThat(ids(poll)).containsExactly("poll:1:0", "poll:1:1", "poll:1:close");
        assertThat(poll.line()).endsWith(BUTTONS);
    }

    @Test
    void aClickVotesForItsAnswerAndShowsTheNewCount() {
        TestInteraction vote = bob.clicks(poll, "poll:1:0");

        assertThat(vote.lines()).containsExactly(
                "cogbot edited " + poll.messageId() + ": " + open("pizza: 1 vote", "sushi: 0 votes") + BUTTONS,
                "cogbot (privately): You voted for pizza.");
    }

    @Test
    void onlyTheVoterIsToldWhatTheyVotedFor() {
        TestInteraction vote = bob.clicks(poll, "poll:1:1");

        assertThat(vote.followUps()).singleElement().satisfies(told -> {
            assertThat(told.ephemeral()).isTrue();
            assertThat(told.text()).isEqualTo("You voted for sushi.");
        });
    }

    @Test
    void theVotesOfSeveralMembersAddUp() {
        bob.clicks(poll, "poll:1:0");
        carol.clicks(poll, "poll:1:0");

        assertThat(alice.clicks(poll, "poll:1:1").updatedMessage()).map(BotEvent.Sent::line)
                .contains("cogbot: " + open("pizza: 2 votes", "sushi: 1 vote") + BUTTONS);
    }

    @Test
    void aClickOnAnotherAnswerMovesTheVote() {
        bob.clicks(poll, "poll:1:0");

        assertThat(bob.clicks(poll, "poll:1:1").lines()).containsExactly(
                "cogbot edited " + poll.messageId() + ": " + open("pizza: 0 votes", "sushi: 1 vote") + BUTTONS,
                "cogbot (privately): You moved your vote from pizza to sushi.");
    }

    @Test
    void aClickOnTheSameAnswerAgainTakesTheVoteBack() {
        bob.clicks(poll, "poll:1:0");

        assertThat(bob.clicks(poll, "poll:1:0").lines()).containsExactly(
                "cogbot edited " + poll.messageId() + ": " + open("pizza: 0 votes", "sushi: 0 votes") + BUTTONS,
                "cogbot (privately): You took back your vote for pizza.");
    }

    @Test
    void aVoteInOnePollLeavesAnotherAlone() {
        BotEvent.Sent dinner = ask(carol, "!poll Dinner? soup salad");
        bob.clicks(poll, "poll:1:0");

        assertThat(bob.clicks(dinner, "poll:2:0").lines()).contains("cogbot (privately): You voted for soup.");
        assertThat(bot.store("poll").counter("poll.1.votes.0")).isEqualTo(1);
    }

    @Test
    void whoAskedClosesThePollWhichLosesItsButtonsAndShowsTheResult() {
        bob.clicks(poll, "poll:1:0");
        carol.clicks(poll, "poll:1:0");
        alice.clicks(poll, "poll:1:1");

        TestInteraction close = alice.clicks(poll, "poll:1:close");

        assertThat(close.lines()).containsExactly("cogbot edited " + poll.messageId() + ": " + closed(
                "Closed: pizza wins with 2 of 3 votes.", "pizza: 2 votes", "sushi: 1 vote"));
        assertThat(close.updatedMessage()).hasValueSatisfying(message -> assertThat(message.rows()).isEmpty());
    }

    @Test
    void aTieIsShownAsATie() {
        bob.clicks(poll, "poll:1:0");
        carol.clicks(poll, "poll:1:1");

        assertThat(alice.clicks(poll, "poll:1:close").updatedMessage()).map(BotEvent.Sent::line).contains("cogbot: "
                + closed("Closed: a tie between pizza and sushi, 1 vote each.", "pizza: 1 vote", "sushi: 1 vote"));
    }

    @Test
    void aPollClosedWithoutVotesSaysSo() {
        assertThat(alice.clicks(poll, "poll:1:close").updatedMessage()).map(BotEvent.Sent::line).contains("cogbot: "
                + closed("Closed with no votes.", "pizza: 0 votes", "sushi: 0 votes"));
    }

    @Test
    void aMemberWhoDidNotAskCannotCloseThePoll() {
        TestInteraction close = bob.clicks(poll, "poll:1:close");

        assertThat(close.lines()).containsExactly("cogbot (privately): Only alice, who asked, or a member who can"
                + " manage messages here can close this poll.");
        assertThat(close.updatedMessage()).isEmpty();
        assertThat(ids(poll)).contains("poll:1:0", "poll:1:close");
    }

    @Test
    void aMemberWhoCanManageMessagesClosesThePoll() {
        TestUser moderator = bot.user("mod").withPermissions(Permission.MANAGE_MESSAGES);

        assertThat(moderator.clicks(poll, "poll:1:close").updatedMessage())
                .hasValueSatisfying(message -> assertThat(message.rows()).isEmpty());
    }

    @Test
    void anOwnerOfTheBotClosesThePoll() {
        assertThat(bot.user("olga").clicks(poll, "poll:1:close").updatedMessage())
                .hasValueSatisfying(message -> assertThat(message.rows()).isEmpty());
    }

    @Test
    void aClickOnAPollClosedMeanwhileIsTurnedAwayAndTheButtonsGo() {
        // closed where this message's buttons did not learn of it: an edit that never arrived
        bot.store("poll").putRecord("poll.1", new Poll(1, "Lunch?", List.of("pizza", "sushi"), "alice", "alice", true, null));

        TestInteraction late = bob.clicks(poll, "poll:1:0");

        assertThat(late.lines()).containsExactly(
                "cogbot edited " + poll.messageId() + ": " + closed("Closed with no votes.", "pizza: 0 votes",
                        "sushi: 0 votes"),
                "cogbot (privately): This poll is closed.");
        assertThat(bot.store("poll").counter("poll.1.votes.0")).isZero();
    }

    @Test
    void aClickOnAPollNoLongerKeptIsTurnedAway() {
        bot.store("poll").remove("poll.1");

        assertThat(bob.clicks(poll, "poll:1:0").lines())
                .containsExactly("cogbot (privately): This poll is no longer kept, so it takes no votes.");
    }

    @Test
    void closingForgetsWhoVotedForWhatButKeepsTheCounts() {
        bob.clicks(poll, "poll:1:0");
        alice.clicks(poll, "poll:1:close");

        assertThat(bot.store("poll").keys("poll.1.voter.", 10)).isEmpty();
        assertThat(bot.store("poll").counter("poll.1.votes.0")).isEqualTo(1);
    }

    @Test
    void votesAreKeptAcrossAReloadOfThePlugin() {
        bob.clicks(poll, "poll:1:0");
        bot.unload("poll");
        bot.load("poll", new PollCog());

        assertThat(carol.clicks(poll, "poll:1:0").updatedMessage()).map(BotEvent.Sent::line)
                .contains("cogbot: " + open("pizza: 2 votes", "sushi: 0 votes") + BUTTONS);
        assertThat(bob.clicks(poll, "poll:1:0").lines()).contains("cogbot (privately): You took back your vote for pizza.");
    }

    @Test
    void aClickWhileThePluginIsUnloadedGetsAPrivateAnswer() {
        bot.unload("poll");

        assertThat(bob.clicks(poll, "poll:1:0").response().ephemeral()).isTrue();
    }

    @Test
    void theSlashCommandTakesItsAnswersSeparatedByCommas() {
        TestInteraction asked = bob.slash("/poll question:\"Lunch at noon?\" options:\"fish and chips, tacos\"");

        assertThat(asked.response().ephemeral()).isFalse();
        assertThat(asked.response().line()).isEqualTo("cogbot: [Lunch at noon? | fish and chips: 0 votes"
                + " | tacos: 0 votes | Poll 2 by bob" + HOW_TO_VOTE + " [fish and chips] [tacos] [Close]");
    }

    @Test
    void aPollAskedWithTheSlashCommandTakesVotes() {
        BotEvent.Sent slashPoll = bob.slash("/poll question:Dinner? options:\"soup, salad\"").response();

        assertThat(carol.clicks(slashPoll, "poll:2:1").lines()).contains("cogbot (privately): You voted for salad.");
    }

    @Test
    void theSlashCommandTakesAClosingTime() {
        BotEvent.Sent slashPoll = bob.slash("/poll question:Dinner? options:\"soup, salad\" closes_in:2h").response();

        assertThat(bot.advance(Duration.ofHours(2))).containsExactly("cogbot edited " + slashPoll.messageId()
                + ": [Dinner? | Closed with no votes. | soup: 0 votes | salad: 0 votes | Poll 2 by bob]");
    }

    private BotEvent.Sent ask(TestUser who, String command) {
        who.says(command);
        return bot.events().stream().filter(BotEvent.Sent.class::isInstance).map(BotEvent.Sent.class::cast)
                .reduce((first, second) -> second).orElseThrow();
    }

    private List<String> ids(BotEvent.Sent message) {
        return bot.transport().rowsOf(message.messageId()).stream().flatMap(row -> row.components().stream())
                .map(c -> c.id()).toList();
    }

    private static String open(String... counts) {
        return "[Lunch? | " + String.join(" | ", counts) + " | Poll 1 by alice" + HOW_TO_VOTE;
    }

    private static String closed(String result, String... counts) {
        return "[Lunch? | " + result + " | " + String.join(" | ", counts) + " | Poll 1 by alice]";
    }
}
