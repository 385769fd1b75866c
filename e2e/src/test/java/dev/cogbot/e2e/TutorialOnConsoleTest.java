package dev.cogbot.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tutorial's scenarios, played on the console against the real plugin JARs. */
class TutorialOnConsoleTest {

    @TempDir
    Path home;

    private ConsoleSession console;

    @BeforeEach
    void startBot() {
        console = new ConsoleSession(home, "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterEach
    void stopBot() {
        console.close();
    }

    @Test
    void lightbulbTellsAJoke() {
        List<String> lines = console.type("!lightbulb");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("#general <alice> !lightbulb");
        assertThat(lines.get(1)).startsWith("#general <cogbot> ").containsIgnoringCase("light");
    }

    @Test
    void knockKnockIsAConversationEndingInTypingAndLaughter() {
        assertThat(console.type("!knock_knock")).contains("#general <cogbot> Knock knock!");
        String setup = botSaid(console.type("Who's there?"));
        List<String> punchline = console.type(setup.replace(".", "") + " who?");
        assertThat(punchline).hasSize(3).last().isEqualTo("#general cogbot is typing…");
        assertThat(console.advance(Duration.ofMillis(4_999))).isEmpty();
        assertThat(console.advance(Duration.ofMillis(1))).containsExactly("#general <cogbot> lmao");
    }

    @Test
    void aSilentUserGetsTheTimeoutReplyAfterSixtySeconds() {
        console.type("!knock_knock");
        assertThat(chat(console.advance(Duration.ofSeconds(59)))).isEmpty();
        assertThat(chat(console.advance(Duration.ofSeconds(1))))
                .containsExactly("#general <cogbot> Well, if you aren't talking, I'm not listening.");
    }

    @Test
    void anotherUserTalkingDuringAConversationIsIgnored() {
        console.type("!knock_knock");
        console.type("/as bob");
        assertThat(console.type("who's there?")).containsExactly("#general <bob> who's there?");
        console.type("/as");
        assertThat(console.type("who's there?")).hasSize(2).last().asString().startsWith("#general <cogbot> ");
    }

    @Test
    void hushMutesEveryPluginForFiveMinutesThenUnmutes() {
        List<String> hushed = console.type("!hush");
        String hushId = hushed.get(1).replaceAll(".* to message ", "");
        assertThat(hushed.get(1)).isEqualTo("#general cogbot reacted 🔇 to message " + hushId);

        assertThat(console.type("!lightbulb")).containsExactly("#general <alice> !lightbulb");
        List<String> blockedJoke = console.type("!knock_knock");
        assertThat(blockedJoke).hasSize(2);
        assertThat(blockedJoke.get(1)).startsWith("#general cogbot reacted 🔇 to message ");

        assertThat(chat(console.advance(Duration.ofMinutes(5).minusMillis(1)))).isEmpty();
        assertThat(chat(console.advance(Duration.ofMillis(1))))
                .containsExactly("#general cogbot removed 🔇 from message " + hushId);
        assertThat(console.type("!lightbulb")).hasSize(2);
    }

    @Test
    void presenceCountsJokesToldEveryMinute() {
        assertThat(console.screen()).contains("cogbot is now playing: Jokes told: 0");
        console.type("!lightbulb");
        console.type("!lightbulb");
        assertThat(console.advance(Duration.ofMinutes(1))).containsExactly("cogbot is now playing: Jokes told: 2");
    }

    @Test
    void unknownCommandsGetAHelpfulAnswer() {
        assertThat(console.type("!knok_knok")).last().asString()
                .contains("I don't know !knok_knok").contains("Did you mean !knock_knock?");
    }

    @Test
    void helpListsThePluginsCommands() {
        String help = String.join("\n", console.type("!help"));
        assertThat(help).contains("!knock_knock", "!lightbulb", "!hush [duration]", "quiet, shush, sh");
    }

    @Test
    void endOfInputFinishesTheWorkInProgressAndStops() throws Exception {
        console.type("!knock_knock");
        console.endInput();
        assertThat(console.app().runtime().plugins()).isEmpty();
    }

    @Test
    void theConsoleSaysWhichPluginsLoadedAtStartInLinesOfTheirOwn() {
        assertThat(console.screen()).contains("plugin jokes 0.1.0-SNAPSHOT loaded (jokes-0.1.0-SNAPSHOT.jar)",
                "plugin hush 0.1.0-SNAPSHOT loaded (hush-0.1.0-SNAPSHOT.jar)");
    }

    @Test
    void anOwnersUnloadLoadAndReloadInChatAreAlsoLinesOfTheirOwn() {
        assertThat(console.type("!unload jokes")).contains("plugin jokes 0.1.0-SNAPSHOT unloaded");
        assertThat(console.type("!load jokes")).contains("plugin jokes 0.1.0-SNAPSHOT loaded (jokes-0.1.0-SNAPSHOT.jar)");
        assertThat(console.type("!reload jokes"))
                .contains("plugin jokes reloaded: 0.1.0-SNAPSHOT -> 0.1.0-SNAPSHOT (jokes-0.1.0-SNAPSHOT.jar)");
    }

    @Test
    void aMistakeInAnOwnersRequestIsOnlyTheirAnswerNotAPluginEvent() {
        assertThat(console.type("!load jokes")).containsExactly("#general <alice> !load jokes",
                "#general <cogbot> Could not do that: plugin jokes is already loaded (from jokes-0.1.0-SNAPSHOT.jar);"
                        + " use reload to replace it.");
    }

    /** What happened in the channel, without the status plugin's presence updates. */
    private static List<String> chat(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("#")).toList();
    }

    private static String botSaid(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("#general <cogbot> ")).reduce((a, b) -> b)
                .orElseThrow().substring("#general <cogbot> ".length());
    }
}
