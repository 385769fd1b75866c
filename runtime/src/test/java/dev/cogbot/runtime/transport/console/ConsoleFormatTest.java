package dev.cogbot.runtime.transport.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Embed;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleFormatTest {

    private static final ChannelRef GENERAL = ChannelRef.dm("general", "general");
    private static final User BOT = new User("cogbot", "cogbot", true);
    private static final User ALICE = new User("alice", "alice", false);

    @Test
    void messages() {
        assertThat(ConsoleFormat.message(GENERAL, ALICE, "!lightbulb")).isEqualTo("#general <alice> !lightbulb");
        assertThat(ConsoleFormat.message(GENERAL, BOT, "Knock knock!")).isEqualTo("#general <cogbot> Knock knock!");
    }

    @Test
    void laterLinesOfAMessageAreIndentedUnderTheFirst() {
        assertThat(ConsoleFormat.message(GENERAL, BOT, "Commands:\n  !joke\r\n  !hush").lines())
                .containsExactly("#general <cogbot> Commands:", "                    !joke", "                    !hush");
    }

    @Test
    void promptReadsLikeAMessage() {
        assertThat(ConsoleFormat.prompt(GENERAL, ALICE) + "hi").isEqualTo(ConsoleFormat.message(GENERAL, ALICE, "hi"));
    }

    @Test
    void reactionsAndTyping() {
        assertThat(ConsoleFormat.reactionAdded(GENERAL, BOT, "3", "🔇")).isEqualTo("#general cogbot reacted 🔇 to message 3");
        assertThat(ConsoleFormat.reactionRemoved(GENERAL, BOT, "3", "🔇")).isEqualTo("#general cogbot removed 🔇 from message 3");
        assertThat(ConsoleFormat.typing(GENERAL, BOT)).isEqualTo("#general cogbot is typing…");
    }

    @Test
    void presenceUsesDiscordsWording() {
        assertThat(ConsoleFormat.presence(BOT, Activity.playing("Jokes told: 3"))).isEqualTo("cogbot is now playing: Jokes told: 3");
        assertThat(ConsoleFormat.presence(BOT, Activity.listening("rain"))).isEqualTo("cogbot is now listening to: rain");
        assertThat(ConsoleFormat.presence(BOT, Activity.watching("you"))).isEqualTo("cogbot is now watching: you");
        assertThat(ConsoleFormat.presence(BOT, new Activity(Activity.Type.COMPETING, "chess")))
                .isEqualTo("cogbot is now competing in: chess");
    }

    private static final Embed POLL = Embed.builder()
            .title("Lunch?")
            .description("Pizza wins.\nBy a lot.")
            .field("🍕 Pizza", "5 votes", true)
            .field("🥗 Salad", "2 votes\n(1 late)", true)
            .colour(0x5865F2)
            .image("https://example.com/pizza.png")
            .footer("Poll by alice")
            .timestamp(Instant.parse("2026-12-03T12:00:00Z"))
            .build();

    @Test
    void anEmbedFollowsTheTextAsBarredLinesUnderTheSameIndent() {
        assertThat(ConsoleFormat.message(GENERAL, BOT, "The votes are in", List.of(POLL)).lines()).containsExactly(
                "#general <cogbot> The votes are in",
                "                  │ Lunch?",
                "                  │ Pizza wins.",
                "                  │ By a lot.",
                "                  │ 🍕 Pizza: 5 votes",
                "                  │ 🥗 Salad: 2 votes",
                "                  │   (1 late)",
                "                  │ [image] https://example.com/pizza.png",
                "                  │ — Poll by alice · 2026-12-03T12:00:00Z");
    }

    @Test
    void anEmbedWithoutTextStartsOnTheFirstLine() {
        Embed score = Embed.builder().title("Score").description("42").build();

        assertThat(ConsoleFormat.message(GENERAL, BOT, "", List.of(score)).lines()).containsExactly(
                "#general <cogbot> │ Score",
                "                  │ 42");
    }

    @Test
    void aFooterWithoutTimestampAndATimestampWithoutFooterStandAlone() {
        assertThat(ConsoleFormat.embedLines(Embed.builder().footer("by alice").build())).containsExactly("— by alice");
        assertThat(ConsoleFormat.embedLines(Embed.builder().title("t").timestamp(Instant.EPOCH).build()))
                .containsExactly("t", "— 1970-01-01T00:00:00Z");
    }

    @Test
    void editsAndDeletionsNameTheMessage() {
        assertThat(ConsoleFormat.edited(GENERAL, BOT, "4", "Counted: 5", List.of()))
                .isEqualTo("#general cogbot edited message 4: Counted: 5");
        assertThat(ConsoleFormat.deleted(GENERAL, BOT, "4")).isEqualTo("#general cogbot deleted message 4");
    }
}
