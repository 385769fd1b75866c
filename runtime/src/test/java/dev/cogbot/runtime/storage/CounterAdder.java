package dev.cogbot.runtime.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A process of its own that adds to one counter: it opens the store at {@code args[0]}, says
 * {@value #READY}, waits for a line on its input (so that all the processes start adding at once),
 * adds 1 to {@code jokes/told} {@code args[1]} times, and says {@value #DONE}.
 */
public final class CounterAdder {

    static final String READY = "ready";
    static final String DONE = "done";

    private CounterAdder() {
    }

    public static void main(String[] args) throws IOException {
        int times = Integer.parseInt(args[1]);
        try (JdbcStore store = JdbcStore.open(args[0])) {
            System.out.println(READY);
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            for (int i = 0; i < times; i++) {
                store.add(StoreScope.shared("jokes"), "told", 1);
            }
        }
        System.out.println(DONE);
        System.out.flush();
    }
}
