package dev.cogbot.plugins.jokes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnockKnockRepliesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Who's there?", "who's there", "WHO'S THERE!", "Who’s there?", "Who‘s there?", "whos there",
            "who is there", "Who is there??", "  who's    there  ", "who's there?!", "Whose there?",
            "who`s there"})
    void acceptsTheWaysPeopleTypeWhosThere(String reply) {
        assertThat(KnockKnockReplies.isWhosThere(reply)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "?", "who", "there", "who are you?", "lol", "who's there? nobody", "whos here",
            "w h o s there", "knock knock"})
    void ignoresAnythingElse(String reply) {
        assertThat(KnockKnockReplies.isWhosThere(reply)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lettuce who?", "lettuce who", "LETTUCE WHO!", "Lettuce, who?", " lettuce   who ?"})
    void acceptsTheSetupFollowedByWho(String reply) {
        assertThat(KnockKnockReplies.isSetupWho("Lettuce", reply)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lettuce", "who?", "Olive who?", "lettuce who is it", "who lettuce", "Lettuces who?"})
    void rejectsOtherAnswersToTheSetup(String reply) {
        assertThat(KnockKnockReplies.isSetupWho("Lettuce", reply)).isFalse();
    }

    @Test
    void matchesSetupsOfSeveralWordsAndApostrophes() {
        assertThat(KnockKnockReplies.isSetupWho("Cow says", "cow says who?")).isTrue();
        assertThat(KnockKnockReplies.isSetupWho("Cow says", "cow    says, who?")).isTrue();
        assertThat(KnockKnockReplies.isSetupWho("Ya'll", "Ya’ll who?")).isTrue();
        assertThat(KnockKnockReplies.isSetupWho("Cow says", "cowsays who?")).isFalse();
    }

    @Test
    void reducesTextToPlainLowerCaseWords() {
        assertThat(KnockKnockReplies.words("  Who’s   THERE?!  ")).isEqualTo("whos there");
        assertThat(KnockKnockReplies.words("Lettuce,who?")).isEqualTo("lettuce who");
        assertThat(KnockKnockReplies.words("¿Qué? ¡Sí!")).isEqualTo("qué sí");
    }
}
