package dev.cogbot.runtime.commands;

import dev.cogbot.api.Context;
import dev.cogbot.api.error.BadArgument;

/**
 * A converter as the registry holds it: besides the invocation and the word, it sees the argument
 * it converts for, whose options (the unit of a bare-number duration) some built-ins read. A
 * plugin's {@link dev.cogbot.api.Converter} is held as one that ignores the argument.
 */
@FunctionalInterface
interface ArgumentConverter {

    Object convert(ArgumentSpec spec, Context ctx, String text) throws BadArgument;
}
