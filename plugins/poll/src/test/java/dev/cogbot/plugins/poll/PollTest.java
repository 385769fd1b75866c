package dev.cogbot.plugins.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.BotEvent;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code !poll}: what it asks and how it reads its answers. Clicks are specified in {@code PollVotingTest}. */
class PollTest {

    private static final String USAGE = " Usage: !poll [closes_in] <question> <answers...>";
    private static final String HOW_TO_VOTE = " · click an answer to vote, click it again to take your vote back]";

    private final TestBot bot = TestBot.builder().plugin("poll", new PollCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    @Test
    void aPollShowsItsQuestionAndEveryAnswerWithNoVotes() {
        assertThat(alice.says("!poll \"Lunch?\" pizza sushi tacos")).containsExactly(
                "cogbot: [Lunch? | pizza: 0 votes | sushi: 0 votes | tacos: 0 votes | Poll 1 by alice" + HOW_TO_VOTE
                        + " [pizza] [sushi] [tacos] [Close]");
    }

    @Test
    void quotesKeepAnAnswerOfSeveralWordsTogether() {
        assertThat(alice.says("!poll \"Lunch at noon?\" pizza \"fish and chips\"")).containsExactly(
                "cogbot: [Lunch at noon? | pizza: 0 votes | fish and chips: 0 votes | Poll 1 by alice" + HOW_TO_VOTE
                        + " [pizza] [fish and chips] [Close]");
    }

    @Test
    void commasSeparateAnswersOfSeveralWords() {
        assertThat(alice.says("!poll Lunch? pizza, fish and chips,  tacos ")).containsExactly(
                "cogbot: [Lunch? | pizza: 0 votes | fish and chips: 0 votes | tacos: 0 votes | Poll 1 by alice"
                        + HOW_TO_VOTE + " [pizza] [fish and chips] [tacos] [Close]");
    }

    @Test
    void pollsAreNumberedOneAfterTheOther() {
        alice.says("!poll Lunch? pizza sushi");

        assertThat(bot.user("bob").says("!poll Dinner? soup salad")).singleElement().asString()
                .contains("Poll 2 by bob");
    }

    @Test
    void aPollIsKeptInThePluginsStore() {
        alice.says("!poll Lunch? pizza sushi");

        assertThat(bot.store("poll").getRecord("poll.1", Poll.class)).contains(
                new Poll(1, "Lunch?", List.of("pizza", "sushi"), "alice", "alice", false, null));
    }

    @Test
    void aPollNeedsTwoAnswers() {
        assertThat(alice.says("!poll Lunch? pizza")).containsExactly("cogbot: A poll has 2 to 10 answers, not 1;"
                + " separate them with commas or spaces, e.g. pizza, sushi, tacos." + USAGE);
    }

    @Test
    void aPollHasAtMostTenAnswers() {
        assertThat(alice.says("!poll Number? 1 2 3 4 5 6 7 8 9 10 11")).containsExactly("cogbot: A poll has 2 to 10"
                + " answers, not 11; separate them with commas or spaces, e.g. pizza, sushi, tacos." + USAGE);
    }

    @Test
    void tenAnswersAreFine() {
        assertThat(alice.says("!poll Number? 1 2 3 4 5 6 7 8 9 10")).singleElement().asString()
                .contains("| 10: 0 votes | Poll 1 by alice");
    }

    @Test
    void tenAnswersTakeTwoRowsOfFiveButtonsWithCloseInARowOfItsOwn() {
        alice.says("!poll Number? 1 2 3 4 5 6 7 8 9 10");

        assertThat(bot.events().getLast()).isInstanceOfSatisfying(BotEvent.Sent.class, poll ->
                assertThat(poll.rows()).map(row -> row.components().size()).containsExactly(5, 5, 1));
    }

    @Test
    void anAnswerGivenTwiceIsRefused() {
        assertThat(alice.says("!poll Lunch? pizza sushi Pizza")).containsExactly(
                "cogbot: 'Pizza' is given twice; each answer gets one button." + USAGE);
    }

    @Test
    void anAnswerLongerThanAButtonsLabelIsRefused() {
        assertThat(alice.says("!poll Lunch? pizza " + "s".repeat(81))).containsExactly(
                "cogbot: An answer is at most 80 characters (a button's label); one has 81." + USAGE);
    }

    @Test
    void aQuestionLongerThanAnEmbedsTitleIsRefused() {
        assertThat(alice.says("!poll \"" + "?".repeat(257) + "\" pizza sushi")).containsExactly(
                "cogbot: A question is 1 to 256 characters, not 257." + USAGE);
    }

    @Test
    void aPollWithoutAnswersSaysWhatIsMissing() {
        assertThat(alice.says("!poll Lunch?")).singleElement().asString().contains("options").endsWith(USAGE);
    }

    @Test
    void helpForPollShowsHowToAskOne() {
        assertThat(alice.says("!help poll")).singleElement().asString()
                .contains("!poll [closes_in] <question> <answers...>", "!poll \"Lunch?\" pizza sushi \"fish and chips\"");
    }

    @Test
    void aRefusedPollIsNotKeptNorNumbered() {
        alice.says("!poll Lunch? pizza");

        assertThat(bot.store("poll").keys("poll.", 10)).isEmpty();
        assertThat(alice.says("!poll Lunch? pizza sushi")).singleElement().asString().contains("Poll 1 by alice");
    }
}
