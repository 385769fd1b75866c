package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every operation is atomic across processes: real JVMs adding to one counter on one PostgreSQL database. */
class CounterAcrossProcessesTest {

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    private static final int PROCESSES = 4;
    private static final int ADDS = 5_000;

    @Test
    void fourProcessesAddingFiveThousandEachToOneCounterMakeExactlyTwentyThousand() throws Exception {
        String url = postgres.newDatabase();
        List<Adder> adders = new ArrayList<>();
        try {
            for (int i = 0; i < PROCESSES; i++) {
                adders.add(Adder.start(url, ADDS));
            }
            for (Adder adder : adders) {
                adder.awaitLine(CounterAdder.READY);
            }
            adders.forEach(Adder::go); // all open, all migrated: now they add at once
            for (Adder adder : adders) {
                adder.awaitLine(CounterAdder.DONE);
                assertThat(adder.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(adder.process.exitValue()).as(adder.output()).isZero();
            }
        } finally {
            adders.forEach(adder -> adder.process.destroyForcibly());
        }

        try (JdbcStore store = JdbcStore.open(url)) {
            assertThat(store.counter(StoreScope.shared("jokes"), "told")).isEqualTo((long) PROCESSES * ADDS);
        }
    }

    /** A {@link CounterAdder} JVM on this test's class path, and what it printed. */
    private record Adder(Process process, BlockingQueue<String> unread, List<String> lines, OutputStream input) {

        private static final String END = "\u0000end";

        static Adder start(String url, int adds) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    CounterAdder.class.getName(), url, String.valueOf(adds)).redirectErrorStream(true).start();
            BlockingQueue<String> unread = new LinkedBlockingQueue<>();
            Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    reader.lines().forEach(unread::add);
                } catch (IOException | UncheckedIOException ended) {
                    // the process is gone; its lines are in
                } finally {
                    unread.add(END);
                }
            });
            return new Adder(process, unread, new CopyOnWriteArrayList<>(), process.getOutputStream());
        }

        void awaitLine(String wanted) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                String line = unread.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (line == null || line.equals(END)) {
                    throw new AssertionError("the adder did not say " + wanted + ":\n" + output());
                }
                lines.add(line);
                if (line.equals(wanted)) {
                    return;
                }
            }
        }

        void go() {
            try {
                input.write("go\n".getBytes(StandardCharsets.UTF_8));
                input.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String output() {
            return String.join("\n", lines);
        }
    }
}
