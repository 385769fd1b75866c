package dev.cogbot.runtime.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void aWordIsAtDistanceZeroFromItself() {
        assertThat(Suggestions.distance("hush", "hush")).isZero();
        assertThat(Suggestions.distance("", "")).isZero();
    }

    @Test
    void fromNothingTheDistanceIsTheLength() {
        assertThat(Suggestions.distance("", "hush")).isEqualTo(4);
        assertThat(Suggestions.distance("hush", "")).isEqualTo(4);
    }

    @Test
    void oneSubstitutionInsertionOrDeletionCostsOne() {
        assertThat(Suggestions.distance("hush", "gush")).isEqualTo(1);
        assertThat(Suggestions.distance("hush", "hushh")).isEqualTo(1);
        assertThat(Suggestions.distance("hush", "hus")).isEqualTo(1);
    }

    @Test
    void swappingTwoNeighboursCostsOne() {
        assertThat(Suggestions.distance("hlep", "help")).isEqualTo(1);
        assertThat(Suggestions.distance("pnig", "ping")).isEqualTo(1);
    }

    @Test
    void isTheClassicEditDistanceForUnrelatedEdits() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("flaw", "lawn")).isEqualTo(2);
    }

    @Test
    void aSwappedPairIsNotEditedAgain() {
        // optimal string alignment, not full Damerau-Levenshtein: "ca" -> "ac" -> "abc" is not allowed
        assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3);
    }

    @Test
    void isSymmetric() {
        assertThat(Suggestions.distance("knock_knock", "knok"))
                .isEqualTo(Suggestions.distance("knok", "knock_knock"));
    }
}
