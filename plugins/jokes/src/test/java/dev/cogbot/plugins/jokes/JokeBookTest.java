package dev.cogbot.plugins.jokes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JokeBookTest {

    @Test
    void hasEnoughKnockKnockJokesForVariety() {
        assertThat(JokeBook.KNOCK_KNOCK).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void hasEnoughLightbulbJokesForVariety() {
        assertThat(JokeBook.LIGHTBULB).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void tellsNoJokeTwice() {
        assertThat(JokeBook.KNOCK_KNOCK).extracting(KnockKnockJoke::setup).doesNotHaveDuplicates();
        assertThat(JokeBook.KNOCK_KNOCK).extracting(KnockKnockJoke::punchline).doesNotHaveDuplicates();
        assertThat(JokeBook.LIGHTBULB).doesNotHaveDuplicates().allSatisfy(joke -> assertThat(joke).isNotBlank());
    }

    @Test
    void everySetupCanBeAnsweredAsTheUserWouldTypeIt() {
        assertThat(JokeBook.KNOCK_KNOCK).allSatisfy(joke -> {
            assertThat(KnockKnockReplies.isSetupWho(joke.setup(), joke.setup() + " who?")).isTrue();
            // The bot adds its own full stop; a setup ending in punctuation would read oddly.
            assertThat(joke.setup()).matches(".*\\p{L}");
        });
    }

    @Test
    void picksFromTheCatalogue() {
        assertThat(JokeBook.KNOCK_KNOCK).contains(JokeBook.randomKnockKnock());
        assertThat(JokeBook.LIGHTBULB).contains(JokeBook.randomLightbulb());
    }

    @Test
    void refusesAJokeWithoutAPunchline() {
        assertThatThrownBy(() -> new KnockKnockJoke("Boo", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
