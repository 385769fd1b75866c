package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    @Test
    void aShortMessageIsOneMessage() {
        assertThat(MessageSplitter.split("hello", 2000)).containsExactly("hello");
    }

    @Test
    void aLongMessageIsCutAtLineBreaksWithinTheLimit() {
        String line = "x".repeat(15);
        String text = String.join("\n", line, line, line);
        assertThat(MessageSplitter.split(text, 35)).containsExactly(line + "\n" + line, line);
    }

    @Test
    void aLongLineWithoutBreaksIsCutAtTheLimit() {
        assertThat(MessageSplitter.split("a".repeat(25), 10)).containsExactly("a".repeat(10), "a".repeat(10), "a".repeat(5));
    }

    @Test
    void anEmptyMessageBecomesAnInvisibleOneSinceDiscordRefusesEmptyMessages() {
        assertThat(MessageSplitter.split("", 2000)).containsExactly("\u200b");
    }

    @Test
    void aCutAtALineBreakKeepsTheIndentationOfTheNextLine() {
        assertThat(MessageSplitter.split("if (x) {\n    y();\n}", 12)).containsExactly("if (x) {", "    y();\n}");
    }

    @Test
    void aCutAtTheLimitNeverSplitsAnEmojiInHalf() {
        String emoji = "\uD83D\uDE00";
        assertThat(MessageSplitter.split("a".repeat(9) + emoji + "b", 10)).containsExactly("a".repeat(9), emoji + "b");
    }

    @Test
    void aMessageOfWhitespaceOnlyBecomesAnInvisibleOne() {
        assertThat(MessageSplitter.split(" \n ", 2000)).containsExactly("\u200b");
    }

    @Test
    void blankStretchesOfALongMessageAreNotSentAsMessagesOfTheirOwn() {
        assertThat(MessageSplitter.split("abc" + "\n".repeat(12) + "def", 5)).containsExactly("abc", "def");
    }
}
