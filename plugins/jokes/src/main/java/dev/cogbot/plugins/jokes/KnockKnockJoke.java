package dev.cogbot.plugins.jokes;

import java.util.Objects;

/**
 * One knock-knock joke: the name at the door and what it turns into.
 *
 * @param setup     who is at the door, without punctuation, e.g. {@code "Lettuce"}; the user is
 *                  expected to answer {@code "Lettuce who?"}
 * @param punchline the bot's last line, e.g. {@code "Lettuce in, it's cold out here!"}
 */
record KnockKnockJoke(String setup, String punchline) {

    KnockKnockJoke {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(punchline, "punchline");
        if (setup.isBlank() || punchline.isBlank()) {
            throw new IllegalArgumentException("a knock-knock joke needs a setup and a punchline");
        }
    }
}
