package dev.cogbot.plugins.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusCogTest {

    @Test
    void describesTheCountInPlainEnglish() {
        assertThat(StatusCog.describeJokesTold(0)).isEqualTo("No jokes told yet. Try a knock-knock!");
        assertThat(StatusCog.describeJokesTold(1)).isEqualTo("I've told 1 joke.");
        assertThat(StatusCog.describeJokesTold(42)).isEqualTo("I've told 42 jokes.");
    }

    @Test
    void readsTheCounterTheJokesPluginWrites() {
        // Spelled out here too: if either side renames it, the status silently shows 0 forever.
        assertThat(StatusCog.SHARED_STORE).isEqualTo("jokes");
        assertThat(StatusCog.JOKES_TOLD).isEqualTo("told");
    }
}
