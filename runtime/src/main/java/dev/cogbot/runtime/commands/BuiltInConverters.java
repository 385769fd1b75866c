package dev.cogbot.runtime.commands;

/** Registers the runtime's converters, the way a plugin registers its own, under the runtime's name. */
public final class BuiltInConverters {

    private BuiltInConverters() {
    }

    public static void registerInto(ConverterRegistry registry, Lookups lookups) {
        ValueConverters.registerInto(registry);
        ModelConverters.registerInto(registry, lookups);
    }
}
