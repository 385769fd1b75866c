package dev.cogbot.e2e.fuzz;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Chat messages as a hostile or careless member writes them: a prefix (often the right one), a
 * command word (often a real one), and arguments of every shape the converters meet.
 */
final class HostileMessages {

    /** Every command and alias the bot has, so each gets hit with every kind of argument. */
    static final List<String> COMMANDS = List.of(
            "help", "commands", "load", "unload", "reload", "plugins",
            "knock_knock", "knock", "kk", "lightbulb", "hush", "quiet", "shush", "sh", "jokes_told", "told",
            "number", "big", "real", "flag", "pick", "pause", "word", "say", "maybe",
            "whois", "member", "room", "role", "quote", "some");

    private HostileMessages() {
    }

    /** Any message: mostly commands, some replies to a waiting joke, some plain noise. */
    static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, commands()),
                Tuple.of(1, replies()),
                Tuple.of(1, text()));
    }

    static Arbitrary<String> commands() {
        Arbitrary<String> arguments = argument().list().ofMinSize(0).ofMaxSize(4)
                .map(words -> String.join(" ", words));
        return Combinators.combine(prefix(), commandWord(), separator(), arguments)
                .as((prefix, word, separator, args) -> prefix + word + (args.isEmpty() ? "" : separator + args));
    }

    /** What answers a waiting knock-knock, right or nearly. */
    static Arbitrary<String> replies() {
        return Arbitraries.of("Who's there?", "whos there", "WHO IS THERE!!", "Lettuce who?", "Boo who?", "Tank who",
                "who?", "Who’s there?" + "!".repeat(3_000), "\u0000who's there\u0000");
    }

    private static Arbitrary<String> prefix() {
        return Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just("!")),
                Tuple.of(1, Arbitraries.of("", "!!", " !", "！", "?", "\u200b!", "!\n", "\"!")));
    }

    private static Arbitrary<String> commandWord() {
        Arbitrary<String> real = Arbitraries.of(COMMANDS);
        return Arbitraries.frequencyOf(
                Tuple.of(8, real),
                Tuple.of(1, real.map(String::toUpperCase)),
                Tuple.of(1, real.map(w -> w + "\"")),
                Tuple.of(1, text().map(t -> t.strip().isEmpty() ? "x" : t.strip())));
    }

    private static Arbitrary<String> separator() {
        return Arbitraries.of(" ", "  ", "\t", "\n", "\u3000", "\u00a0", "\u2028");
    }

    /** One argument, of any type the converters know, well-formed or not. */
    static Arbitrary<String> argument() {
        return Arbitraries.oneOf(durations(), numbers(), words(), quoted(), text(), huge());
    }

    private static Arbitrary<String> durations() {
        Arbitrary<String> part = Combinators.combine(Arbitraries.longs().between(0, Long.MAX_VALUE).map(String::valueOf),
                        Arbitraries.of("ms", "s", "m", "h", "d", "", " s", "x", "M", "mss"))
                .as((n, unit) -> n + unit);
        return Arbitraries.oneOf(
                part,
                part.list().ofMinSize(2).ofMaxSize(40).map(parts -> String.join("", parts)),
                Arbitraries.integers().between(1, 5_000).map(n -> "1s".repeat(n) + "x"),
                Arbitraries.integers().between(1, 2_000).map(n -> "1h ".repeat(n)),
                Arbitraries.of("-5m", "1.5h", "5 5m", "0", "0s", "٣m", "5ｍ", "１s"),
                // well-formed and short: a hush or a pause that really happens, and ends within a batch
                Arbitraries.of("1s", "2s", "500ms", "1500ms"));
    }

    private static Arbitrary<String> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(18).negate(), java.math.BigInteger.TEN.pow(40))
                        .map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.integers().between(1, 5_000).map("9"::repeat),
                Arbitraries.of("NaN", "Infinity", "-0", "+", "0x10", "1e400", "1_000", "٣", "1e", ".", "- 1"));
    }

    /** Booleans, enum constants, plugin-ish names: the words a command wants, right or nearly. */
    private static Arbitrary<String> words() {
        return Arbitraries.of("yes", "no", "on", "OFF", "enabled", "maybe", "happy", "GRUMPY", "sleepy", "jokes.jar",
                "../../etc/passwd", "--with-dependants", "weather", "x".repeat(200), "NUL", "con", "*", "%s%n", "${x}",
                "\\", "\\\"");
    }

    private static Arbitrary<String> quoted() {
        return Combinators.combine(Arbitraries.of("\"", "\"\"", "'", "“", "”"), text(), Arbitraries.of("\"", "", "'", "\"\""))
                .as((open, inside, close) -> open + inside + close);
    }

    /** Short text from anywhere in Unicode's first plane: controls, lone surrogates, right-to-left marks and all. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(6),
                Arbitraries.of("🔇", "👨‍👩‍👧‍👦", "\u202etxet", "\ufeff", "\ud800", "\udc00", "Ω", "İ", "ß", "\u0301", "\u200d"));
    }

    /** Arguments far beyond what a person types. */
    private static Arbitrary<String> huge() {
        return Combinators.combine(Arbitraries.of("a", "9", "\"", " ", "🔇", "\u0000", "1s", "é"),
                        Arbitraries.integers().between(1_000, 20_000))
                .as(String::repeat);
    }
}
