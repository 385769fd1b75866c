package dev.cogbot.bench;

import dev.cogbot.api.Cog;
import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeUser;
import dev.cogbot.runtime.BotPaths;
import dev.cogbot.runtime.CogbotApp;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.scheduling.SystemTime;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Goal 5: {@code !lightbulb} through the local Discord server ({@link FakeDiscord}: REST and
 * gateway on 127.0.0.1) with the real JDA: replies per second and latency, for cogbot and for a
 * bare JDA listener that answers the same message (the floor).
 *
 * <p><b>Processes.</b> For each configuration and round the driver starts a <i>load</i> JVM: the
 * server and the simulated users. It starts the <i>bot</i> JVM, the bot under test, alone in its
 * process as in production; so the bot's CPU time is measured apart from the server's, and neither
 * JVM's JIT compiler queues behind the other's code. Both share the machine's CPUs.
 *
 * <p><b>Load.</b> {@code N} concurrent users are {@code N} closed-loop clients, each a user of its
 * own in a channel of its own (so JDA's per-channel rate-limit buckets never queue one user behind
 * another): a client says {@code !lightbulb} ({@code FakeDiscord.userSays}, which dispatches
 * MESSAGE_CREATE on the gateway), waits until the server has received the bot's reply in its
 * channel, then says the next one; no think time. Messages are numbered across clients: the first
 * {@code --warm-up} are not measured, the next {@code --messages} are.
 *
 * <p><b>Latency</b> is from just before {@code userSays} (wall clock) to the time the server
 * recorded the bot's message ({@code Recorded.MessageSent.at()}, the same clock, taken in the REST
 * handler before it answers). One reader thread follows the server's record in order and wakes the
 * client whose channel got a reply. <b>Throughput</b> is the measured messages divided by the time
 * from the first measured message sent to the last reply received. <b>Bot CPU</b> is the bot
 * process's CPU time over the same window ({@code ProcessHandle.Info.totalCpuDuration}) per message.
 *
 * <p><b>Configurations</b> ({@code --modes}):
 * <ul>
 *   <li>{@code cogbot}: {@link CogbotApp} as {@code cogbot run} builds it: system clock, the real
 *       plugin JARs (jokes, hush, status) from {@code bench/target/plugins} in a temporary home,
 *       in-memory H2 (a file, as by default, with {@code --file-store}), {@link DiscordTransport}
 *       pointed at the server. {@code !lightbulb} runs on a virtual thread: hush's bot check, the
 *       command, the reply with JDA's {@code complete()}, then the jokes plugin's after-invoke hook
 *       counts the joke in the store.</li>
 *   <li>{@code cogbot-min}: the same bot without plugins, with {@link LightbulbCog} (the command
 *       alone, no store) installed from the class path: the runtime and its transport.</li>
 *   <li>{@code bare}: the floor, {@code DefaultShardManagerBuilder.createLight} with the same
 *       intents and a {@code ListenerAdapter} that answers with
 *       {@code event.getChannel().sendMessage(joke).queue()} on JDA's event thread: the idiomatic
 *       minimal JDA bot.</li>
 *   <li>{@code bare-vt}: the same listener replying with {@code complete()} on a new virtual
 *       thread: cogbot's threading model without cogbot.</li>
 * </ul>
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar dev.cogbot.bench.DiscordThroughput [--users 1,50] [--rounds R]
 *     [--modes bare,cogbot] [--warm-up N] [--messages N] [--jvm-opts "bot JVM options"] [--file-store]
 *     [--progress] [--in-process]}</pre>
 *
 * {@code --jvm-opts} go to the bot's JVM (e.g. {@code -XX:StartFlightRecording:filename=cogbot.jfr});
 * {@code --progress} prints the replies per second of every 2,500 replies, warm-up included;
 * {@code --in-process} runs the bot in the load JVM instead.
 *
 * <p>The harness is not tied to {@code !lightbulb}: what the users ask, which bots answer and how an
 * answer shows in the server's record is a {@link DiscordWorkload} ({@link #LIGHTBULB} here; the slash
 * command {@code /ping} in {@link SlashLatency}), run with {@link #run(DiscordWorkload, String[])}.
 */
public final class DiscordThroughput {

    static final String COMMAND = "!lightbulb";
    /** The bot JVM's options besides {@code --jvm-opts}: the same for every configuration. */
    static final List<String> BOT_JVM = List.of("-Xms1g", "-Xmx1g");
    /** The load JVM's: the server keeps a record of everything (about 6 KB per message). */
    static final List<String> LOAD_JVM = List.of("-Xms2g", "-Xmx2g");

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    static final long USER_BASE = 1_300_000_000_000_100_000L;
    private static final long CHANNEL_BASE = 1_300_000_000_000_200_000L;
    private static final String RESULT = "RESULT ";

    /** The jokes plugin's lightbulb jokes, for the replies that are not the plugin's (similar length). */
    static final List<String> JOKES = List.of(
            "How many programmers does it take to change a light bulb? None, that's a hardware problem.",
            "How many psychologists does it take to change a light bulb? Just one, but the light bulb has to really want to change.",
            "How many surrealists does it take to change a light bulb? Two: one to hold the giraffe and one to fill the bathtub with brightly coloured machine tools.",
            "How many Java developers does it take to change a light bulb? One, once they have written the LightBulbReplacementStrategyFactory.",
            "How many tutorial writers does it take to change a light bulb? One, but the bulb is left as an exercise for the reader.",
            "How many bots does it take to change a light bulb? One, and it hot-swaps the bulb without turning off the room.",
            "How many Discord moderators does it take to change a light bulb? None, they just mute the darkness.");

    /** What to run, as the driver passes it on to the load JVM. */
    record Options(int warmUp, int messages, boolean fileStore, boolean progress, boolean inProcess,
                   List<String> botJvmOptions) {
    }

    /**
     * One measured run of one configuration. Times in nanoseconds; {@code botCpuNanos} is -1 when
     * the bot ran in the load JVM.
     */
    public record Result(String mode, int users, int messages, long windowNanos, long p50, long p90, long p99,
                         long p999, long max, long botCpuNanos, long loadCpuNanos, long machineBusyNanos,
                         int restCalls, int rateLimited, List<String> problems) {

        public double perSecond() {
            return messages / (windowNanos / 1e9);
        }

        public double botCpuMicrosPerMessage() {
            return botCpuNanos < 0 ? Double.NaN : botCpuNanos / 1e3 / messages;
        }

        public double loadCpuMicrosPerMessage() {
            return loadCpuNanos / 1e3 / messages;
        }

        String line() {
            return String.format(Locale.ROOT, "%smode=%s users=%d messages=%d window_ns=%d p50_ns=%d p90_ns=%d p99_ns=%d"
                            + " p999_ns=%d max_ns=%d bot_cpu_ns=%d load_cpu_ns=%d machine_busy_ns=%d rest_calls=%d"
                            + " rate_limited=%d problems=%d",
                    RESULT, mode, users, messages, windowNanos, p50, p90, p99, p999, max, botCpuNanos, loadCpuNanos,
                    machineBusyNanos, restCalls, rateLimited, problems.size());
        }

        static Result parse(String line) {
            Map<String, String> f = new HashMap<>();
            for (String part : line.substring(RESULT.length()).trim().split(" ")) {
                String[] kv = part.split("=", 2);
                f.put(kv[0], kv[1]);
            }
            List<String> problems = Long.parseLong(f.get("problems")) == 0 ? List.of() : List.of("see the run's output");
            return new Result(f.get("mode"), Integer.parseInt(f.get("users")), Integer.parseInt(f.get("messages")),
                    Long.parseLong(f.get("window_ns")), Long.parseLong(f.get("p50_ns")), Long.parseLong(f.get("p90_ns")),
                    Long.parseLong(f.get("p99_ns")), Long.parseLong(f.get("p999_ns")), Long.parseLong(f.get("max_ns")),
                    Long.parseLong(f.get("bot_cpu_ns")), Long.parseLong(f.get("load_cpu_ns")),
                    Long.parseLong(f.get("machine_busy_ns")), Integer.parseInt(f.get("rest_calls")),
                    Integer.parseInt(f.get("rate_limited")), problems);
        }
    }

    private DiscordThroughput() {
    }

    public static void main(String[] args) throws Exception {
        run(LIGHTBULB, args);
    }

    /** The command line of {@code workload}'s {@code main}: the driver, or (internally) a load or a bot JVM. */
    static void run(DiscordWorkload workload, String[] args) throws Exception {
        List<Integer> users = List.of(1, 50);
        List<String> modes = workload.defaultModes();
        int rounds = 5;
        Integer warmUp = null;
        Integer messages = null;
        List<String> jvmOpts = List.of();
        boolean fileStore = false;
        boolean progress = false;
        boolean inProcess = false;
        String role = "driver";
        String rest = null;
        String token = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--users" -> users = Arrays.stream(args[++i].split(",")).map(String::strip).map(Integer::parseInt).toList();
                case "--modes" -> modes = Arrays.stream(args[++i].split(",")).map(String::strip).toList();
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--warm-up" -> warmUp = Integer.parseInt(args[++i].replace("_", ""));
                case "--messages" -> messages = Integer.parseInt(args[++i].replace("_", ""));
                case "--jvm-opts" -> jvmOpts = words(args[++i]);
                case "--file-store" -> fileStore = true;
                case "--progress" -> progress = true;
                case "--in-process" -> inProcess = true;
                case "--load" -> role = "load";
                case "--bot" -> role = "bot";
                case "--rest" -> rest = args[++i];
                case "--token" -> token = args[++i];
                default -> {
                    System.err.println("usage: " + workload.mainClass().getSimpleName() + " [--users 1,50] [--modes "
                            + String.join(",", workload.modes())
                            + "] [--rounds R] [--warm-up N] [--messages N] [--jvm-opts \"bot JVM options\"] [--file-store]"
                            + " [--progress] [--in-process]");
                    System.exit(2);
                }
            }
        }
        for (String mode : modes) {
            if (!workload.modes().contains(mode)) {
                System.err.println("unknown mode " + mode + "; the modes are " + String.join(", ", workload.modes()));
                System.exit(2);
            }
        }
        switch (role) {
            case "bot" -> {
                // a bot process: serve until the load JVM ends it, or ends itself
                ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
                workload.startBot(modes.getFirst(), rest, token, fileStore);
                new CountDownLatch(1).await();
            }
            case "load" -> {
                int n = users.getFirst();
                Options options = new Options(warmUp != null ? warmUp : defaultWarmUp(n),
                        messages != null ? messages : defaultMessages(n), fileStore, progress, inProcess, jvmOpts);
                Result result = runOne(workload, modes.getFirst(), n, options, false, System.out);
                System.out.println(result.line());
                System.out.flush();
                // JDA's and the server's threads are not all daemons: leave without waiting for them
                System.exit(result.problems().isEmpty() ? 0 : 1);
            }
            default -> System.exit(drive(workload, users, modes, rounds, warmUp, messages, jvmOpts, fileStore, progress,
                    inProcess, System.out) ? 0 : 1);
        }
    }

    /**
     * The warm-up: 40,000 messages for one user, 100,000 for more. On 2 CPUs the JIT compilers
     * share the CPUs with the load and take that long (20 to 40 s) to settle; cogbot's JVM, with
     * more code to compile, takes longer than the bare bot's (see BENCHMARKS.md, {@code --progress}).
     */
    static int defaultWarmUp(int users) {
        return users == 1 ? 40_000 : 100_000;
    }

    /**
     * The measured messages: 30,000, some 13 s for one user and 7 s for fifty. Shorter windows
     * (10,000) let a single descheduling of a JVM on this 2-CPU machine move a round by 10%.
     */
    static int defaultMessages(int users) {
        return 30_000;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static List<String> classPathAndMain(DiscordWorkload workload) {
        List<String> command = new ArrayList<>();
        String plugins = System.getProperty("cogbot.bench.plugins");
        if (plugins != null) {
            command.add("-Dcogbot.bench.plugins=" + plugins);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), workload.mainClass().getName()));
        return command;
    }

    // --- the driver: a load JVM (and its bot JVM) per configuration and round

    private static boolean drive(DiscordWorkload workload, List<Integer> users, List<String> modes, int rounds,
                                 Integer warmUp, Integer messages, List<String> jvmOpts, boolean fileStore, boolean progress, boolean inProcess,
                                 PrintStream out) throws IOException, InterruptedException {
        out.printf(Locale.ROOT, "%s through the local Discord server: users %s, modes %s, %d round(s); %d CPUs; %s%n",
                workload.title(), users, modes, rounds, Runtime.getRuntime().availableProcessors(), Runtime.version());
        out.printf(Locale.ROOT, "bot JVM options: %s; load JVM options: %s%s%n", String.join(" ", concat(BOT_JVM, jvmOpts)),
                String.join(" ", LOAD_JVM), inProcess ? " (the bot runs in the load JVM)" : "");
        Map<String, List<Result>> results = new LinkedHashMap<>();
        boolean ok = true;
        for (int n : users) {
            for (int round = 1; round <= rounds; round++) {
                List<String> order = new ArrayList<>(modes);
                if (round % 2 == 0) {
                    Collections.reverse(order); // alternate which goes first
                }
                for (String mode : order) {
                    List<String> command = new ArrayList<>();
                    command.add(java());
                    command.addAll(LOAD_JVM);
                    command.addAll(classPathAndMain(workload));
                    command.addAll(List.of("--load", "--modes", mode, "--users", Integer.toString(n)));
                    if (warmUp != null) {
                        command.addAll(List.of("--warm-up", warmUp.toString()));
                    }
                    if (messages != null) {
                        command.addAll(List.of("--messages", messages.toString()));
                    }
                    if (!jvmOpts.isEmpty()) {
                        command.addAll(List.of("--jvm-opts", String.join(" ", jvmOpts)));
                    }
                    for (var flag : List.of(Map.entry(fileStore, "--file-store"), Map.entry(progress, "--progress"),
                            Map.entry(inProcess, "--in-process"))) {
                        if (flag.getKey()) {
                            command.add(flag.getValue());
                        }
                    }
                    out.printf(Locale.ROOT, "-- round %d, %d user(s), %s%n", round, n, mode);
                    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                    Result result = null;
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            if (line.startsWith(RESULT)) {
                                result = Result.parse(line);
                            } else {
                                out.println("   " + line);
                            }
                        }
                    }
                    int exit = process.waitFor();
                    if (result == null || exit != 0) {
                        out.printf(Locale.ROOT, "   FAILED (exit code %d)%n", exit);
                        ok = false;
                        continue;
                    }
                    results.computeIfAbsent(n + " " + mode, k -> new ArrayList<>()).add(result);
                }
            }
        }
        summarize(out, workload, users, modes, results);
        return ok;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void summarize(PrintStream out, DiscordWorkload workload, List<Integer> users, List<String> modes,
                                  Map<String, List<Result>> results) {
        out.println();
        out.println("Summary: medians over the rounds; latency from the user's " + workload.title() + " dispatched to the"
                + " answer received by the server; CPU per message of the bot's process and of the load's (server and users)");
        out.printf(Locale.ROOT, "  %5s %-10s %6s %10s %8s %8s %8s %9s %12s %13s   %s%n", "users", "mode", "rounds", "answers/s",
                "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "bot CPU µs", "load CPU µs", "answers/s of each round");
        for (int n : users) {
            Map<String, Summary> byMode = new LinkedHashMap<>();
            for (String mode : modes) {
                List<Result> rs = results.getOrDefault(n + " " + mode, List.of());
                if (rs.isEmpty()) {
                    continue;
                }
                Summary summary = Summary.of(rs);
                byMode.put(mode, summary);
                out.printf(Locale.ROOT, "  %5d %-10s %6d %,10.0f %8.3f %8.3f %8.3f %9.3f %,12.0f %,13.0f   %s%n", n, mode,
                        rs.size(), summary.perSecond(), summary.p50Millis(), summary.p90Millis(), summary.p99Millis(),
                        median(rs.stream().mapToDouble(r -> r.p999() / 1e6).toArray()), summary.botCpuMicros(),
                        median(rs.stream().mapToDouble(Result::loadCpuMicrosPerMessage).toArray()),
                        String.join(" ", rs.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.perSecond())).toList()));
            }
            Summary bare = byMode.get("bare");
            if (bare == null) {
                continue;
            }
            byMode.forEach((mode, summary) -> {
                if (mode.startsWith("bare")) {
                    return;
                }
                String goal = " (target ≤ 10%)";
                out.printf(Locale.ROOT, "  %5d users, %s over the bare listener: throughput %.1f%% fewer%s; latency p50 %+.1f%%%s,"
                                + " p99 %+.1f%%; CPU per message %+.0f µs (%+.0f%%)%n", n, mode,
                        (1 - summary.perSecond() / bare.perSecond()) * 100,
                        workload.goal() == DiscordWorkload.Goal.THROUGHPUT ? goal : "",
                        (summary.p50Millis() / bare.p50Millis() - 1) * 100,
                        workload.goal() == DiscordWorkload.Goal.P50_LATENCY ? goal : "",
                        (summary.p99Millis() / bare.p99Millis() - 1) * 100,
                        summary.botCpuMicros() - bare.botCpuMicros(), (summary.botCpuMicros() / bare.botCpuMicros() - 1) * 100);
            });
        }
    }

    /** One configuration's medians over its rounds. */
    private record Summary(double perSecond, double p50Millis, double p90Millis, double p99Millis, double botCpuMicros) {

        static Summary of(List<Result> rounds) {
            return new Summary(median(rounds.stream().mapToDouble(Result::perSecond).toArray()),
                    median(rounds.stream().mapToDouble(r -> r.p50() / 1e6).toArray()),
                    median(rounds.stream().mapToDouble(r -> r.p90() / 1e6).toArray()),
                    median(rounds.stream().mapToDouble(r -> r.p99() / 1e6).toArray()),
                    median(rounds.stream().mapToDouble(Result::botCpuMicrosPerMessage).toArray()));
        }
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    // --- one configuration: the load JVM

    /** A world with {@code users} users, each in a channel of their own, besides the default one. */
    static FakeDiscordConfig world(int users) {
        FakeDiscordConfig base = FakeDiscordConfig.defaults();
        FakeGuild guild = base.guild();
        List<FakeUser> people = new ArrayList<>(base.users());
        List<FakeChannel> channels = new ArrayList<>(guild.channels());
        List<FakeMember> members = new ArrayList<>(guild.members());
        for (int i = 0; i < users; i++) {
            people.add(FakeUser.human(USER_BASE + i, "user" + i));
            channels.add(FakeChannel.text(CHANNEL_BASE + i, "bench-" + i, 10 + i));
            members.add(FakeMember.of(USER_BASE + i));
        }
        FakeGuild bigger = new FakeGuild(guild.id(), guild.name(), guild.ownerId(), guild.roles(), channels, members);
        return base.toBuilder().guild(bigger).users(people).build();
    }

    /** A bot under test. */
    private interface BotUnderTest extends AutoCloseable {
        /** The bot process's CPU time so far, in nanoseconds; -1 when it runs in this JVM. */
        long cpuNanos();

        /** Context switches of the bot process's live threads so far (Linux); -1 when unknown. */
        default long contextSwitches() {
            return -1;
        }

        @Override
        void close();
    }

    /**
     * Starts a server, the bot of {@code mode} (in a JVM of its own unless {@code inProcess}), and
     * runs the load against them.
     *
     * @param close whether to stop the bot and the server afterwards (a JVM that exits at once need not)
     */
    static Result runOne(DiscordWorkload workload, String mode, int users, Options options, boolean close,
                         PrintStream out) {
        out.printf(Locale.ROOT, "%s, %s, %d user(s): %,d warm-up messages, %,d measured%s%n", workload.title(), mode, users,
                options.warmUp(), options.messages(), options.fileStore() ? "; H2 file store" : "");
        FakeDiscord fake = FakeDiscord.start(world(users));
        BotUnderTest bot = null;
        try {
            bot = options.inProcess() ? startInProcess(workload, mode, fake, options.fileStore())
                    : startProcess(workload, mode, fake, options);
            Result result = load(workload, fake, bot, mode, users, options, out);
            out.printf(Locale.ROOT, "  %,.0f answers/s; latency p50 %.3f  p90 %.3f  p99 %.3f  p99.9 %.3f  max %.3f ms;"
                            + " CPU per message: bot %.0f µs, load %.0f µs; REST calls in the run %,d (429s: %d)%n",
                    result.perSecond(), result.p50() / 1e6, result.p90() / 1e6, result.p99() / 1e6, result.p999() / 1e6,
                    result.max() / 1e6, result.botCpuMicrosPerMessage(), result.loadCpuMicrosPerMessage(),
                    result.restCalls(), result.rateLimited());
            result.problems().stream().limit(10).forEach(p -> out.println("  PROBLEM: " + p));
            return result;
        } finally {
            if (bot != null && (close || !options.inProcess())) {
                bot.close();
            }
            if (close) {
                fake.close();
            }
        }
    }

    private static BotUnderTest startProcess(DiscordWorkload workload, String mode, FakeDiscord fake, Options options) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(BOT_JVM);
        command.addAll(options.botJvmOptions());
        command.addAll(classPathAndMain(workload));
        command.addAll(List.of("--bot", "--modes", mode, "--rest", fake.restBaseUrl(), "--token", fake.token()));
        if (options.fileStore()) {
            command.add("--file-store");
        }
        Process process;
        try {
            // the bot's warnings and errors show in this JVM's output
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the bot's JVM", e);
        }
        return new BotUnderTest() {
            @Override
            public long cpuNanos() {
                return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
            }

            @Override
            public long contextSwitches() {
                return DiscordThroughput.contextSwitches(process.pid());
            }

            @Override
            public void close() {
                process.destroy(); // SIGTERM: the JVM runs its shutdown hooks (a flight recording is written)
                try {
                    if (!process.waitFor(20, TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
        };
    }

    private static BotUnderTest startInProcess(DiscordWorkload workload, String mode, FakeDiscord fake,
                                               boolean fileStore) {
        AutoCloseable bot = workload.startBot(mode, fake.restBaseUrl(), fake.token(), fileStore);
        return new BotUnderTest() {
            @Override
            public long cpuNanos() {
                return -1;
            }

            @Override
            public void close() {
                try {
                    bot.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    // --- the bot under test (in its own JVM, or in the load JVM with --in-process)

    /**
     * {@code !lightbulb}: a MESSAGE_CREATE in the user's channel, answered by a joke sent to that channel;
     * the goal is about throughput.
     */
    static final DiscordWorkload LIGHTBULB = new DiscordWorkload() {
        @Override
        public String title() {
            return COMMAND;
        }

        @Override
        public Class<?> mainClass() {
            return DiscordThroughput.class;
        }

        @Override
        public List<String> modes() {
            return List.of("cogbot", "cogbot-min", "bare", "bare-vt");
        }

        @Override
        public List<String> defaultModes() {
            return List.of("bare", "cogbot-min", "cogbot");
        }

        @Override
        public Goal goal() {
            return Goal.THROUGHPUT;
        }

        @Override
        public AutoCloseable startBot(String mode, String restBaseUrl, String token, boolean fileStore) {
            return switch (mode) {
                case "cogbot" -> startCogbot(restBaseUrl, token, fileStore, true, List.of(), NoCommandLimits::config);
                case "cogbot-min" -> startCogbot(restBaseUrl, token, fileStore, false, List.of(new LightbulbCog()),
                        NoCommandLimits::config);
                case "bare" -> startBare(restBaseUrl, token, false);
                case "bare-vt" -> startBare(restBaseUrl, token, true);
                default -> throw new IllegalArgumentException("no mode " + mode);
            };
        }

        @Override
        public void probe(FakeDiscord fake) {
            DiscordThroughput.probe(fake);
        }

        @Override
        public Answers answers(FakeDiscord fake, List<Long> channelIds) {
            return new JokesInChannels(fake, channelIds);
        }
    };

    /** The jokes the bot sends to each user's channel, in answer to {@code !lightbulb}. */
    private static final class JokesInChannels implements DiscordWorkload.Answers {

        /** A channel's latest joke, handed from the reader to the user waiting in that channel. */
        private static final class Channel {
            final Semaphore replied = new Semaphore(0);
            volatile Instant replyAt;
            volatile String replyText;
        }

        private final FakeDiscord fake;
        private final Map<Long, Channel> channels = new HashMap<>();
        private final AtomicInteger replies = new AtomicInteger();
        private final AtomicInteger strays = new AtomicInteger();

        JokesInChannels(FakeDiscord fake, List<Long> channelIds) {
            this.fake = fake;
            channelIds.forEach(id -> channels.put(id, new Channel()));
        }

        @Override
        public void recorded(Recorded event) {
            if (event instanceof Recorded.MessageSent sent) {
                Channel channel = channels.get(sent.channelId());
                if (channel == null) {
                    if (sent.channelId() != FakeDiscordConfig.GENERAL_ID) { // #general: a late answer to the probe
                        strays.incrementAndGet();
                    }
                    return;
                }
                replies.incrementAndGet();
                channel.replyAt = sent.at();
                channel.replyText = sent.content();
                channel.replied.release();
            }
        }

        @Override
        public DiscordWorkload.Answer ask(long userId, long channelId, Duration patience) throws InterruptedException {
            Channel channel = channels.get(channelId);
            fake.userSays(userId, channelId, COMMAND);
            if (!channel.replied.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                return DiscordWorkload.Answer.none("no reply in " + channelId + " within " + patience);
            }
            String text = channel.replyText;
            return new DiscordWorkload.Answer(channel.replyAt,
                    JOKES.contains(text) ? null : "unexpected reply in " + channelId + ": " + text);
        }

        @Override
        public List<String> problems(int asked) {
            List<String> problems = new ArrayList<>();
            if (replies.get() != asked) {
                problems.add("expected " + asked + " replies, the server got " + replies.get());
            }
            if (strays.get() > 0) {
                problems.add(strays.get() + " bot messages in other channels");
            }
            return problems;
        }
    }

    /** A cogbot started for a run, and how to stop it and delete its temporary home. */
    record StartedCogbot(CogbotApp app, Path home) implements AutoCloseable {
        @Override
        public void close() {
            try {
                app.close();
            } finally {
                deleteTree(home);
            }
        }
    }

    /**
     * @param realPlugins    whether to put the real plugin JARs (jokes, hush, status) in its plugins folder
     * @param classPathCogs  cogs installed from the class path once it has started, as plugin {@code bench}
     * @param settings       the run's settings on top of the defaults
     */
    static StartedCogbot startCogbot(String restBaseUrl, String token, boolean fileStore, boolean realPlugins,
                                     List<Cog> classPathCogs, UnaryOperator<BotConfig> settings) {
        Path home;
        try {
            home = Files.createTempDirectory("cogbot-bench-discord");
            Files.createDirectories(home.resolve("plugins"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (realPlugins) {
            PluginBot.copyRealPlugins(home.resolve("plugins"));
        }
        BotConfig config = settings.apply(BotConfig.empty());
        if (!fileStore) {
            config = config.withOverride("jdbc-url", "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        DiscordOptions options = new DiscordOptions(DiscordToken.of(token, "the benchmark"),
                Optional.of(URI.create(restBaseUrl)), Optional.empty());
        CogbotApp app = CogbotApp.start(BotPaths.under(home), config, new SystemTime(),
                () -> new DiscordTransport(options));
        if (!classPathCogs.isEmpty()) {
            app.runtime().install("bench", classPathCogs);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(home)));
        return new StartedCogbot(app, home);
    }

    /**
     * The bare JDA bot answering {@code !lightbulb} with {@code sendMessage(joke)}: {@code queue()} on
     * JDA's event thread, or {@code complete()} on a new virtual thread.
     */
    static AutoCloseable startBare(String restBaseUrl, String token, boolean virtualThreadAndComplete) {
        ShardManager shards = startJda(restBaseUrl, token, new ListenerAdapter() {
            @Override
            public void onMessageReceived(MessageReceivedEvent event) {
                if (event.getAuthor().isBot() || !event.getMessage().getContentRaw().equals(COMMAND)) {
                    return;
                }
                String joke = JOKES.get(ThreadLocalRandom.current().nextInt(JOKES.size()));
                if (virtualThreadAndComplete) {
                    var channel = event.getChannel();
                    Thread.ofVirtual().start(() -> channel.sendMessage(joke).complete());
                } else {
                    event.getChannel().sendMessage(joke).queue();
                }
            }
        });
        return shards::shutdown;
    }

    /**
     * A bare JDA bot: {@code DefaultShardManagerBuilder.createLight} with cogbot's intents and
     * {@code listener}, pointed at the server, returned once ready; {@code shutdown()} stops it.
     */
    static ShardManager startJda(String restBaseUrl, String token, EventListener listener) {
        CountDownLatch ready = new CountDownLatch(1);
        ShardManager shards = DefaultShardManagerBuilder.createLight(token, DiscordTransport.INTENTS)
                .addEventListeners(listener, new ListenerAdapter() {
                    @Override
                    public void onReady(ReadyEvent event) {
                        ready.countDown();
                    }
                })
                .setEnableShutdownHook(false)
                .setRestConfig(new RestConfig().setBaseUrl(restBaseUrl))
                .build();
        try {
            if (!ready.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                shards.shutdown();
                throw new IllegalStateException("the bare JDA bot did not get ready within " + PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return shards;
    }

    // --- the load

    /** A closed-loop user: asks, waits for the answer, asks again. */
    private record Client(long userId, long channelId, Samples latencies) {

        Client(int index, int expected) {
            this(USER_BASE + index, CHANNEL_BASE + index, new Samples(expected));
        }
    }

    private static Result load(DiscordWorkload workload, FakeDiscord fake, BotUnderTest bot, String mode, int users,
                               Options options, PrintStream out) {
        LongSupplier botCpu = bot::cpuNanos;
        int warmUp = options.warmUp();
        int messages = options.messages();
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            clients.add(new Client(i, messages / users + 1));
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        DiscordWorkload.Answers answers = workload.answers(fake, clients.stream().map(Client::channelId).toList());
        workload.probe(fake);
        int startMark = fake.mark();
        int restCallsBefore = fake.restCalls().size();

        // follows the server's record in order and hands every event to the answers' bookkeeping
        Thread reader = Thread.ofPlatform().name("bench-reader").daemon().start(() -> {
            int next = startMark;
            while (!Thread.currentThread().isInterrupted()) {
                Recorded event;
                try {
                    event = fake.awaitAfter(next, Recorded.class, e -> true, Duration.ofSeconds(1));
                } catch (AssertionError nothingYet) {
                    continue; // a quiet second, or interrupted at the end
                }
                next++;
                answers.recorded(event);
            }
        });

        int total = warmUp + messages;
        AtomicInteger tickets = new AtomicInteger();
        AtomicLong windowStart = new AtomicLong(Long.MAX_VALUE);
        AtomicLong windowEnd = new AtomicLong(Long.MIN_VALUE);
        long[] start = new long[4]; // bot CPU, this JVM's CPU, the machine's busy time, the bot's context switches
        Instant[] wallStart = new Instant[1];
        long[] doneAt = new long[total];

        List<Thread> running = new ArrayList<>();
        for (Client client : clients) {
            running.add(Thread.ofPlatform().name("bench-user-" + client.userId() % 1000).start(() -> {
                while (true) {
                    int ticket = tickets.getAndIncrement();
                    if (ticket >= total) {
                        return;
                    }
                    if (ticket == warmUp) {
                        start[0] = botCpu.getAsLong();
                        start[1] = processCpuNanos();
                        start[2] = machineBusyNanos();
                        start[3] = bot.contextSwitches();
                        wallStart[0] = Instant.now();
                    }
                    long t0 = System.nanoTime();
                    Instant said = Instant.now();
                    DiscordWorkload.Answer answer;
                    try {
                        answer = answers.ask(client.userId(), client.channelId(), PATIENCE);
                    } catch (InterruptedException e) {
                        return;
                    }
                    long t1 = System.nanoTime();
                    if (answer.problem() != null) {
                        problems.add(answer.problem());
                    }
                    if (answer.at() == null) {
                        return;
                    }
                    doneAt[ticket] = t1;
                    if (ticket >= warmUp) {
                        client.latencies().add(Duration.between(said, answer.at()).toNanos());
                        windowStart.accumulateAndGet(t0, Math::min);
                        windowEnd.accumulateAndGet(t1, Math::max);
                    }
                }
            }));
        }
        for (Thread t : running) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        long botCpuEnd = botCpu.getAsLong();
        long switchesEnd = bot.contextSwitches();
        long loadCpuEnd = processCpuNanos();
        long machineEnd = machineBusyNanos();
        Instant wallEnd = Instant.now();
        reader.interrupt();

        Samples all = new Samples(messages);
        for (Client client : clients) {
            for (int i = 0; i < client.latencies().size(); i++) {
                all.add(client.latencies().get(i));
            }
        }
        problems.addAll(answers.problems(total));
        if (all.size() != messages) {
            problems.add("measured " + all.size() + " messages, not " + messages);
        }
        List<Recorded.RestCall> calls = fake.restCalls();
        List<Recorded.RestCall> during = calls.subList(Math.min(restCallsBefore, calls.size()), calls.size());
        int limited = (int) during.stream().filter(c -> c.status() == 429).count();
        long windowNanos = windowEnd.get() - windowStart.get();
        if (options.progress()) {
            int chunk = total >= 40_000 ? 2_500 : 500;
            long[] sorted = doneAt.clone();
            Arrays.sort(sorted);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  replies/s of every %,d (warm-up included):", chunk));
            for (int i = 0; i + chunk < sorted.length; i += chunk) {
                line.append(String.format(Locale.ROOT, " %.0f", chunk / ((sorted[i + chunk] - sorted[i]) / 1e9)));
            }
            out.println(line);
        }
        long botCpuNanos = start[0] < 0 || botCpuEnd < 0 ? -1 : botCpuEnd - start[0];
        long machineBusy = start[2] < 0 || machineEnd < 0 ? -1 : machineEnd - start[2];
        if (start[3] >= 0 && switchesEnd >= 0) {
            out.printf(Locale.ROOT, "  bot process: %.1f context switches per message (its threads' voluntary and involuntary)%n",
                    (switchesEnd - start[3]) / (double) messages);
        }
        out.printf(Locale.ROOT, "  measured %s to %s UTC; CPUs busy %.2f of %d (bot JVM %s, load JVM %.2f; the rest is mostly the"
                        + " kernel's loopback network work)%n",
                wallStart[0] == null ? "?" : wallStart[0].toString().substring(11, 23), wallEnd.toString().substring(11, 23),
                machineBusy / (double) windowNanos, Runtime.getRuntime().availableProcessors(),
                botCpuNanos < 0 ? "-" : String.format(Locale.ROOT, "%.2f", botCpuNanos / (double) windowNanos),
                (loadCpuEnd - start[1]) / (double) windowNanos);
        return new Result(mode, users, all.size(), windowNanos, all.percentile(50), all.percentile(90),
                all.percentile(99), all.percentile(99.9), all.max(), botCpuNanos, loadCpuEnd - start[1], machineBusy,
                during.size(), limited, List.copyOf(problems));
    }

    /** Says the command in #general until the bot answers there: it is connected and ready. */
    static void probe(FakeDiscord fake) {
        for (int attempt = 0; attempt < 60; attempt++) {
            int mark = fake.mark();
            fake.userSays(FakeDiscordConfig.ALICE_ID, FakeDiscordConfig.GENERAL_ID, COMMAND);
            try {
                fake.awaitAfter(mark, Recorded.MessageSent.class, m -> m.channelId() == FakeDiscordConfig.GENERAL_ID,
                        Duration.ofSeconds(1));
                return;
            } catch (AssertionError notYet) {
                // not connected yet
            }
        }
        throw new IllegalStateException("the bot never answered " + COMMAND + " in #general");
    }

    /** The whole machine's busy CPU time in nanoseconds (all CPUs, from /proc/stat), or -1 off Linux. */
    static long machineBusyNanos() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                if (i != 4 && i != 5) { // idle, iowait
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy * (1_000_000_000L / 100); // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The context switches so far of the live threads of process {@code pid}, from /proc; -1 off Linux. */
    static long contextSwitches(long pid) {
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        long sum = 0;
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path task : threads.toList()) {
                try {
                    for (String line : Files.readAllLines(task.resolve("status"))) {
                        if (line.startsWith("voluntary_ctxt_switches:") || line.startsWith("nonvoluntary_ctxt_switches:")) {
                            sum += Long.parseLong(line.substring(line.indexOf(':') + 1).strip());
                        }
                    }
                } catch (IOException | RuntimeException threadEnded) {
                    // the thread ended meanwhile
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder: leave what cannot be deleted
        }
    }
}
