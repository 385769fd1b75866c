package dev.cogbot.testkit;

import dev.cogbot.api.Embed;
import java.util.List;
import java.util.StringJoiner;

/** Embeds as one transcript line, so a test can assert on what a reader would see. */
final class EmbedLines {

    private EmbedLines() {
    }

    /** The text, then each embed in brackets: {@code "Done [Poll | Lunch? | Yes: 3 | No: 1]"}. */
    static String withEmbeds(String text, List<Embed> embeds) {
        StringBuilder line = new StringBuilder(text);
        for (Embed embed : embeds) {
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(of(embed));
        }
        return line.toString();
    }

    static String of(Embed embed) {
        StringJoiner parts = new StringJoiner(" | ", "[", "]");
        embed.title().ifPresent(parts::add);
        embed.description().ifPresent(parts::add);
        embed.fields().forEach(f -> parts.add(f.name() + ": " + f.value()));
        embed.footer().ifPresent(parts::add);
        embed.imageUrl().ifPresent(url -> parts.add("image " + url));
        embed.timestamp().ifPresent(t -> parts.add(t.toString()));
        return parts.toString();
    }
}
