package dev.cogbot.runtime.slash;

import dev.cogbot.runtime.commands.CommandDefinition;

/**
 * A slash command's description, from the command's help: Discord shows at most 100 characters
 * under the name, where help is written for {@code !help} and may run longer. So the first line
 * is used; if that is too long, its first sentence; if that is too, as many words as fit, with an
 * ellipsis. A command without help is described by its cog.
 */
final class Descriptions {

    private static final String ELLIPSIS = "…";

    private Descriptions() {
    }

    static String ofCommand(CommandDefinition definition) {
        String firstLine = definition.info().help().strip().lines().findFirst().orElse("").strip();
        if (firstLine.isEmpty()) {
            return fit(definition.info().cog() + ": " + definition.name());
        }
        return fit(firstLine);
    }

    static String ofGroup(String group) {
        return fit("The " + group + " commands");
    }

    static String fit(String text) {
        if (text.length() <= SlashLimits.DESCRIPTION) {
            return text;
        }
        int sentenceEnd = text.indexOf(". ");
        if (sentenceEnd > 0 && sentenceEnd + 1 <= SlashLimits.DESCRIPTION) {
            return text.substring(0, sentenceEnd + 1);
        }
        int room = SlashLimits.DESCRIPTION - ELLIPSIS.length();
        int cut = text.lastIndexOf(' ', room);
        String head = (cut > room / 2 ? text.substring(0, cut) : text.substring(0, room)).strip();
        // a clause cut short reads better without its dangling punctuation
        return head.replaceAll("[\\s,;:(\\-]+$", "") + ELLIPSIS;
    }
}
