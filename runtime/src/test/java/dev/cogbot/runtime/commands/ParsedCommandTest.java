package dev.cogbot.runtime.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParsedCommandTest {

    @Test
    void readsTheCommandWordAfterThePrefix() {
        assertThat(ParsedCommand.parse("!ping", "!")).contains(new ParsedCommand("!", "ping", ""));
    }

    @Test
    void theArgumentsAreTheTextAfterTheCommandWordTrimmedButWithInnerSpacingKept() {
        assertThat(ParsedCommand.parse("!say   hello   \"big\"  world  ", "!"))
                .contains(new ParsedCommand("!", "say", "hello   \"big\"  world"));
    }

    @Test
    void theCommandWordKeepsItsCaseAsTyped() {
        assertThat(ParsedCommand.parse("!PiNg", "!")).contains(new ParsedCommand("!", "PiNg", ""));
    }

    @Test
    void anyWhitespaceEndsTheCommandWord() {
        assertThat(ParsedCommand.parse("!say\nhello", "!")).contains(new ParsedCommand("!", "say", "hello"));
        assertThat(ParsedCommand.parse("!say\thello", "!")).contains(new ParsedCommand("!", "say", "hello"));
    }

    @Test
    void aMessageWithoutThePrefixIsNotACommand() {
        assertThat(ParsedCommand.parse("ping", "!")).isEmpty();
        assertThat(ParsedCommand.parse("say !ping", "!")).isEmpty();
        assertThat(ParsedCommand.parse(" !ping", "!")).isEmpty();
        assertThat(ParsedCommand.parse("", "!")).isEmpty();
    }

    @Test
    void aLonePrefixIsNotACommand() {
        assertThat(ParsedCommand.parse("!", "!")).isEmpty();
    }

    @Test
    void thePrefixFollowedByWhitespaceIsNotACommand() {
        assertThat(ParsedCommand.parse("! ping", "!")).isEmpty();
        assertThat(ParsedCommand.parse("!\nping", "!")).isEmpty();
    }

    @Test
    void anyPrefixWorksIncludingLongerOnes() {
        assertThat(ParsedCommand.parse("?ping", "?")).contains(new ParsedCommand("?", "ping", ""));
        assertThat(ParsedCommand.parse("cog.ping now", "cog.")).contains(new ParsedCommand("cog.", "ping", "now"));
        assertThat(ParsedCommand.parse("!ping", "?")).isEmpty();
        assertThat(ParsedCommand.parse("cog ping", "cog.")).isEmpty();
    }
}
