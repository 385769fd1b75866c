package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real bot ({@code bin/cogbot} on the console) killed with SIGKILL again and again while it
 * answers a stream of {@code !lightbulb}: every joke the store acknowledged is still counted after
 * the restart, none is counted twice, and the database opens every time.
 *
 * <p>The jokes go in batches, each followed by an unknown console command; the scripted console
 * reads a line only once the bot is idle after the one before, so the answer to that command
 * acknowledges that the batch's jokes are counted (the jokes plugin counts in its after-invoke hook,
 * after the reply). The next batch is already on its way when the bot is killed, right after an
 * acknowledgement: the moment the reported bug lost every count of the last burst. A joke whose reply
 * was printed but which was not acknowledged yet may or may not be counted.
 *
 * <p>Counted twice means counted beyond the jokes typed so far. The replies the test read are shown
 * too, but not asserted on: one run in many counted one joke more than the replies read before the
 * kill, whose cause is not yet known (a joke is counted only after its reply is printed).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot is a POSIX shell script")
class KillNineUnderLoadTest {

    private static final int KILLS = 5;
    private static final int BATCH = 10;
    private static final String JOKE_REPLY = "#general <cogbot> How many";

    @TempDir
    Path home;

    @Test
    void noAcknowledgedJokeIsLostAndNoneCountedTwiceWhenTheBotIsKilledUnderLoad() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Distribution distribution = Distribution.copyTo(home);
        List<String> rounds = new ArrayList<>();
        long acknowledged = 0;
        long lost = 0;
        long doubled = 0;
        long atLeast = 0;
        long atMost = 0;
        long replied = 0;
        long repliedFrom = 0;
        for (int round = 1; round <= KILLS + 1; round++) {
            try (BotProcess bot = BotProcess.start(distribution)) {
                long counted = bot.jokesToldAtStart();
                lost += Math.max(0, atLeast - counted);
                doubled += Math.max(0, counted - atMost);
                if (round > 1) {
                    rounds.add("counted " + counted + " (acknowledged " + atLeast + ", replied " + (repliedFrom + replied)
                            + ", typed " + atMost + ")");
                }
                if (round == KILLS + 1) {
                    assertThat(bot.stop()).as("the exit code of the last run, stopped normally").isZero();
                    break;
                }
                int batches = 1 + random.nextInt(20);
                List<String> output = loadThenKill(bot, round, batches);
                replied = output.stream().filter(line -> line.startsWith(JOKE_REPLY)).count();
                acknowledged += (long) batches * BATCH;
                atLeast = counted + (long) batches * BATCH;
                // the batches acknowledged, and the one typed ahead of them
                atMost = counted + (long) (batches + 1) * BATCH;
                repliedFrom = counted;
            }
        }
        System.out.printf("%d kills under load: %d jokes acknowledged, %d lost, %d counted twice: %s%n",
                KILLS, acknowledged, lost, doubled, rounds);
        assertThat(lost + doubled).as("jokes lost and counted twice over %d kills (seed %d): %s",
                KILLS, seed, rounds).isZero();
    }

    /** Sends batches of jokes, one ahead of the acknowledgements, and kills the bot right after the {@code batches}th. */
    private static List<String> loadThenKill(BotProcess bot, int round, int batches) {
        bot.send(batch(round, 1));
        for (int b = 1; b <= batches; b++) {
            bot.send(batch(round, b + 1));
            String marker = marker(round, b);
            bot.awaitLine(line -> line.startsWith("unknown console command " + marker));
        }
        return bot.kill();
    }

    private static String batch(int round, int number) {
        return "!lightbulb\n".repeat(BATCH) + marker(round, number) + "\n";
    }

    /** Ends in a dot, so that no marker is the start of another. */
    private static String marker(int round, int batch) {
        return "/acknowledged-" + round + "-" + batch + ".";
    }
}
