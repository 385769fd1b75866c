package dev.cogbot.runtime.plugins;

import dev.cogbot.runtime.text.TextTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plugins as an owner sees them, and every way they are shown: the one place a plugin list is
 * rendered, for chat, the console, {@code cogbot plugins} and {@code cogbot status}.
 *
 * <pre>{@code
 * PluginListing listing = admin.list();
 * listing.lines();  // jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)
 * listing.table();  // ID     VERSION  STATE    COMMANDS               FILE ...
 * }</pre>
 *
 * @param plugins    every plugin running, then every JAR in the folder that is not
 * @param pluginsDir the plugins folder, named when it is empty
 */
public record PluginListing(List<PluginSummary> plugins, Path pluginsDir) {

    private static final String STARTED = "STARTED";
    /** How a table line about a failed JAR starts: {@code failed: broken.jar: why}. */
    public static final String FAILED_PREFIX = "failed: ";

    public PluginListing {
        plugins = List.copyOf(plugins);
    }

    /** One line per plugin, e.g. {@code jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)}; none if empty. */
    public List<String> lines() {
        return plugins.stream().map(PluginSummary::line).toList();
    }

    /** The chat reply: {@link #lines()}, or that the folder is empty. */
    public String chatText() {
        return plugins.isEmpty() ? "No plugins in the plugins folder." : String.join("\n", lines());
    }

    /**
     * A table with a header: id, version, state, commands (comma-separated, {@code -} for none),
     * file. No cell holds a space, so scripts can split the rows on blanks. Below it, one line for
     * each JAR that failed, with why: {@code failed: broken.jar: broken.jar is not a plugin: ...}.
     */
    public List<String> table() {
        if (plugins.isEmpty()) {
            return List.of("no plugins: the plugins folder " + pluginsDir + " has no plugin JARs");
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "VERSION", "STATE", "COMMANDS", "FILE"});
        for (PluginSummary p : plugins) {
            rows.add(new String[] {p.id(), p.version(), p.state(),
                    p.commands().isEmpty() ? "-" : String.join(",", p.commands()), p.file()});
        }
        List<String> lines = new ArrayList<>(TextTable.aligned(rows));
        plugins.forEach(p -> p.problem().ifPresent(problem ->
                lines.add(FAILED_PREFIX + p.file() + ": " + problem.message())));
        return lines;
    }

    /**
     * Read back from {@link #table()}'s lines, as the CLI gets them: the state of plugin {@code id}
     * from the JAR {@code fileName}, if it is listed.
     */
    public static Optional<String> stateIn(List<String> table, String id, String fileName) {
        for (String row : table) {
            String[] columns = row.strip().split("\\s+");
            if (columns.length >= 4 && columns[0].equals(id) && columns[columns.length - 1].equals(fileName)) {
                return Optional.of(columns[2]);
            }
        }
        return Optional.empty();
    }

    /** Read back from {@link #table()}'s lines: why the JAR {@code fileName} failed, if the table says. */
    public static Optional<String> problemIn(List<String> table, String fileName) {
        String prefix = FAILED_PREFIX + fileName + ": ";
        return table.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                .findFirst();
    }

    /**
     * {@code cogbot status}'s lines about the plugins: how many started, then each indented.
     *
     * <pre>
     * plugins:   1 started, 1 not
     *   jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)
     *   broken ? FAILED (broken.jar)
     * </pre>
     */
    public List<String> statusLines() {
        long started = plugins.stream().filter(p -> STARTED.equals(p.state())).count();
        long others = plugins.size() - started;
        List<String> lines = new ArrayList<>();
        lines.add("plugins:   " + started + " started" + (others == 0 ? "" : ", " + others + " not"));
        lines().forEach(line -> lines.add("  " + line));
        return lines;
    }

    /** The ids of the plugins running. */
    public List<String> runningIds() {
        return plugins.stream().filter(p -> STARTED.equals(p.state())).map(PluginSummary::id).toList();
    }

    /** The ids of the plugins not running, for suggestions. */
    public List<String> notRunningIds() {
        return plugins.stream().filter(p -> !STARTED.equals(p.state())).map(PluginSummary::id).toList();
    }

}
