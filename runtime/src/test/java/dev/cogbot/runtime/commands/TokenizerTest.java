package dev.cogbot.runtime.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.commands.Tokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.split(text).stream().map(Token::text).toList();
    }

    @Test
    void splitsOnRunsOfWhitespace() {
        assertThat(words("one two   three\tfour\nfive")).containsExactly("one", "two", "three", "four", "five");
    }

    @Test
    void ignoresLeadingAndTrailingWhitespace() {
        assertThat(words("   one two  ")).containsExactly("one", "two");
    }

    @Test
    void emptyOrBlankTextHasNoWords() {
        assertThat(Tokenizer.split("")).isEmpty();
        assertThat(Tokenizer.split("   \t ")).isEmpty();
    }

    @Test
    void doubleQuotesGroupWordsAndAreDropped() {
        assertThat(words("say \"two words\" three")).containsExactly("say", "two words", "three");
    }

    @Test
    void spacesInsideQuotesAreKeptAsTyped() {
        assertThat(words("\"  spaced   out \"")).containsExactly("  spaced   out ");
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertThat(words("who's there? it's me")).containsExactly("who's", "there?", "it's", "me");
    }

    @Test
    void anEmptyPairOfQuotesIsAnEmptyWord() {
        assertThat(words("a \"\" b")).containsExactly("a", "", "b");
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfTheText() {
        assertThat(words("x \"open quote here")).containsExactly("x", "open quote here");
    }

    @Test
    void quotesInsideAWordJoinItWithTheQuotedPart() {
        assertThat(words("a\"b c\"d e")).containsExactly("ab cd", "e");
    }

    @Test
    void eachWordKnowsWhereItStartsInTheText() {
        assertThat(Tokenizer.split("  one \"two words\"  three"))
                .containsExactly(new Token("one", 2), new Token("two words", 6), new Token("three", 19));
    }

    @Test
    void theOffsetsLetTheRestOfTheTextBeTakenAsTyped() {
        String text = "first   the \"rest\"   as  typed";
        Token second = Tokenizer.split(text).get(1);

        assertThat(text.substring(second.start())).isEqualTo("the \"rest\"   as  typed");
    }
}
