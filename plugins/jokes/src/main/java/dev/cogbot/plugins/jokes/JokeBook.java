package dev.cogbot.plugins.jokes;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The jokes the cog tells. Kept apart from the cog so adding a joke never touches command code,
 * and so the catalogue can be checked on its own.
 */
final class JokeBook {

    static final List<KnockKnockJoke> KNOCK_KNOCK = List.of(
            new KnockKnockJoke("Lettuce", "Lettuce in, it's cold out here!"),
            new KnockKnockJoke("Boo", "Don't cry, it's only a joke."),
            new KnockKnockJoke("Tank", "You're welcome!"),
            new KnockKnockJoke("Olive", "Olive you, and I don't care who knows it!"),
            new KnockKnockJoke("Cow says", "No silly, a cow says moo!"),
            new KnockKnockJoke("Atch", "Bless you!"),
            new KnockKnockJoke("Harry", "Harry up, it's cold out here!"),
            new KnockKnockJoke("Nobel", "No bell, that's why I knocked."),
            new KnockKnockJoke("Canoe", "Canoe help me with my homework?"),
            new KnockKnockJoke("Alpaca", "Alpaca the suitcase, you load up the car."),
            new KnockKnockJoke("Police", "Police let me in, it's chilly out here!"),
            new KnockKnockJoke("Justin", "Justin time for dinner!"));

    static final List<String> LIGHTBULB = List.of(
            "How many programmers does it take to change a light bulb? None, that's a hardware problem.",
            "How many psychologists does it take to change a light bulb? Just one, but the light bulb has to really want to change.",
            "How many surrealists does it take to change a light bulb? Two: one to hold the giraffe and one to fill the bathtub with brightly coloured machine tools.",
            "How many Java developers does it take to change a light bulb? One, once they have written the LightBulbReplacementStrategyFactory.",
            "How many tutorial writers does it take to change a light bulb? One, but the bulb is left as an exercise for the reader.",
            "How many bots does it take to change a light bulb? One, and it hot-swaps the bulb without turning off the room.",
            "How many Discord moderators does it take to change a light bulb? None, they just mute the darkness.");

    private JokeBook() {
    }

    static KnockKnockJoke randomKnockKnock() {
        return pick(KNOCK_KNOCK);
    }

    static String randomLightbulb() {
        return pick(LIGHTBULB);
    }

    private static <T> T pick(List<T> jokes) {
        return jokes.get(ThreadLocalRandom.current().nextInt(jokes.size()));
    }
}
