package dev.cogbot.runtime.commands;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Context;
import dev.cogbot.api.Converter;
import dev.cogbot.api.error.BadArgument;
import dev.cogbot.api.error.CommandError;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every converter: the runtime's built-ins and the plugins' own, one open mapping from a type to
 * how to read it, like discord.py's converters.
 *
 * <p>A converter belongs to who registered it. A command's argument is read by its own plugin's
 * converter for the type if there is one, else by the runtime's; plugins never see each other's.
 * So two plugins may each bring a converter for the same type (a {@code LocalDate}, say) without
 * either changing how the other's commands read, and unloading one never breaks the other. One
 * owner registering the same type twice is refused: that is a mistake, never a choice.
 *
 * <p>Any enum without a converter of its own is read by the one registered for {@code Enum}.
 */
public final class ConverterRegistry {

    private static final Logger log = LoggerFactory.getLogger(ConverterRegistry.class);

    /** The most a word for a value (number, yes/no, duration, choice, name or id) may hold; far beyond any real one. */
    static final int MAX_VALUE_LENGTH = 100;

    /** The most any other argument may hold: what Discord lets a person send in one message. */
    static final int MAX_TEXT_LENGTH = 4000;

    /**
     * A converter and what it is, for errors and help.
     *
     * @param label      how the type reads in a list of convertible types, e.g. {@code "int"} or {@code "an enum"}
     * @param maxLength  the longest word it is given; a longer one is refused before it runs
     * @param pure       whether it reads nothing but the word (not the invocation), so a fallback
     *                   can be tried out when the cog loads
     */
    record Entry(String owner, Class<?> type, String label, int maxLength, boolean pure, ArgumentConverter converter,
            long order) {

        /**
         * Converts one word, refusing an over-long one before any parsing (naming the limit instead
         * of quoting the text back); a refusal is left for the caller to name the argument of.
         */
        Object read(ArgumentSpec spec, Context ctx, String raw) {
            if (raw.length() > maxLength) {
                throw new BadArgument(spec.name(), "<" + spec.name() + "> is too long (" + raw.length()
                        + " characters); it takes at most " + maxLength);
            }
            Object value = converter.convert(spec, ctx, raw);
            if (value == null) {
                throw new IllegalStateException("the converter for " + spec.type().getName() + " returned null for <"
                        + spec.name() + ">");
            }
            return value;
        }
    }

    private record Key(String owner, Class<?> type) {
    }

    private final String runtimeId;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong registrations = new AtomicLong();

    /** @param runtimeId the owner under which the runtime registers its built-ins */
    public ConverterRegistry(String runtimeId) {
        this.runtimeId = runtimeId;
    }

    /**
     * Registers a plugin's converter; the returned handle removes it again.
     *
     * @throws IllegalStateException if {@code owner} already has a converter for {@code type}
     */
    public <T> Cancellable register(String owner, Class<T> type, Converter<? extends T> converter) {
        ArgumentConverter reading = (spec, ctx, text) -> readWith(converter, spec, ctx, text);
        return add(new Entry(owner, type, type.getSimpleName(), MAX_TEXT_LENGTH, false, reading,
                registrations.incrementAndGet()));
    }

    /** Registers one of the runtime's own converters, which may read the argument's options. */
    Cancellable registerBuiltIn(Class<?> type, String label, int maxLength, boolean pure, ArgumentConverter converter) {
        return add(new Entry(runtimeId, type, label, maxLength, pure, converter, registrations.incrementAndGet()));
    }

    private Cancellable add(Entry entry) {
        Key key = new Key(entry.owner(), entry.type());
        Entry taken = entries.putIfAbsent(key, entry);
        if (taken != null) {
            throw new IllegalStateException((entry.owner().equals(runtimeId) ? "the runtime" : "plugin " + entry.owner())
                    + " already has a converter for " + entry.type().getName() + "; register one per type");
        }
        return new Cancellable() {
            private volatile boolean cancelled;

            @Override
            public void cancel() {
                cancelled = true;
                entries.remove(key, entry);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    /** The converter that reads {@code type} for the commands of {@code pluginId}. */
    Optional<Entry> find(String pluginId, Class<?> type) {
        Class<?> boxed = boxed(type);
        List<Class<?>> candidates = boxed.isEnum() ? List.of(boxed, Enum.class) : List.of(type, boxed);
        for (Class<?> candidate : candidates) {
            for (String owner : List.of(pluginId, runtimeId)) {
                Entry entry = entries.get(new Key(owner, candidate));
                if (entry != null) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the commands of {@code pluginId} read {@code type} with a converter the plugin
     * registered itself rather than the runtime's: what it accepts is then the plugin's to say, so
     * a slash command offers it as plain text.
     */
    public boolean readsWithOwnConverter(String pluginId, Class<?> type) {
        return !pluginId.equals(runtimeId) && find(pluginId, type).map(e -> e.owner().equals(pluginId)).orElse(false);
    }

    /**
     * {@code text} converted to {@code type} as an argument of a command of {@code pluginId} would
     * be ({@link Context#convert}): by the plugin's own converter for it, else the runtime's. A
     * converter's refusal is left unnamed, so that when a plugin's converter hands a word over, the
     * argument being read is the one named.
     *
     * @throws IllegalArgumentException if nothing converts {@code type} for the plugin
     */
    @SuppressWarnings("unchecked")
    <T> T convert(String pluginId, Class<T> type, Context ctx, String text) {
        Entry entry = find(pluginId, type).orElseThrow(() -> new IllegalArgumentException("nothing converts "
                + type.getName() + " for plugin " + pluginId + "; use one of " + describe(pluginId)
                + ", or register a converter for it with bot.addConverter in onLoad"));
        ArgumentSpec spec = new ArgumentSpec(type.getSimpleName().toLowerCase(java.util.Locale.ROOT), type,
                ArgumentSpec.Shape.SINGLE, Optional.empty(), java.time.temporal.ChronoUnit.SECONDS, "", "");
        return (T) entry.read(spec, ctx, text);
    }

    /** The types the commands of {@code pluginId} can take, built-ins first: for the error that names a type with none. */
    String describe(String pluginId) {
        List<String> runtime = new ArrayList<>();
        List<String> own = new ArrayList<>();
        entries.values().stream()
                .sorted(java.util.Comparator.comparingLong(Entry::order))
                .forEach(e -> {
                    if (e.owner().equals(runtimeId)) {
                        runtime.add(e.label());
                    } else if (e.owner().equals(pluginId)) {
                        own.add(e.label());
                    }
                });
        runtime.addAll(own);
        return String.join(", ", runtime);
    }

    /** {@code int} → {@code Integer}: the built-ins are registered for the boxed types and read both. */
    private static Class<?> boxed(Class<?> type) {
        return type.isPrimitive() ? MethodType.methodType(type).wrap().returnType() : type;
    }

    private static Object readWith(Converter<?> converter, ArgumentSpec spec, Context ctx, String text) {
        try {
            return converter.convert(ctx, text);
        } catch (CommandError refused) {
            throw refused;
        } catch (RuntimeException refused) {
            // as discord.py does for a plain callable: a parse method's exception means the word is no value
            log.debug("The converter for {} refused '{}'", spec.type().getName(), Excerpt.of(text), refused);
            throw new BadArgument(spec.name(), "<" + spec.name() + "> must be a " + spec.type().getSimpleName()
                    + ", not '" + Excerpt.of(text) + "'");
        }
    }
}
