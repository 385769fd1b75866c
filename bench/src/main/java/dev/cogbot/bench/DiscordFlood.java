package dev.cogbot.bench;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.commands.AdmissionCounts;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A flood from one member, and what another member notices of it: the real bot (the three real
 * plugin JARs, {@code DiscordTransport}, JDA) against the local Discord server, in this JVM.
 *
 * <p>The flooder says {@code !knock_knock} {@code --burst} times (5,000) back to back in
 * {@code #general}; meanwhile the other member, in the same channel, says {@code !lightbulb} every
 * {@code --interval-ms} (100), whether or not the last one was answered (open loop: a stall shows
 * in every lightbulb it delays, not only in the one that met it). The same
 * channel is the worst case: every reply of the bot there, to either member, goes through the same
 * rate-limit bucket of JDA's REST queue, one request at a time. Before the flood, {@code --warm-up}
 * (2,000) lightbulbs said by 200 other members in turn warm the JIT, then {@code --baseline} (200) are measured at the same pace
 * without a flood.
 *
 * <p>The other member is measured from the flood's first message until a lightbulb said after the
 * whole flood is answered (so the bot has read the flood: the gateway delivers in order) and
 * {@code --after-s} (5 s) have passed since the flooder's last reply, and for at least 200
 * lightbulbs; latency is from just before the
 * lightbulb is said to the server's record of the reply, as in {@link DiscordThroughput}. The
 * flooder's commands <i>accepted</i> (started at once or queued) and
 * <i>dropped</i> are the runtime's admission counts; the bot's replies to the flooder are counted
 * from the server's record.
 *
 * <p>{@code --bare} runs the bare JDA listener of {@link DiscordThroughput} instead, which answers
 * {@code !lightbulb} and ignores the rest: the floor, what reading the flood off the gateway costs
 * the other member in any JDA bot on this machine.
 *
 * <p>{@code --warm-up-flood} has a member of the warm-up send the same flood first, unmeasured: the
 * measured flood then meets code the JIT has compiled, as in a bot that has seen a flood before.
 *
 * <pre>{@code java -Xmx1g -cp bench/target/benchmarks.jar dev.cogbot.bench.DiscordFlood [--burst N]
 *     [--interval-ms MS] [--warm-up N] [--baseline N] [--after-s S] [--bare] [--warm-up-flood]}</pre>
 */
public final class DiscordFlood {

    private static final long FLOODER = DiscordThroughput.USER_BASE;
    private static final long OTHER = DiscordThroughput.USER_BASE + 1;
    private static final long CHANNEL = FakeDiscordConfig.GENERAL_ID;
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int MIN_DURING = 200;
    /** The warm-up's members, taking turns so that none of them sends more than the bot lets one member. */
    private static final int WARM_UP_MEMBERS = 200;

    /**
     * What the run measured; latencies in nanoseconds. {@code accepted} and {@code dropped} are the
     * runtime's admission counts over the flood, less the other member's commands (never dropped).
     */
    record Result(Samples baseline, Samples duringFlood, int burst, long burstSendNanos, long accepted, long dropped,
                  long flooderKnocks, long flooderOneAtATime, long slowDownNotices, long floodRepliesNanos) {
    }

    private DiscordFlood() {
    }

    public static void main(String[] args) throws Exception {
        int burst = 5_000;
        long intervalMs = 100;
        int warmUp = 2_000;
        int baseline = 200;
        long afterSeconds = 5;
        boolean bare = false;
        boolean warmUpFlood = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--bare" -> bare = true;
                case "--warm-up-flood" -> warmUpFlood = true;
                case "--burst" -> burst = Integer.parseInt(args[++i].replace("_", ""));
                case "--interval-ms" -> intervalMs = Long.parseLong(args[++i]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i].replace("_", ""));
                case "--baseline" -> baseline = Integer.parseInt(args[++i].replace("_", ""));
                case "--after-s" -> afterSeconds = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: DiscordFlood [--burst N] [--interval-ms MS] [--warm-up N] [--baseline N]"
                            + " [--after-s S] [--bare] [--warm-up-flood]");
                    System.exit(2);
                }
            }
        }
        Result result = run(bare, warmUpFlood, burst, Duration.ofMillis(intervalMs), warmUp, baseline, MIN_DURING,
                Duration.ofSeconds(afterSeconds), System.out);
        report(result, System.out);
        // JDA's and the server's threads are not all daemons: leave without waiting for them
        System.exit(0);
    }

    /**
     * @param warmUpFlood whether a member of the warm-up floods first, so that the measured flood meets
     *                    compiled code
     * @param bare      whether to run the bare JDA bot of {@link DiscordThroughput} (the floor) instead of cogbot
     * @param minDuring the least lightbulbs measured during the flood
     * @param after     how long the flooder's replies must have stopped before the other member stops
     */
    static Result run(boolean bare, boolean warmUpFlood, int burst, Duration interval, int warmUp, int baseline,
                      int minDuring, Duration after, PrintStream out) throws Exception {
        FakeDiscord fake = FakeDiscord.start(DiscordThroughput.world(2 + WARM_UP_MEMBERS));
        DiscordThroughput.StartedCogbot cogbot = null;
        AutoCloseable bot;
        if (bare) {
            bot = DiscordThroughput.startBare(fake.restBaseUrl(), fake.token(), false);
        } else {
            cogbot = DiscordThroughput.startCogbot(fake.restBaseUrl(), fake.token(), false, true, List.of(),
                    config -> config);
            bot = cogbot;
        }
        try (bot) {
            DiscordThroughput.probe(fake);
            Replies replies = new Replies(fake);
            OtherMember other = new OtherMember(fake, replies);

            out.printf(Locale.ROOT, "%s; warm-up: %,d lightbulbs back to back; baseline: %,d at one per %d ms%n",
                    bare ? "the bare JDA bot" : "cogbot", warmUp, baseline, interval.toMillis());
            other.warmUp(warmUp);
            replies.lightbulbs.drainPermits(); // a late answer to the probe must not pair with a lightbulb
            replies.unanswered.clear();
            if (warmUpFlood) {
                out.printf(Locale.ROOT, "warm-up flood: %,d !knock_knock from a member of the warm-up%n", burst);
                Thread warmUpFlooder = startFlood(fake, OTHER + 1, burst, new AtomicLong());
                other.measure(interval, whileFlooding(warmUpFlooder, replies, 0, Duration.ZERO));
                warmUpFlooder.join();
                replies.forgetFlooderReplies();
            }
            Samples quiet = other.measure(interval, (said, answered) -> said < baseline);

            out.printf(Locale.ROOT, "flood: %,d !knock_knock from one member, the other saying !lightbulb meanwhile%n", burst);
            AdmissionCounts countsBefore = cogbot == null ? null : cogbot.app().runtime().dispatcher().admissionCounts();
            long floodStart = System.nanoTime();
            AtomicLong burstNanos = new AtomicLong();
            Thread flooder = startFlood(fake, FLOODER, burst, burstNanos);
            Samples during = other.measure(interval, whileFlooding(flooder, replies, minDuring, after));
            flooder.join();
            long floodRepliesNanos = replies.lastFlooderReplyNanos() - floodStart;
            long accepted = -1;
            long dropped = -1;
            if (cogbot != null) {
                AdmissionCounts countsAfter = cogbot.app().runtime().dispatcher().admissionCounts();
                accepted = countsAfter.accepted() - countsBefore.accepted() - during.size();
                dropped = countsAfter.dropped() - countsBefore.dropped();
            }
            return new Result(quiet, during, burst, burstNanos.get(), accepted, dropped,
                    replies.knocks.get(), replies.oneAtATime.get(), replies.slowDowns.get(), floodRepliesNanos);
        } finally {
            fake.close();
        }
    }

    private static Thread startFlood(FakeDiscord fake, long member, int burst, AtomicLong sendNanos) {
        return Thread.ofPlatform().name("bench-flooder").start(() -> {
            long t0 = System.nanoTime();
            for (int i = 0; i < burst; i++) {
                fake.userSays(member, CHANNEL, "!knock_knock");
            }
            sendNanos.set(System.nanoTime() - t0);
        });
    }

    /**
     * For {@code minDuring} lightbulbs at least, until one said after the whole flood is answered (the
     * gateway delivers in order, so by then the bot has read the flood), and until the flooder's
     * replies have stopped for {@code after}.
     */
    private static GoOn whileFlooding(Thread flooder, Replies replies, int minDuring, Duration after) {
        int[] firstAfterFlood = {-1};
        return (said, answered) -> {
            if (firstAfterFlood[0] < 0 && !flooder.isAlive()) {
                firstAfterFlood[0] = said;
            }
            return said < minDuring || firstAfterFlood[0] < 0 || answered <= firstAfterFlood[0]
                    || !replies.flooderQuietFor(after);
        };
    }

    static void report(Result r, PrintStream out) {
        out.printf(Locale.ROOT, "the flooder's %,d commands, sent in %,d ms: %s accepted, %s dropped; the bot's replies to"
                        + " them: %,d \"Knock knock!\", %,d \"one at a time\", %d slow-down notice(s), the last %,d ms after"
                        + " the flood began%n",
                r.burst(), r.burstSendNanos() / 1_000_000, count(r.accepted()), count(r.dropped()), r.flooderKnocks(),
                r.flooderOneAtATime(), r.slowDownNotices(), r.floodRepliesNanos() / 1_000_000);
        out.printf(Locale.ROOT, "the other member's !lightbulb, ms:  %-14s %6s %8s %8s %8s%n", "", "n", "p50", "p99", "max");
        line(out, "without a flood", r.baseline());
        line(out, "during the flood", r.duringFlood());
    }

    private static String count(long n) {
        return n < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", n);
    }

    private static void line(PrintStream out, String what, Samples s) {
        out.printf(Locale.ROOT, "                                     %-14s %6d %8.1f %8.1f %8.1f%n", what, s.size(),
                s.percentile(50) / 1e6, s.percentile(99) / 1e6, s.max() / 1e6);
    }

    /** Follows the server's record of the bot's messages in the channel, in order. */
    private static final class Replies {
        /** When each lightbulb still unanswered was said, oldest first: replies in one channel come in order. */
        final ConcurrentLinkedQueue<Instant> unanswered = new ConcurrentLinkedQueue<>();
        final Semaphore lightbulbs = new Semaphore(0);
        volatile Samples latencies = new Samples(1);
        final AtomicInteger answered = new AtomicInteger();
        final AtomicLong knocks = new AtomicLong();
        final AtomicLong oneAtATime = new AtomicLong();
        final AtomicLong slowDowns = new AtomicLong();
        final AtomicLong lastFlooderReply = new AtomicLong(System.nanoTime());
        final AtomicInteger others = new AtomicInteger();

        Replies(FakeDiscord fake) {
            int start = fake.mark();
            Thread.ofPlatform().name("bench-replies").daemon().start(() -> {
                int next = start;
                while (true) {
                    Recorded event;
                    try {
                        event = fake.awaitAfter(next, Recorded.class, e -> true, Duration.ofSeconds(1));
                    } catch (AssertionError nothingYet) {
                        continue;
                    }
                    next++;
                    if (event instanceof Recorded.MessageSent sent && sent.channelId() == CHANNEL) {
                        String text = sent.content();
                        if (DiscordThroughput.JOKES.contains(text)) {
                            Instant said = unanswered.poll();
                            if (said != null) {
                                latencies.add(Duration.between(said, sent.at()).toNanos());
                                answered.incrementAndGet();
                                lightbulbs.release();
                            }
                            continue;
                        }
                        if (text.equals("Knock knock!")) {
                            knocks.incrementAndGet();
                        } else if (text.startsWith("One at a time")) {
                            oneAtATime.incrementAndGet();
                        } else if (text.startsWith("Slow down")) {
                            slowDowns.incrementAndGet();
                        } else {
                            others.incrementAndGet();
                            continue;
                        }
                        lastFlooderReply.set(System.nanoTime());
                    }
                }
            });
        }

        void forgetFlooderReplies() {
            knocks.set(0);
            oneAtATime.set(0);
            slowDowns.set(0);
        }

        boolean flooderQuietFor(Duration quiet) {
            return System.nanoTime() - lastFlooderReply.get() >= quiet.toNanos();
        }

        long lastFlooderReplyNanos() {
            return lastFlooderReply.get();
        }
    }

    /** Whether the other member says another lightbulb, given how many they said and how many were answered. */
    private interface GoOn {
        boolean test(int said, int answered);
    }

    /** The member who only wants a lightbulb joke now and then. */
    private record OtherMember(FakeDiscord fake, Replies replies) {

        /**
         * Has {@code !lightbulb} said {@code count} times back to back, each after the last reply, by
         * the warm-up's members in turn; not measured.
         */
        void warmUp(int count) throws InterruptedException {
            replies.latencies = new Samples(count);
            for (int i = 0; i < count; i++) {
                replies.unanswered.add(Instant.now());
                fake.userSays(OTHER + 1 + i % WARM_UP_MEMBERS, CHANNEL, DiscordThroughput.COMMAND);
                await(1);
            }
        }

        /**
         * Says {@code !lightbulb} once per {@code pace}, whether or not the last one was answered (so a
         * stall shows in every lightbulb it delays, not in one), while {@code goOn} says so; then
         * waits for every answer.
         */
        Samples measure(Duration pace, GoOn goOn) throws InterruptedException {
            Samples latencies = new Samples(1_000);
            replies.answered.set(0);
            replies.latencies = latencies;
            int said = 0;
            long next = System.nanoTime();
            while (goOn.test(said, replies.answered.get())) {
                say();
                said++;
                next += pace.toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
            await(said);
            return latencies;
        }

        private void say() {
            replies.unanswered.add(Instant.now());
            fake.userSays(OTHER, CHANNEL, DiscordThroughput.COMMAND);
        }

        private void await(int answers) throws InterruptedException {
            if (!replies.lightbulbs.tryAcquire(answers, PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the lightbulbs were not all answered within " + PATIENCE);
            }
        }
    }
}
