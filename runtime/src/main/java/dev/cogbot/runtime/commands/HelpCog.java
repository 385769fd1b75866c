package dev.cogbot.runtime.commands;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.CommandInfo;
import dev.cogbot.api.Context;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in {@code help}: every visible command grouped by plugin and cog, or one command in detail,
 * shown with the prefix of the server it is asked in.
 */
public final class HelpCog implements Cog {

    private final CommandRegistry registry;

    public HelpCog(CommandRegistry registry) {
        this.registry = registry;
    }

    @Override
    public String name() {
        return "Help";
    }

    @Command(name = "help", aliases = {"commands"}, usage = "[command]",
            help = "Lists every command, or explains one: !help hush")
    public void help(Context ctx, @Arg(value = "command", fallback = "", complete = "commandNames",
            help = "the command to explain, e.g. hush; leave it out for the list") String command) {
        String prefix = ctx.displayPrefix();
        String wanted = command.strip();
        if (wanted.startsWith(prefix)) {
            wanted = wanted.substring(prefix.length());
        }
        ctx.send(wanted.isEmpty() ? overview(prefix) : detail(prefix, wanted));
    }

    /** Suggests the names of the commands {@code help} explains, those starting with what was typed first. */
    List<String> commandNames(String typed) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        return registry.commands().stream().filter(d -> !d.hidden()).map(CommandDefinition::name)
                .filter(name -> name.contains(wanted))
                .sorted(Comparator.comparing((String name) -> !name.startsWith(wanted))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(25).toList();
    }

    String overview(String prefix) {
        Map<String, List<CommandDefinition>> byCog = new LinkedHashMap<>();
        for (CommandDefinition definition : registry.commands()) {
            if (!definition.hidden()) {
                String heading = definition.cog().name() + " (" + definition.cog().pluginId() + ")";
                byCog.computeIfAbsent(heading, h -> new java.util.ArrayList<>()).add(definition);
            }
        }
        StringBuilder text = new StringBuilder("Commands:");
        byCog.forEach((heading, definitions) -> {
            text.append("\n").append(heading).append(":");
            for (CommandDefinition definition : definitions) {
                CommandInfo info = definition.info();
                text.append("\n  ").append(info.signature(prefix));
                String summary = summary(info.help());
                if (!summary.isEmpty()) {
                    text.append(" - ").append(summary);
                }
                if (!info.aliases().isEmpty()) {
                    text.append(" (also: ").append(String.join(", ", info.aliases())).append(')');
                }
            }
        });
        return text.append("\nType ").append(prefix).append("help <command> for more on one command.").toString();
    }

    String detail(String prefix, String name) {
        Optional<CommandDefinition> found = registry.find(name).filter(d -> !d.hidden());
        if (found.isEmpty()) {
            List<String> close = registry.suggest(name);
            return "There is no command called " + prefix + Excerpt.of(name) + "."
                    + (close.isEmpty() ? "" : " Did you mean " + prefix + String.join(" or " + prefix, close) + "?");
        }
        CommandInfo info = found.get().info();
        StringBuilder text = new StringBuilder(info.signature(prefix));
        if (!info.help().isEmpty()) {
            text.append("\n").append(info.help());
        }
        if (!info.aliases().isEmpty()) {
            text.append("\nAliases: ").append(String.join(", ", info.aliases()));
        }
        return text.append("\nFrom: ").append(info.cog()).append(" (plugin ").append(info.plugin()).append(')').toString();
    }

    private static String summary(String help) {
        int newline = help.indexOf('\n');
        return newline < 0 ? help : help.substring(0, newline);
    }
}
