package dev.cogbot.api.error;

import java.util.List;

/** The message had the prefix but named no command. */
public final class CommandNotFound extends CommandError {

    private final String attempted;
    private final List<String> suggestions;

    public CommandNotFound(String attempted, List<String> suggestions) {
        super("unknown command '" + attempted + "'");
        this.attempted = attempted;
        this.suggestions = List.copyOf(suggestions);
    }

    /** What the user typed after the prefix. */
    public String attempted() {
        return attempted;
    }

    /** Command names close to what was typed, closest first. */
    public List<String> suggestions() {
        return suggestions;
    }
}
