package dev.cogbot.runtime.control;

import dev.cogbot.api.Durations;
import dev.cogbot.runtime.plugins.PluginListing;
import dev.cogbot.runtime.settings.PluginSettingsReport;
import dev.cogbot.runtime.settings.SettingRow;
import dev.cogbot.runtime.text.TextTable;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text of {@code plugins --settings} and {@code status}, made by the bot; the plugin list is {@link PluginListing}'s. */
final class Reports {

    private Reports() {
    }

    /**
     * The running plugins' declared settings, a table with a header: key, type, default, value in
     * use, where it comes from ({@code default}, {@code file}, {@code environment}, {@code command line})
     * and help; then the plugins that declare none, and one line per key set under a plugin's id
     * that it does not declare.
     *
     * <pre>
     * KEY                  TYPE                     DEFAULT  VALUE  FROM         HELP
     * jokes.reply-timeout  duration, longer than 0  1m       30s    environment  how long knock_knock waits for each answer
     * declare no settings: poll, remind
     * warning: jokes.reply-timout is set, but plugin jokes has no such setting; did you mean jokes.reply-timeout?
     * </pre>
     */
    static List<String> settingsTable(List<PluginSettingsReport> plugins) {
        if (plugins.isEmpty()) {
            return List.of("no plugins are running");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"KEY", "TYPE", "DEFAULT", "VALUE", "FROM", "HELP"});
        List<String> without = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (PluginSettingsReport plugin : plugins) {
            if (plugin.settings().isEmpty()) {
                without.add(plugin.pluginId());
            }
            for (SettingRow s : plugin.settings()) {
                rows.add(new String[] {s.key(), s.type(), cell(s.fallback()), cell(s.value()), s.origin(), s.help()});
            }
            plugin.unknown().forEach(line -> warnings.add("warning: " + line));
        }
        List<String> lines = new ArrayList<>(rows.size() > 1 ? TextTable.aligned(rows) : List.of());
        if (!without.isEmpty()) {
            lines.add("declare no settings: " + String.join(", ", without));
        }
        lines.addAll(warnings);
        return lines;
    }

    /** An empty text shown as {@code -}, so that every row has its cells. */
    private static String cell(String value) {
        return value.isEmpty() ? "-" : value;
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
                               Optional<String> slash, PluginListing plugins, List<String> busyTasks,
                               List<String> zombies) {
        List<String> lines = new ArrayList<>();
        lines.add("cogbot " + version + " is running (pid " + pid + ")");
        lines.add("uptime:    " + Durations.format(uptime.truncatedTo(ChronoUnit.SECONDS)));
        lines.add("transport: " + transport);
        lines.add("ready:     " + (ready ? "yes" : "no"));
        slash.ifPresent(line -> lines.add("slash:     " + line));
        lines.addAll(plugins.statusLines());
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
