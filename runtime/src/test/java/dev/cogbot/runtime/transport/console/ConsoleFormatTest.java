package dev.cogbot.runtime.transport.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Activity;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
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
}
