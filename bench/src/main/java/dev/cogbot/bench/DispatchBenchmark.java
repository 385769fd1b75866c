package dev.cogbot.bench;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Goal 1: the cost of one {@code !ping} through the command pipeline (bot-wide check, before-hook,
 * the command, after-hook, reply handed to the transport).
 *
 * <ul>
 *   <li>{@link #dispatchInline}: the pipeline alone, on the calling thread
 *       ({@code runtime.dispatcher().dispatchInline(message)}).</li>
 *   <li>{@link #onMessage}: the whole path a transport starts, {@code BotRuntime.onMessage} through
 *       the invocation's virtual thread until {@code send("pong")} reaches the transport. The
 *       benchmark thread spins on the transport's send counter (its own wake-up is not counted) and
 *       sends the next message as soon as the reply is in.</li>
 *   <li>{@link #onMessageAfterPause}: the same, but each message comes 200 µs after the previous
 *       reply (the pause is not timed), long enough for the scheduler's carrier threads to park:
 *       a chat bot's usual situation, where messages are milliseconds apart.</li>
 *   <li>{@link #onMessageStream}: {@value #STREAM} messages handed over back to back, then spin until
 *       all {@value #STREAM} replies reached the transport; the score is per command: the cost of a
 *       command on a bot under steady traffic.</li>
 *   <li>{@link #virtualThreadHandoff} and {@link #virtualThreadHandoffAfterPause}: no cogbot code;
 *       start a virtual thread that bumps a counter and spin until it has. The floor any
 *       thread-per-command design pays on this machine, in the same two situations.</li>
 * </ul>
 *
 * <p>The bot is rebuilt for every iteration, so whatever one iteration leaves behind cannot pile
 * up over the run. The tear-down reports finished command threads the plugin's {@code Lifetime}
 * still holds: until commit c3a02f5 it kept most of them (one {@code VirtualThread} leaked per
 * command, see BENCHMARKS.md), and a bot that had served a million pings measured mostly the GC.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
public class DispatchBenchmark {

    static final int STREAM = 100;
    private static final long PAUSE_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(10);

    private PingBot bot;
    private final AtomicLong handoffs = new AtomicLong();
    private final Runnable handoff = handoffs::incrementAndGet;

    /** An untimed pause before each operation of the benchmarks that take it. */
    @State(Scope.Thread)
    public static class Pause {
        @Setup(Level.Invocation)
        public void pause() {
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    @Setup(Level.Iteration)
    public void start() {
        bot = new PingBot();
    }

    @TearDown(Level.Iteration)
    public void stop() {
        bot.runtime().scheduler().runningTasks().awaitIdle(Duration.ofSeconds(10));
        long sent = bot.transport().sent();
        PingCog cog = bot.cog();
        // every pong went through the check and both hooks: the pipeline was really exercised
        if (cog.checks() != sent || cog.beforeHooks() != sent || cog.afterHooks() != sent) {
            throw new IllegalStateException("pipeline miscounted: sent " + sent + ", checks " + cog.checks()
                    + ", before " + cog.beforeHooks() + ", after " + cog.afterHooks());
        }
        long kept = finishedThreadsKept(bot);
        if (kept > 0) {
            System.out.printf(" [%,d replies; the plugin's Lifetime still holds %,d finished threads]", sent, kept);
        }
        bot.close();
    }

    @Benchmark
    public boolean dispatchInline() {
        return bot.runtime().dispatcher().dispatchInline(bot.pingMessage());
    }

    @Benchmark
    public long onMessage() {
        return pingAndSpin();
    }

    @Benchmark
    public long onMessageAfterPause(Pause pause) {
        return pingAndSpin();
    }

    @Benchmark
    @OperationsPerInvocation(STREAM)
    public long onMessageStream() {
        CountingTransport transport = bot.transport();
        long target = transport.sent() + STREAM;
        for (int i = 0; i < STREAM; i++) {
            bot.runtime().onMessage(bot.incomingPing());
        }
        return spinUntil(transport::sent, target);
    }

    @Benchmark
    public long virtualThreadHandoff() {
        return handOffAndSpin();
    }

    @Benchmark
    public long virtualThreadHandoffAfterPause(Pause pause) {
        return handOffAndSpin();
    }

    private long pingAndSpin() {
        CountingTransport transport = bot.transport();
        long target = transport.sent() + 1;
        bot.runtime().onMessage(bot.incomingPing());
        return spinUntil(transport::sent, target);
    }

    private long handOffAndSpin() {
        long target = handoffs.get() + 1;
        Thread.ofVirtual().start(handoff);
        return spinUntil(handoffs::get, target);
    }

    private static long spinUntil(LongSupplier counter, long target) {
        long seen;
        long spins = 0;
        long since = 0;
        while ((seen = counter.getAsLong()) < target) {
            Thread.onSpinWait();
            if ((++spins & 0xFFFF) == 0) {
                long now = System.nanoTime();
                if (since == 0) {
                    since = now;
                } else if (now - since > GIVE_UP_NANOS) {
                    throw new IllegalStateException("no reply within 10 s");
                }
            }
        }
        return seen;
    }

    /** Lifetime's private thread set, read by reflection: the evidence for the leak described above. */
    static long finishedThreadsKept(PingBot bot) {
        try {
            var lifetime = bot.runtime().plugin("bench").orElseThrow().lifetime();
            var field = lifetime.getClass().getDeclaredField("threads");
            field.setAccessible(true);
            return ((Set<?>) field.get(lifetime)).stream().filter(t -> !((Thread) t).isAlive()).count();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;   // the runtime changed shape: nothing to report
        }
    }
}
