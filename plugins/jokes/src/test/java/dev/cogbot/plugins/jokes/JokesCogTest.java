package dev.cogbot.plugins.jokes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JokesCogTest {

    @Test
    void countsJokesUnderTheNameTheStatusPluginReads() {
        // Spelled out here too: if either side renames it, the status silently shows 0 forever.
        assertThat(JokesCog.SHARED_STORE).isEqualTo("jokes");
        assertThat(JokesCog.JOKES_TOLD).isEqualTo("told");
    }
}
