package dev.cogbot.plugins.jokes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** Reads the bot's side of a knock-knock joke off a transcript; the joke is random, so tests learn it as they go. */
final class KnockKnockTranscript {

    private static final String BOT = "cogbot: ";

    private KnockKnockTranscript() {
    }

    /** The setup the bot just gave, from its one line {@code "cogbot: Lettuce."}. */
    static String setupIn(List<String> lines) {
        assertThat(lines).hasSize(1);
        String line = lines.getFirst();
        assertThat(line).startsWith(BOT).endsWith(".");
        String setup = line.substring(BOT.length(), line.length() - 1);
        assertThat(JokeBook.KNOCK_KNOCK).extracting(KnockKnockJoke::setup).contains(setup);
        return setup;
    }

    /** The punchline the bot owes for {@code setup}, as a transcript line. */
    static String punchlineLineFor(String setup) {
        return BOT + JokeBook.KNOCK_KNOCK.stream()
                .filter(joke -> joke.setup().equals(setup))
                .findFirst()
                .orElseThrow()
                .punchline();
    }
}
