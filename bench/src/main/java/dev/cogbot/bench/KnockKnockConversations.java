package dev.cogbot.bench;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Draft;
import dev.cogbot.api.User;
import dev.cogbot.plugins.jokes.JokesCog;
import dev.cogbot.runtime.bot.BotRuntime;
import dev.cogbot.runtime.bot.RuntimeOptions;
import dev.cogbot.runtime.scheduling.ManualTime;
import dev.cogbot.runtime.scheduling.Scheduler;
import dev.cogbot.runtime.storage.StoreScope;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import dev.cogbot.runtime.transport.TransportListener;
import dev.cogbot.testkit.InMemoryStore;
import dev.cogbot.testkit.InMemoryTimerStore;
import dev.cogbot.testkit.KeepsNothingTransport;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Goal 2: {@code N} users (100,000 by default) each start a knock-knock joke, so {@code N}
 * conversations wait for a reply at once; then every user plays along ("Who's there?", then
 * "&lt;setup&gt; who?"), the clock moves past the laugh delay, and every conversation must end in
 * "lmao" with {@code jokes.told = N}.
 *
 * <p>It runs the real {@link JokesCog} (from the class path, not through PF4J) in a real
 * {@link BotRuntime} on a {@link ManualTime} clock, so nobody waits five real seconds. Each user
 * talks in a channel of their own (channel id = user id), which is how the bot's replies are
 * matched to users. Run it with {@code -Xmx1g}: the heap figures are the live heap after a full GC
 * at each checkpoint, the largest of which is the peak.
 *
 * <pre>{@code java -Xmx1g -cp bench/target/benchmarks.jar dev.cogbot.bench.KnockKnockConversations [--users N]}</pre>
 *
 * {@code --warm-up-rounds R} plays the whole scenario R times first, unmeasured, in the same JVM:
 * a virtual thread parked in interpreted code keeps big interpreted frames in its stack chunk, so a
 * cold JVM needs much more heap per conversation than one whose JIT has compiled the path.
 *
 * <p>{@code --histogram N} also prints the N biggest classes of the live heap after each of the
 * first three phases (where the conversations are pending): where the bytes per conversation go.
 */
public final class KnockKnockConversations {

    private static final Duration SETTLE = Duration.ofMinutes(2);
    private static int histogramLines;

    /** One checkpoint: how long the phase took and the heap once it was done. */
    public record Phase(String name, long millis, long gcMillis, long liveHeapBytes) {
    }

    public record Result(int users, List<Phase> phases, long baselineHeapBytes, long peakLiveHeapBytes,
                         long peakHeapIncludingGarbageBytes, long maxHeapBytes, long jokesTold, long lmaos,
                         List<String> problems) {

        public boolean succeeded() {
            return problems.isEmpty();
        }

        public long totalMillis() {
            return phases.stream().mapToLong(Phase::millis).sum();
        }
    }

    private KnockKnockConversations() {
    }

    public static void main(String[] args) {
        int users = 100_000;
        int warmUpRounds = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--users" -> users = Integer.parseInt(args[++i].replace("_", ""));
                case "--histogram" -> histogramLines = Integer.parseInt(args[++i]);
                case "--warm-up-rounds" -> warmUpRounds = Integer.parseInt(args[++i]);
                default -> {
                    System.err.println("usage: KnockKnockConversations [--users N] [--warm-up-rounds R] [--histogram TOP_CLASSES]");
                    System.exit(2);
                }
            }
        }
        for (int round = 1; round <= warmUpRounds; round++) {
            Result warmUp = run(users, new PrintStream(java.io.OutputStream.nullOutputStream()));
            System.out.printf(Locale.ROOT, "warm-up round %d: %s, %,d ms, peak live heap %s%n", round,
                    warmUp.succeeded() ? "ok" : "FAILED", warmUp.totalMillis(), mib(warmUp.peakLiveHeapBytes()));
        }
        Result result = run(users, System.out);
        System.exit(result.succeeded() ? 0 : 1);
    }

    /** Plays the whole scenario with {@code users} users; prints progress to {@code out}. */
    public static Result run(int users, PrintStream out) {
        var memory = ManagementFactory.getMemoryMXBean();
        long maxHeap = memory.getHeapMemoryUsage().getMax();
        out.printf(Locale.ROOT, "%,d knock-knock conversations; max heap %s; %d CPUs; %s%n", users, mib(maxHeap),
                Runtime.getRuntime().availableProcessors(), Runtime.version());

        ConversationTransport transport = new ConversationTransport(users);
        ManualTime time = new ManualTime();
        Scheduler scheduler = new Scheduler(time);
        InMemoryStore store = new InMemoryStore();
        BotRuntime runtime = new BotRuntime(transport, scheduler, store, new InMemoryTimerStore(), RuntimeOptions.defaults());
        List<String> problems = new ArrayList<>();
        List<Phase> phases = new ArrayList<>();
        try {
            runtime.start();
            runtime.install("jokes", List.of(new JokesCog()));
            settle(runtime);
            long baseline = liveHeap();
            out.printf(Locale.ROOT, "  baseline (runtime + jokes loaded, harness allocated): live heap %s%n", mib(baseline));
            resetPeaks();

            phases.add(phase(out, runtime, "1. every user says !knock_knock", () -> {
                for (int u = 0; u < users; u++) {
                    transport.deliver(u, "!knock_knock");
                }
            }));
            expect(problems, "waiting after !knock_knock", runtime.pendingWaits(), users);
            expect(problems, "'Knock knock!' sent", transport.sentAtStep(1), users);

            phases.add(phase(out, runtime, "2. every user says Who's there?", () -> {
                for (int u = 0; u < users; u++) {
                    transport.deliver(u, "Who's there?");
                }
            }));
            expect(problems, "waiting after Who's there?", runtime.pendingWaits(), users);
            expect(problems, "setups sent", transport.sentAtStep(2), users);

            phases.add(phase(out, runtime, "3. every user says <setup> who?", () -> {
                for (int u = 0; u < users; u++) {
                    transport.deliver(u, transport.setupOf(u) + " who?");
                }
            }));
            expect(problems, "waiting after <setup> who?", runtime.pendingWaits(), 0);
            expect(problems, "punchlines sent", transport.sentAtStep(3), users);

            phases.add(phase(out, runtime, "4. clock +6 s: the bot laughs", () -> time.advance(Duration.ofSeconds(6))));
            expect(problems, "lmao sent", transport.lmaos(), users);
            expect(problems, "jokes.told", store.counter(StoreScope.shared("jokes"), "told"), users);

            // nothing else may happen, not even once the 60 s reply timeouts would have passed
            phases.add(phase(out, runtime, "5. clock +61 s: nothing more", () -> time.advance(Duration.ofSeconds(61))));
            expect(problems, "messages sent in all", transport.totalSent(), 4L * users);
            expect(problems, "typing indicators shown", transport.typings(), users);
            problems.addAll(transport.problems());

            long peakLive = phases.stream().mapToLong(Phase::liveHeapBytes).max().orElse(0);
            Result result = new Result(users, List.copyOf(phases), baseline, peakLive, peakHeapIncludingGarbage(),
                    maxHeap, store.counter(StoreScope.shared("jokes"), "told"), transport.lmaos(), List.copyOf(problems));
            report(out, result);
            return result;
        } finally {
            runtime.close();
            scheduler.close();
        }
    }

    private static Phase phase(PrintStream out, BotRuntime runtime, String name, Runnable body) {
        long gcBefore = gcMillis();
        long start = System.nanoTime();
        body.run();
        settle(runtime);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long gc = gcMillis() - gcBefore;
        long live = liveHeap();
        out.printf(Locale.ROOT, "  %-36s %,7d ms (GC %,6d ms)   pending waits %,7d   live heap %s%n", name, millis, gc,
                runtime.pendingWaits(), mib(live));
        if (histogramLines > 0 && runtime.pendingWaits() > 0) {
            printHistogram(out, histogramLines);
        }
        return new Phase(name, millis, gc, live);
    }

    private static void report(PrintStream out, Result r) {
        long perConversation = r.users() == 0 ? 0 : (r.peakLiveHeapBytes() - r.baselineHeapBytes()) / r.users();
        out.printf(Locale.ROOT, "  jokes.told %,d, lmao %,d; total %,d ms, of which %,d ms in GC (the checkpoints' full GCs not counted)%n",
                r.jokesTold(), r.lmaos(), r.totalMillis(), r.phases().stream().mapToLong(Phase::gcMillis).sum());
        out.printf(Locale.ROOT, "  peak live heap %s (about %,d bytes per pending conversation above the baseline); "
                + "peak heap incl. garbage %s; max heap %s%n",
                mib(r.peakLiveHeapBytes()), perConversation, mib(r.peakHeapIncludingGarbageBytes()), mib(r.maxHeapBytes()));
        if (r.succeeded()) {
            out.println("OK: all " + String.format(Locale.ROOT, "%,d", r.users()) + " conversations answered correctly");
        } else {
            out.println("FAILED:");
            r.problems().stream().limit(20).forEach(p -> out.println("  " + p));
        }
    }

    private static void expect(List<String> problems, String what, long actual, long expected) {
        if (actual != expected) {
            problems.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    private static void settle(BotRuntime runtime) {
        runtime.scheduler().runningTasks().awaitIdle(SETTLE);
    }

    /** Time the collectors have reported so far (for G1: pauses and concurrent cycles). */
    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** Heap in use after a full collection: what is really live. */
    static long liveHeap() {
        System.gc();
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The top of {@code jcmd <pid> GC.class_histogram}, taken from inside the process. */
    private static void printHistogram(PrintStream out, int top) {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "gcClassHistogram", new Object[] {new String[0]}, new String[] {String[].class.getName()});
            String[] lines = text.toString().split("\\R");
            for (int i = 0; i < Math.min(lines.length, top + 3); i++) {
                out.println("      " + lines[i]);
            }
            out.println("      " + lines[lines.length - 1]);
        } catch (javax.management.JMException e) {
            out.println("      (no class histogram: " + e + ")");
        }
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The most the heap held at once since {@link #resetPeaks}, garbage included (sum of the pools' peaks). */
    private static long peakHeapIncludingGarbage() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MiB", bytes / (1024.0 * 1024.0));
    }

    /**
     * Delivers the users' lines and checks each user's side of the conversation as the bot sends
     * it: "Knock knock!", "&lt;Setup&gt;.", a punchline, "lmao". Keeps a few bytes per user, so
     * the heap figures are the bot's, not the harness's.
     */
    static final class ConversationTransport extends KeepsNothingTransport {

        private static final User BOT = new User("bench-bot", "bench-bot", true);
        private static final String SORRY = "Well, if you aren't talking, I'm not listening.";

        private final int users;
        private final AtomicIntegerArray steps;
        private final AtomicReferenceArray<String> setups;
        private final ConcurrentHashMap<String, String> canonical = new ConcurrentHashMap<>();
        private final AtomicLong[] sentAtStep = {new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong()};
        private final AtomicLong totalSent = new AtomicLong();
        private final AtomicLong typings = new AtomicLong();
        private final AtomicLong lmaos = new AtomicLong();
        private final AtomicLong problemCount = new AtomicLong();
        private final Queue<String> problems = new ConcurrentLinkedQueue<>();
        private final AtomicLong ids = new AtomicLong();
        private volatile TransportListener listener;

        ConversationTransport(int users) {
            super(BOT);
            this.users = users;
            this.steps = new AtomicIntegerArray(users);
            this.setups = new AtomicReferenceArray<>(users);
        }

        void deliver(int user, String text) {
            String id = Integer.toString(user);
            listener.onMessage(new IncomingMessage(Long.toString(ids.incrementAndGet()), ChannelRef.dm(id, id),
                    new User(id, id, false), text));
        }

        /** The setup the bot told {@code user}, without its full stop. */
        String setupOf(int user) {
            String said = setups.get(user);
            if (said == null) {
                throw new IllegalStateException("user " + user + " was told no setup");
            }
            return said.endsWith(".") ? said.substring(0, said.length() - 1) : said;
        }

        long sentAtStep(int step) {
            return sentAtStep[step].get();
        }

        long totalSent() {
            return totalSent.get();
        }

        long typings() {
            return typings.get();
        }

        long lmaos() {
            return lmaos.get();
        }

        List<String> problems() {
            List<String> list = new ArrayList<>(problems);
            if (problemCount.get() > list.size()) {
                list.add("... " + (problemCount.get() - list.size()) + " more");
            }
            return list;
        }

        private void problem(String what) {
            if (problemCount.incrementAndGet() <= 20) {
                problems.add(what);
            }
        }

        @Override
        public String name() {
            return "conversations";
        }

        @Override
        public void start(TransportListener listener) {
            this.listener = listener;
            listener.onReady(BOT);
        }

        @Override
        public IncomingMessage send(ChannelRef channel, Draft outgoing) {
            String text = outgoing.text();
            totalSent.incrementAndGet();
            int user = Integer.parseInt(channel.id());
            if (user < 0 || user >= users) {
                problem("message to unknown channel " + channel.id() + ": " + text);
            } else {
                int step = steps.incrementAndGet(user);
                if (step < sentAtStep.length) {
                    sentAtStep[step].incrementAndGet();
                }
                switch (step) {
                    case 1 -> {
                        if (!text.equals("Knock knock!")) {
                            problem("user " + user + " step 1: " + text);
                        }
                    }
                    case 2 -> {
                        if (!text.endsWith(".")) {
                            problem("user " + user + " step 2 is no setup: " + text);
                        }
                        setups.set(user, canonical.computeIfAbsent(text, t -> t));
                    }
                    case 3 -> {
                        if (text.equals(SORRY) || text.equals("lmao")) {
                            problem("user " + user + " step 3 is no punchline: " + text);
                        }
                    }
                    case 4 -> {
                        if (text.equals("lmao")) {
                            lmaos.incrementAndGet();
                        } else {
                            problem("user " + user + " step 4: " + text);
                        }
                    }
                    default -> problem("user " + user + " got an extra message: " + text);
                }
            }
            return new IncomingMessage(Long.toString(ids.incrementAndGet()), channel, BOT, text);
        }

        @Override
        public void addReaction(ChannelRef channel, String messageId, String emoji) {
            problem("unexpected reaction " + emoji + " in " + channel.id());
        }

        @Override
        public void removeReaction(ChannelRef channel, String messageId, String emoji) {
            problem("unexpected reaction removed in " + channel.id());
        }

        @Override
        public void sendTyping(ChannelRef channel) {
            typings.incrementAndGet();
        }

        @Override
        public void setPresence(Activity activity) {
        }

        @Override
        public void close() {
            listener = null;
        }
    }
}
