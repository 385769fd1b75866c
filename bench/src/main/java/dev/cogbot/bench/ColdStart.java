package dev.cogbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Goal 3: cold start of the assembled console bot with its three plugins. Each run launches
 * {@code bin/cogbot} of the distribution as a child process, with an empty temporary data folder
 * ({@code --data-dir}), logs in a temporary folder, stdin a pipe it keeps open and stdout a pipe it
 * reads. It measures the wall time from just before the process is started until stdout shows the
 * status plugin's first presence line ({@code cogbot is now playing: Jokes told:}, which follows
 * "ready"); then it closes stdin and measures how long the bot takes to exit.
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar dev.cogbot.bench.ColdStart [--dist DIR] [--runs N] [--warmup N] [--java-opts OPTS]}</pre>
 *
 * {@code --java-opts} is added to {@code JAVA_OPTS} for the bot (e.g. to try a CDS or AOT cache).
 */
public final class ColdStart {

    static final String READY_LINE = "cogbot is now playing: Jokes told:";
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    /** One launch: milliseconds to the presence line and from closing stdin to exit; the log with offsets. */
    record Run(double readyMillis, double exitMillis, int exitCode, List<String> timeline) {
    }

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        Path dist = Path.of("dist/target/cogbot");
        int runs = 10;
        int warmup = 1;
        String javaOpts = "";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dist" -> dist = Path.of(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--java-opts" -> javaOpts = args[++i];
                default -> {
                    System.err.println("usage: ColdStart [--dist DIR] [--runs N] [--warmup N] [--java-opts OPTS]");
                    System.exit(2);
                }
            }
        }
        Path launcher = dist.resolve("bin").resolve("cogbot").toAbsolutePath();
        if (!Files.isExecutable(launcher)) {
            System.err.println("no launcher at " + launcher + "; build the distribution first (./mvnw package)");
            System.exit(2);
        }
        System.out.printf(Locale.ROOT, "cold start of %s: %d warm-up run(s), %d measured; %d CPUs; JAVA_HOME=%s%s%n",
                dist, warmup, runs, Runtime.getRuntime().availableProcessors(), javaHomeName(),
                javaOpts.isBlank() ? "" : "; extra JAVA_OPTS: " + javaOpts);
        for (int i = 0; i < warmup; i++) {
            launch(launcher, javaOpts);
        }
        List<Run> measured = new ArrayList<>();
        boolean failed = false;
        for (int i = 1; i <= runs; i++) {
            Run run = launch(launcher, javaOpts);
            measured.add(run);
            failed |= run.exitCode() != 0;
            System.out.printf(Locale.ROOT, "  run %2d: ready %6.0f ms   exit after stdin closed %6.0f ms   exit code %d%n",
                    i, run.readyMillis(), run.exitMillis(), run.exitCode());
        }
        System.out.println(summary("start → presence line", measured.stream().map(Run::readyMillis).toList()));
        System.out.println(summary("stdin closed → exit  ", measured.stream().map(Run::exitMillis).toList()));
        Run last = measured.getLast();
        System.out.println("log of the last run (ms since the launch; the log's clock has ms resolution):");
        last.timeline().forEach(line -> System.out.println("  " + line));
        System.exit(failed ? 1 : 0);
    }

    static Run launch(Path launcher, String javaOpts) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("cogbot-coldstart");
        try {
            Path data = Files.createDirectory(scratch.resolve("data"));
            Path logs = scratch.resolve("logs");
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--data-dir", data.toString());
            String inherited = System.getenv().getOrDefault("JAVA_OPTS", "");
            builder.environment().put("JAVA_OPTS", (inherited + " " + javaOpts + " -Dcogbot.logs=" + logs).strip());
            builder.redirectError(scratch.resolve("stderr.txt").toFile());
            builder.redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.redirectOutput(ProcessBuilder.Redirect.PIPE);

            Instant wallStart = Instant.now();
            long start = System.nanoTime();
            Process process = builder.start();
            CompletableFuture<Long> ready = new CompletableFuture<>();
            List<String> stdout = new ArrayList<>();
            Thread reader = Thread.ofPlatform().daemon().name("coldstart-stdout").start(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (!ready.isDone() && line.contains(READY_LINE)) {
                            ready.complete(System.nanoTime());
                        }
                        synchronized (stdout) {
                            stdout.add(line);
                        }
                    }
                } catch (IOException e) {
                    ready.completeExceptionally(e);
                }
                ready.completeExceptionally(new IllegalStateException("stdout ended without the presence line"));
            });
            long readyAt;
            try {
                readyAt = ready.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                process.destroyForcibly();
                throw new IllegalStateException("the bot did not show its presence within " + PATIENCE + ": " + e
                        + "\nstdout: " + stdout + "\nstderr: " + Files.readString(scratch.resolve("stderr.txt")));
            }
            long closedAt = System.nanoTime();
            process.getOutputStream().close();
            if (!process.waitFor(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the bot did not exit within " + PATIENCE + " after its input ended");
            }
            long exitedAt = System.nanoTime();
            reader.join(Duration.ofSeconds(5));
            int code = process.exitValue();
            if (code != 0) {
                System.err.println("exit code " + code + "; stderr: " + Files.readString(scratch.resolve("stderr.txt")));
            }
            return new Run((readyAt - start) / 1e6, (exitedAt - closedAt) / 1e6, code,
                    timeline(logs.resolve("cogbot.log"), wallStart));
        } finally {
            deleteTree(scratch);
        }
    }

    /** The log's lines, each prefixed with its offset from the launch in ms. */
    private static List<String> timeline(Path log, Instant start) throws IOException {
        if (!Files.exists(log)) {
            return List.of("(no log at " + log + ")");
        }
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.length() < 23) {
                continue;
            }
            try {
                Instant at = LocalDateTime.parse(line.substring(0, 23), LOG_TIME).atZone(ZoneId.systemDefault()).toInstant();
                out.add(String.format(Locale.ROOT, "%6d  %s", Duration.between(start, at).toMillis(), line.substring(24)));
            } catch (DateTimeParseException notATimestamp) {
                // a stack trace line or similar: leave it out
            }
        }
        return out;
    }

    static String summary(String what, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return String.format(Locale.ROOT, "%s: min %.0f ms, median %.0f ms, max %.0f ms (n=%d)",
                what, sorted.getFirst(), median, sorted.getLast(), n);
    }

    private static String javaHomeName() {
        String home = System.getenv("JAVA_HOME");
        return home == null ? "(unset)" : Path.of(home).getFileName().toString();
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
