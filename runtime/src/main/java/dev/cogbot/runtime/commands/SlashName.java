package dev.cogbot.runtime.commands;

import java.util.List;
import java.util.Objects;

/**
 * Where a command is served as a slash command: {@code /name}, or {@code /group name} for a
 * subcommand (see {@link dev.cogbot.api.Slash}).
 *
 * @param group the parent command, or empty for a top-level one
 */
public record SlashName(String group, String name) {

    public SlashName {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
    }

    /** What starts a slash command, as {@code ctx.prefix()} reads for one. */
    public static final String PREFIX = "/";

    /** How a slash command reads to its user: {@code /plugins load}. */
    public static String label(List<String> path) {
        return PREFIX + String.join(" ", path);
    }

    /** As Discord's interaction names it: {@code ["plugins", "load"]} or {@code ["ping"]}. */
    public List<String> path() {
        return group.isEmpty() ? List.of(name) : List.of(group, name);
    }

    @Override
    public String toString() {
        return label(path());
    }
}
