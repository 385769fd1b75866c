package dev.cogbot.runtime.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The running bot's answer: lines for the user, and an outcome. On the wire each line is
 * {@code line<TAB>text} and the last one {@code end<TAB>outcome}; a connection that closes before
 * the end line was cut short.
 *
 * @param outcome how it went
 * @param lines   what to show: what was done when {@link Outcome#OK}, else why not (one line)
 */
public record ControlResponse(Outcome outcome, List<String> lines) {

    private static final String LINE = "line";
    private static final String END = "end";

    public ControlResponse {
        Objects.requireNonNull(outcome, "outcome");
        lines = List.copyOf(lines);
    }

    public static ControlResponse ok(List<String> lines) {
        return new ControlResponse(Outcome.OK, lines);
    }

    public static ControlResponse ok(String line) {
        return ok(List.of(line));
    }

    public static ControlResponse refused(Outcome outcome, String why) {
        return new ControlResponse(outcome, List.of(why));
    }

    /** The response as sent, each wire line ending in {@code \n}. */
    public String wireText() {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            // a text with line breaks goes as several lines, each shown on its own
            for (String part : line.split("\\R", -1)) {
                text.append(Wire.join(List.of(LINE, part))).append('\n');
            }
        }
        return text.append(Wire.join(List.of(END, outcome.wireName()))).append('\n').toString();
    }

    /**
     * Reads a response up to its end line.
     *
     * @throws ControlProtocolException if it is malformed or cut short
     */
    public static ControlResponse read(BufferedReader in) throws IOException {
        List<String> lines = new ArrayList<>();
        String wireLine;
        while ((wireLine = in.readLine()) != null) {
            List<String> words = Wire.split(wireLine);
            switch (words.getFirst()) {
                case LINE -> lines.add(words.size() > 1 ? words.get(1) : "");
                case END -> {
                    return new ControlResponse(Outcome.fromWire(words.size() > 1 ? words.get(1) : ""), lines);
                }
                default -> throw new ControlProtocolException("unexpected response line: " + wireLine);
            }
        }
        throw new ControlProtocolException("the bot closed the connection before it finished answering");
    }
}
