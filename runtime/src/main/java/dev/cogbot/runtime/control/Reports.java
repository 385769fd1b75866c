package dev.cogbot.runtime.control;

import dev.cogbot.api.Durations;
import dev.cogbot.runtime.plugins.PluginSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text of {@code cogbot plugins} and {@code cogbot status}, made by the bot. */
final class Reports {

    private static final String STARTED = "STARTED";

    private Reports() {
    }

    /**
     * A table with a header: id, version, state, commands (comma-separated, {@code -} for none),
     * file. No cell holds a space, so scripts can split the rows on blanks.
     */
    static List<String> pluginTable(List<PluginSummary> plugins, Path pluginsDir) {
        if (plugins.isEmpty()) {
            return List.of("no plugins: the plugins folder " + pluginsDir + " has no plugin JARs");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "VERSION", "STATE", "COMMANDS", "FILE"});
        for (PluginSummary p : plugins) {
            rows.add(new String[] {p.id(), p.version(), p.state(),
                    p.commands().isEmpty() ? "-" : String.join(",", p.commands()), p.file()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * <pre>
     * cogbot 0.1.0 is running (pid 4242)
     * uptime:    1h2m3s
     * transport: console
     * ready:     yes
     * slash:     12 in sync (global), last written 14:02:10 UTC
     * plugins:   3 started
     *   jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)
     *   ...
     * busy:      1 plugin task(s) running without waiting for longer than the limit
     *   spinner: command spin, busy for 12s, at org.example.SpinnerCog.spin(SpinnerCog.java:12)
     * zombies:   1 left running by unloaded plugins (a restart ends them)
     *   leaky: thread 'poller' (WAITING)
     * </pre>
     *
     * The slash line is there only for a bot that tells it, the busy and zombie lines only when there are some.
     */
    static List<String> status(String version, long pid, Duration uptime, String transport, boolean ready,
                               Optional<String> slash, List<PluginSummary> plugins, List<String> busyTasks,
                               List<String> zombies) {
        List<String> lines = new ArrayList<>();
        lines.add("cogbot " + version + " is running (pid " + pid + ")");
        lines.add("uptime:    " + Durations.format(uptime.truncatedTo(ChronoUnit.SECONDS)));
        lines.add("transport: " + transport);
        lines.add("ready:     " + (ready ? "yes" : "no"));
        slash.ifPresent(line -> lines.add("slash:     " + line));
        long started = plugins.stream().filter(p -> STARTED.equals(p.state())).count();
        long others = plugins.size() - started;
        lines.add("plugins:   " + started + " started" + (others == 0 ? "" : ", " + others + " not"));
        plugins.forEach(p -> lines.add("  " + p.line()));
        if (!busyTasks.isEmpty()) {
            lines.add("busy:      " + busyTasks.size() + " plugin task(s) running without waiting for longer than the limit");
            busyTasks.forEach(b -> lines.add("  " + b));
        }
        if (!zombies.isEmpty()) {
            lines.add("zombies:   " + zombies.size() + " left running by unloaded plugins (a restart ends them)");
            zombies.forEach(z -> lines.add("  " + z));
        }
        return lines;
    }
}
