package dev.cogbot.e2e.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * {@code bin/cogbot} running a bot on the console, its input a pipe the test types into and its
 * output read line by line on a thread of its own. Waiting blocks on that output, never on a clock.
 * {@link #onDiscord} runs one that serves Discord instead; its output then holds only the lines about
 * the bot itself (plugins loaded and the like).
 */
final class BotProcess implements AutoCloseable {

    /** Printed by the status plugin once the bot is ready, which is after its control channel opened. */
    static final String PRESENCE = "cogbot is now playing: Jokes told:";

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String END = "\u0000end of output";

    private final Distribution distribution;
    private final Process process;
    private final OutputStream keyboard;
    private final Path stderr;
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private final List<String> transcript = new ArrayList<>();
    private int syncs;
    private String readyLine;

    private BotProcess(Distribution distribution, ProcessBuilder launcher) throws IOException {
        this.distribution = distribution;
        this.stderr = Files.createTempFile(distribution.home(), "bot-stderr", ".txt");
        this.process = launcher.redirectError(stderr.toFile()).start();
        this.keyboard = process.getOutputStream();
        Thread.ofPlatform().daemon().name("bot-stdout").start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                }
            } catch (IOException e) {
                // the process went away: the end marker says so
            } finally {
                output.add(END);
            }
        });
    }

    /** Starts the bot of {@code distribution} and waits until it is ready and has its plugins. */
    static BotProcess start(Distribution distribution) {
        try {
            BotProcess bot = new BotProcess(distribution, distribution.launcher());
            bot.readyLine = bot.awaitLine(line -> line.startsWith(PRESENCE));
            return bot;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start bin/cogbot", e);
        }
    }

    /**
     * Starts {@code bin/cogbot run} of {@code distribution} on the Discord at {@code apiBaseUrl}, its
     * token in {@code DISCORD_TOKEN} as a service would pass it, and returns at once: whether it is
     * connected is for the Discord server to tell.
     */
    static BotProcess onDiscord(Distribution distribution, String apiBaseUrl, String token) {
        ProcessBuilder launcher = distribution.launcher("run", "--api-base-url", apiBaseUrl);
        launcher.environment().put("DISCORD_TOKEN", token);
        // several bots start at once on few cores: the quick compiler only, as the management commands run
        launcher.environment().put("JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        try {
            return new BotProcess(distribution, launcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start bin/cogbot run", e);
        }
    }

    /** Whether the bot's process still runs. */
    boolean isAlive() {
        return process.isAlive();
    }

    /** The jokes-told count the bot showed once it was ready: what its store held at the start. */
    long jokesToldAtStart() {
        return Long.parseLong(readyLine.substring(PRESENCE.length()).strip());
    }

    /** What the bot wrote to stderr so far. */
    String errors() {
        try {
            return Files.readString(stderr);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends {@code text} to the bot's input as it is, without waiting for anything. */
    void send(String text) {
        write(text);
    }

    /**
     * Kills the bot with SIGKILL, as {@code kill -9} does (the launcher execs the JVM, so this is the
     * bot itself), and returns all it printed from the start, to the last line before it died.
     */
    List<String> kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw failure("the bot outlived SIGKILL by " + PATIENCE);
            }
            String line;
            while (!(line = output.take()).equals(END)) {
                transcript.add(line);
            }
            output.add(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return List.copyOf(transcript);
    }

    /** Waits for a line of output that matches; returns it. */
    String awaitLine(Predicate<String> wanted) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try {
            while (true) {
                String line = output.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw failure("no such line within " + PATIENCE);
                }
                if (line.equals(END)) {
                    output.add(END);
                    throw failure("the bot's output ended first");
                }
                transcript.add(line);
                if (wanted.test(line)) {
                    return line;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Types {@code line} and returns what the bot printed in answer (presence changes left out). A
     * scripted console reads a line only once the bot is idle after the one before, so once it has
     * answered an unknown console command typed next, {@code line} is fully handled.
     */
    List<String> type(String line) {
        String marker = "/sync-" + (++syncs);
        int from = transcript.size();
        write(line + "\n" + marker + "\n");
        awaitLine(l -> l.startsWith("unknown console command " + marker));
        // the status loop runs on the real clock here: a presence line may come at any time
        return transcript.subList(from, transcript.size()).stream()
                .filter(l -> !l.contains(marker) && !l.startsWith(PRESENCE)).toList();
    }

    /** Ends the input, as at the end of a script, and returns the exit code once the bot has stopped. */
    int stop() {
        try {
            keyboard.close();
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw failure("the bot did not stop within " + PATIENCE + " of its input ending");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void write(String text) {
        try {
            keyboard.write(text.getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AssertionError failure(String what) {
        String errors;
        try {
            errors = Files.readString(stderr);
        } catch (IOException e) {
            errors = e.toString();
        }
        return new AssertionError(what + "\n--- the bot's stdout:\n" + String.join("\n", transcript)
                + "\n--- its stderr:\n" + errors + "--- its log: " + distribution.home().resolve("logs/cogbot.log"));
    }

    /** Kills the bot if a test left it running. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
