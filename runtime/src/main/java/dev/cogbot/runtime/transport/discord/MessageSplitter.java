package dev.cogbot.runtime.transport.discord;

import java.util.ArrayList;
import java.util.List;

/** Cuts a long text into messages Discord accepts, at line breaks where it can. */
final class MessageSplitter {

    private MessageSplitter() {
    }

    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.isEmpty() ? "\u200b" : text; // Discord refuses an empty message
        while (rest.length() > limit) {
            int cut = rest.lastIndexOf('\n', limit);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', limit);
            }
            if (cut <= 0) {
                cut = limit;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        parts.add(rest);
        return parts;
    }
}
