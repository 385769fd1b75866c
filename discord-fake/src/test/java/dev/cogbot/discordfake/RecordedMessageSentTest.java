package dev.cogbot.discordfake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Whether a bot's message pinged a whole server, decided as Discord documents for {@code allowed_mentions}. */
class RecordedMessageSentTest {

    @Test
    void withoutAllowedMentionsEveryoneAndHerePing() {
        assertThat(sent("@here look", "").pingedEveryone()).isTrue();
        assertThat(sent("@everyone look", "").pingedEveryone()).isTrue();
    }

    @Test
    void allowedMentionsWithoutEveryoneInParseKeepThemQuiet() {
        assertThat(sent("@everyone look", "{\"parse\":[\"users\",\"roles\"]}").pingedEveryone()).isFalse();
        assertThat(sent("@here look", "{\"parse\":[]}").pingedEveryone()).isFalse();
    }

    @Test
    void everyoneInParseLetsThemPing() {
        assertThat(sent("@here look", "{\"parse\":[\"everyone\"]}").pingedEveryone()).isTrue();
    }

    @Test
    void aMessageWithoutEveryoneOrHerePingsNobodyWhatever() {
        assertThat(sent("hello", "").pingedEveryone()).isFalse();
    }

    private static Recorded.MessageSent sent(String content, String allowedMentions) {
        return new Recorded.MessageSent(Instant.EPOCH, 1, 2, content, allowedMentions);
    }
}
