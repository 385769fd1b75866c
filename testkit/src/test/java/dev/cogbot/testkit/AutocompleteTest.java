package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.runtime.commands.CogDefinitionException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Suggestions while a user types an option come from the cog's {@code @Arg(complete)} method. */
class AutocompleteTest {

    static final class TagsCog implements Cog {
        @Command
        public void tag(Context ctx, @Arg(complete = "tagNames") String name) {
            ctx.send("tag " + name);
        }

        @Command
        public void many(Context ctx, @Arg(complete = "lots") String name) {
        }

        @Command
        public void broken(Context ctx, @Arg(complete = "fails") String name) {
        }

        @Command
        public void plain(Context ctx, String name) {
        }

        List<String> tagNames(String typed) {
            return List.of("tea", "toast", "coffee").stream().filter(t -> t.startsWith(typed)).toList();
        }

        List<String> lots(String typed) {
            List<String> all = new java.util.ArrayList<>(IntStream.range(0, 40).mapToObj(i -> "tag" + i).toList());
            all.addFirst("x".repeat(101));
            return all;
        }

        List<String> fails(String typed) {
            throw new IllegalStateException("the tag list is gone");
        }
    }

    static final class MissingCompleterCog implements Cog {
        @Command
        public void tag(Context ctx, @Arg(complete = "tagNames") String name) {
        }
    }

    static final class WrongCompleterCog implements Cog {
        @Command
        public void tag(Context ctx, @Arg(complete = "tagNames") String name) {
        }

        String tagNames(String typed) {
            return typed;
        }
    }

    private final TestBot bot = TestBot.builder().plugin("tags", new TagsCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void autocompleteAnswersTheCogsSuggestions() {
        assertThat(alice.autocompletes("/tag name:t", "name")).containsExactly("tea", "toast");
    }

    @Test
    void anEmptyOptionAsksForEverySuggestion() {
        assertThat(alice.autocompletes("/tag", "name")).containsExactly("tea", "toast", "coffee");
    }

    @Test
    void suggestionsAreKeptWithinDiscordsLimits() {
        List<String> suggested = alice.autocompletes("/many", "name");

        assertThat(suggested).hasSize(25).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(100));
        assertThat(suggested.getFirst()).isEqualTo("tag0");
    }

    @Test
    void aFailingSuggestionMethodSuggestsNothing() {
        try (LoggedProblems logged = LoggedProblems.capture()) {
            assertThat(alice.autocompletes("/broken", "name")).isEmpty();
            assertThat(logged.containing("failed; suggesting nothing")).hasSize(1);
        }
    }

    @Test
    void anOptionWithoutSuggestionsGetsNone() {
        assertThat(alice.autocompletes("/plain", "name")).isEmpty();
    }

    @Test
    void aMissingSuggestionMethodRefusesThePlugin() {
        assertThatThrownBy(() -> bot.load("missing", new MissingCompleterCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@Arg(complete = \"tagNames\") on argument 'name' of MissingCompleterCog.tag names a method"
                        + " MissingCompleterCog does not have; add List<String> tagNames(String typed) to it");
    }

    @Test
    void aWronglyDeclaredSuggestionMethodRefusesThePlugin() {
        assertThatThrownBy(() -> bot.load("wrong", new WrongCompleterCog()))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@Arg(complete = \"tagNames\") on argument 'name' of WrongCompleterCog.tag:"
                        + " WrongCompleterCog.tagNames must be declared as List<String> tagNames(String typed)");
    }
}
