package dev.cogbot.runtime.control;

import java.util.List;
import java.util.Objects;

/**
 * What the CLI asks the running bot: one line of tab-separated words, the verb first.
 *
 * <pre>
 * plugins
 * settings
 * status
 * load	jokes            (or a JAR file name: load	jokes-0.1.0.jar)
 * unload	jokes            unload	jokes	with-dependants	forget-timers   (either flag, or both)
 * reload	jokes
 * backup	/absolute/path/of/backup.zip
 * </pre>
 */
public sealed interface ControlRequest {

    /** The request as words; {@link #line()} joins them. */
    List<String> words();

    /** The request as sent: one line, without its line break. */
    default String line() {
        return Wire.join(words());
    }

    /** Lists the plugins: running ones, then the folder's others. */
    record Plugins() implements ControlRequest {
        @Override
        public List<String> words() {
            return List.of("plugins");
        }
    }

    /** Lists the settings the running plugins declare, with their values. */
    record Settings() implements ControlRequest {
        @Override
        public List<String> words() {
            return List.of("settings");
        }
    }

    /** Uptime, transport, readiness and plugins. */
    record Status() implements ControlRequest {
        @Override
        public List<String> words() {
            return List.of("status");
        }
    }

    /** Loads a plugin by id, or by the name of its JAR file in the plugins folder. */
    record Load(String plugin) implements ControlRequest {
        public Load {
            Objects.requireNonNull(plugin, "plugin");
        }

        @Override
        public List<String> words() {
            return List.of("load", plugin);
        }
    }

    /**
     * Unloads a plugin; with {@code withDependants} the plugins that need it go first; with
     * {@code forgetTimers} the durable timers of those unloaded are deleted, for good.
     */
    record Unload(String pluginId, boolean withDependants, boolean forgetTimers) implements ControlRequest {
        static final String WITH_DEPENDANTS = "with-dependants";
        static final String FORGET_TIMERS = "forget-timers";

        public Unload {
            Objects.requireNonNull(pluginId, "pluginId");
        }

        /** An unload that keeps the plugins' timers for their next load. */
        public Unload(String pluginId, boolean withDependants) {
            this(pluginId, withDependants, false);
        }

        @Override
        public List<String> words() {
            List<String> words = new java.util.ArrayList<>(List.of("unload", pluginId));
            if (withDependants) {
                words.add(WITH_DEPENDANTS);
            }
            if (forgetTimers) {
                words.add(FORGET_TIMERS);
            }
            return List.copyOf(words);
        }
    }

    /** Replaces a running plugin with what is in the plugins folder now. */
    record Reload(String pluginId) implements ControlRequest {
        public Reload {
            Objects.requireNonNull(pluginId, "pluginId");
        }

        @Override
        public List<String> words() {
            return List.of("reload", pluginId);
        }
    }

    /** Writes a consistent copy of the store to {@code file}, an absolute path (the bot's working folder is not the CLI's). */
    record Backup(String file) implements ControlRequest {
        public Backup {
            Objects.requireNonNull(file, "file");
        }

        @Override
        public List<String> words() {
            return List.of("backup", file);
        }
    }

    /**
     * Reads a request line.
     *
     * @throws ControlProtocolException naming what is wrong, e.g. a verb this version does not know
     */
    static ControlRequest parse(String line) throws ControlProtocolException {
        List<String> words = Wire.split(line);
        String verb = words.getFirst();
        List<String> args = words.subList(1, words.size());
        return switch (verb) {
            case "plugins" -> {
                expect(verb, args, 0, 0);
                yield new Plugins();
            }
            case "settings" -> {
                expect(verb, args, 0, 0);
                yield new Settings();
            }
            case "status" -> {
                expect(verb, args, 0, 0);
                yield new Status();
            }
            case "load" -> {
                expect(verb, args, 1, 1);
                yield new Load(args.getFirst());
            }
            case "unload" -> {
                expect(verb, args, 1, 3);
                List<String> flags = args.subList(1, args.size());
                for (String flag : flags) {
                    if (!Unload.WITH_DEPENDANTS.equals(flag) && !Unload.FORGET_TIMERS.equals(flag)) {
                        throw new ControlProtocolException("unload takes a plugin id and optionally "
                                + Unload.FORGET_TIMERS + " and " + Unload.WITH_DEPENDANTS + ", not '" + flag + "'");
                    }
                }
                yield new Unload(args.getFirst(), flags.contains(Unload.WITH_DEPENDANTS), flags.contains(Unload.FORGET_TIMERS));
            }
            case "reload" -> {
                expect(verb, args, 1, 1);
                yield new Reload(args.getFirst());
            }
            case "backup" -> {
                expect(verb, args, 1, 1);
                yield new Backup(args.getFirst());
            }
            default -> throw new ControlProtocolException("unknown request '" + verb + "'");
        };
    }

    private static void expect(String verb, List<String> args, int min, int max) throws ControlProtocolException {
        if (args.size() < min || args.size() > max) {
            throw new ControlProtocolException(verb + " takes " + (min == max ? min : min + " to " + max)
                    + " word(s), not " + args.size());
        }
    }
}
