package dev.cogbot.runtime.control;

import java.util.List;
import java.util.Objects;

/**
 * What the CLI asks the running bot: one line of tab-separated words, the verb first.
 *
 * <pre>
 * plugins
 * status
 * load	jokes            (or a JAR file name: load	jokes-0.1.0.jar)
 * unload	jokes            unload	jokes	with-dependants
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

    /** Unloads a plugin; with {@code withDependants} the plugins that need it go first. */
    record Unload(String pluginId, boolean withDependants) implements ControlRequest {
        static final String WITH_DEPENDANTS = "with-dependants";

        public Unload {
            Objects.requireNonNull(pluginId, "pluginId");
        }

        @Override
        public List<String> words() {
            return withDependants ? List.of("unload", pluginId, WITH_DEPENDANTS) : List.of("unload", pluginId);
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
            case "status" -> {
                expect(verb, args, 0, 0);
                yield new Status();
            }
            case "load" -> {
                expect(verb, args, 1, 1);
                yield new Load(args.getFirst());
            }
            case "unload" -> {
                expect(verb, args, 1, 2);
                if (args.size() == 2 && !Unload.WITH_DEPENDANTS.equals(args.get(1))) {
                    throw new ControlProtocolException("unload takes a plugin id and optionally "
                            + Unload.WITH_DEPENDANTS + ", not '" + args.get(1) + "'");
                }
                yield new Unload(args.getFirst(), args.size() == 2);
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
