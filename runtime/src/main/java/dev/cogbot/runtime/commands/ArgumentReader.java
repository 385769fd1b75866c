package dev.cogbot.runtime.commands;

import dev.cogbot.api.Context;
import dev.cogbot.api.error.BadArgument;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.MissingArgument;
import dev.cogbot.api.error.NoPrivateMessage;
import dev.cogbot.api.error.TooManyArguments;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a command's arguments from the words after its name, in discord.py's way: one word each,
 * the rest of the message, or for {@code Optional} and {@code List} arguments as many words as
 * convert, leaving the first that does not for the next argument.
 *
 * <p>One change from discord.py: a word an {@code Optional} or {@code List} argument passed over
 * and no later argument took is reported as the error it was, rather than dropped as an extra
 * word. {@code !hug bobb} answers "no member 'bobb'" instead of hugging no one.
 */
final class ArgumentReader {

    private final Context ctx;
    private final CommandDefinition command;

    ArgumentReader(Context ctx, CommandDefinition command) {
        this.ctx = ctx;
        this.command = command;
    }

    /** The arguments to call the command's method with, the context first. */
    Object[] read(String text, String prefix) {
        List<ArgumentSpec> specs = command.arguments();
        List<Tokenizer.Token> tokens = Tokenizer.split(text);
        Object[] values = new Object[specs.size() + 1];
        values[0] = ctx;
        int next = 0;
        CommandError passedOver = null;
        int passedOverAt = -1;
        for (int i = 0; i < specs.size(); i++) {
            ArgumentSpec spec = specs.get(i);
            boolean more = next < tokens.size();
            switch (spec.shape()) {
                case SINGLE, REST -> {
                    String raw;
                    if (more) {
                        raw = spec.rest() ? text.substring(tokens.get(next).start()) : tokens.get(next).text();
                        next = spec.rest() ? tokens.size() : next + 1;
                    } else if (spec.required()) {
                        throw new MissingArgument(spec.name());
                    } else {
                        raw = spec.fallback().orElseThrow();
                    }
                    values[i + 1] = convert(i, raw);
                }
                case OPTIONAL -> {
                    values[i + 1] = Optional.empty();
                    if (more) {
                        try {
                            values[i + 1] = Optional.of(convert(i, tokens.get(next).text()));
                            next++;
                        } catch (BadArgument | NoPrivateMessage refused) {
                            if (passedOver == null || passedOverAt != next) {
                                passedOver = refused;
                                passedOverAt = next;
                            }
                        }
                    }
                }
                case GREEDY -> {
                    List<Object> taken = new ArrayList<>();
                    while (next < tokens.size()) {
                        try {
                            taken.add(convert(i, tokens.get(next).text()));
                            next++;
                        } catch (BadArgument | NoPrivateMessage refused) {
                            if (passedOver == null || passedOverAt != next) {
                                passedOver = refused;
                                passedOverAt = next;
                            }
                            break;
                        }
                    }
                    values[i + 1] = List.copyOf(taken);
                }
                case VARARGS -> {
                    Object all = Array.newInstance(spec.type(), tokens.size() - next);
                    for (int at = 0; next < tokens.size(); at++, next++) {
                        Array.set(all, at, convert(i, tokens.get(next).text()));
                    }
                    values[i + 1] = all;
                }
            }
        }
        if (next < tokens.size()) {
            if (passedOver != null && passedOverAt == next) {
                throw passedOver;
            }
            if (!command.ignoreExtra()) {
                int most = specs.size();
                throw new TooManyArguments(prefix + command.name() + " takes "
                        + (most == 0 ? "no arguments" : "at most " + most + (most == 1 ? " argument" : " arguments"))
                        + ", but got " + tokens.size());
            }
        }
        return values;
    }

    /**
     * The arguments from a slash command's options, by argument name: a single or rest argument
     * takes its option's value as it is (a value with spaces is one value, not re-read as words); an
     * {@code Optional} is empty when its option is absent and converted when present (a value that
     * does not convert is reported, not skipped as a word would be); a {@code List} or varargs
     * argument reads its value's words as a prefix command would. A required argument without its
     * option is a {@link MissingArgument}; one with a fallback takes the fallback.
     */
    Object[] readOptions(java.util.Map<String, String> options) {
        List<ArgumentSpec> specs = command.arguments();
        Object[] values = new Object[specs.size() + 1];
        values[0] = ctx;
        for (int i = 0; i < specs.size(); i++) {
            ArgumentSpec spec = specs.get(i);
            String given = options.get(spec.name());
            values[i + 1] = switch (spec.shape()) {
                case SINGLE, REST -> {
                    if (given != null) {
                        yield convert(i, given);
                    }
                    if (spec.required()) {
                        throw new MissingArgument(spec.name());
                    }
                    yield convert(i, spec.fallback().orElseThrow());
                }
                case OPTIONAL -> given == null ? Optional.empty() : Optional.of(convert(i, given));
                case GREEDY -> {
                    List<Object> taken = new ArrayList<>();
                    for (Tokenizer.Token word : given == null ? List.<Tokenizer.Token>of() : Tokenizer.split(given)) {
                        taken.add(convert(i, word.text()));
                    }
                    yield List.copyOf(taken);
                }
                case VARARGS -> {
                    List<Tokenizer.Token> words = given == null ? List.of() : Tokenizer.split(given);
                    Object all = Array.newInstance(spec.type(), words.size());
                    for (int at = 0; at < words.size(); at++) {
                        Array.set(all, at, convert(i, words.get(at).text()));
                    }
                    yield all;
                }
            };
        }
        return values;
    }

    /** Converts one word (or the fallback) of the argument at {@code index} with the converter chosen at load. */
    private Object convert(int index, String raw) {
        return convert(command.converters().of(index), command.arguments().get(index), ctx, raw);
    }

    /**
     * Runs one converter on one word, naming the argument in a converter's refusal; also how a
     * fallback is tried out when a cog loads.
     */
    static Object convert(ConverterRegistry.Entry entry, ArgumentSpec spec, Context ctx, String raw) {
        try {
            return entry.read(spec, ctx, raw);
        } catch (BadArgument refused) {
            if (refused.argument() == null) {
                refused.initArgument(spec.name());
            }
            throw refused;
        }
    }
}
