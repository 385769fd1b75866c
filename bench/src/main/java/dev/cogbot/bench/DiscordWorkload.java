package dev.cogbot.bench;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the closed-loop users of {@link DiscordThroughput} ask the bot, which bots can answer it, and how
 * the local server's record shows an answer. The harness (processes, warm-up, rounds, percentiles,
 * throughput, CPU) is the same for every workload; {@link DiscordThroughput#LIGHTBULB} ({@code !lightbulb},
 * a channel message) and {@link SlashLatency#PING} ({@code /ping}, an interaction) are the two.
 *
 * <pre>{@code
 * public static void main(String[] args) throws Exception {
 *     DiscordThroughput.run(SlashLatency.PING, args);
 * }
 * }</pre>
 */
interface DiscordWorkload {

    /** What a user says, for the reports: {@code !lightbulb}, {@code /ping}. */
    String title();

    /** The class whose {@code main} runs this workload: the driver starts its load and bot JVMs with it. */
    Class<?> mainClass();

    /** Every bot that can answer, by name ({@code --modes}); the one named {@code bare} is the floor. */
    List<String> modes();

    /** The bots run when {@code --modes} is not given. */
    List<String> defaultModes();

    /** Which figure the ≤ 10% overhead goal is about. */
    Goal goal();

    /** Starts the bot {@code mode} against the server at {@code restBaseUrl}; closing it stops it. */
    AutoCloseable startBot(String mode, String restBaseUrl, String token, boolean fileStore);

    /** Returns once the bot has answered a user in #general: connected, ready, its commands known. */
    void probe(FakeDiscord fake);

    /** A run's bookkeeping of questions and answers. */
    Answers answers(FakeDiscord fake, List<Long> channelIds);

    enum Goal {
        /** cogbot's answers per second against the bare bot's. */
        THROUGHPUT,
        /** cogbot's median latency against the bare bot's. */
        P50_LATENCY
    }

    /**
     * One run's questions and answers. One reader thread hands it the server's record in order
     * ({@link #recorded}); each closed-loop user asks on a thread of its own ({@link #ask}).
     */
    interface Answers {

        /** The next event the server recorded (only the reader thread calls this). */
        void recorded(Recorded event);

        /**
         * The user {@code userId} asks in {@code channelId} and waits for the answer.
         *
         * @return when the server recorded the answer; {@link Answer#at()} is null when none came
         */
        Answer ask(long userId, long channelId, Duration patience) throws InterruptedException;

        /** What went wrong overall once every user is done, having asked {@code asked} questions. */
        List<String> problems(int asked);
    }

    /**
     * An answer: when the server recorded it (null when none came in time) and what was wrong with it
     * (null when nothing).
     */
    record Answer(Instant at, String problem) {

        static Answer none(String why) {
            return new Answer(null, why);
        }

        static Answer at(Instant at) {
            return new Answer(at, null);
        }
    }
}
