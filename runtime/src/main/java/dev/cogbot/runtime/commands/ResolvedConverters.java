package dev.cogbot.runtime.commands;

import java.util.List;

/**
 * The converter of each argument of one command, chosen once when its cog is checked at load. A
 * command still converting while its plugin unloads keeps the converters it was loaded with: the
 * unload cancels the plugin's registrations before it interrupts its threads, and a lookup in that
 * gap would find none and report a bug instead of the cancellation it is.
 */
final class ResolvedConverters {

    private volatile List<ConverterRegistry.Entry> entries;

    void resolve(List<ConverterRegistry.Entry> resolved) {
        entries = List.copyOf(resolved);
    }

    /** The converter of the argument at {@code index}. */
    ConverterRegistry.Entry of(int index) {
        List<ConverterRegistry.Entry> resolved = entries;
        if (resolved == null) {
            throw new IllegalStateException("the command's converters were not resolved; its cog was not checked at load");
        }
        return resolved.get(index);
    }
}
