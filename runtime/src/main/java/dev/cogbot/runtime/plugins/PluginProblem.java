package dev.cogbot.runtime.plugins;

import java.util.List;

/**
 * Why a plugin operation did not happen. Each says, in one line, what was wrong and what to do;
 * the CLI maps them to exit codes, chat replies with the line, the folder watcher logs it.
 */
public sealed interface PluginProblem {

    /** One line for a person. */
    String message();

    record NoSuchPlugin(String what) implements PluginProblem {
        @Override
        public String message() {
            return "no plugin '" + what + "' is loaded or in the plugins folder; 'cogbot plugins' lists them";
        }
    }

    record NotLoaded(String id) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " is in the plugins folder but not loaded; load it first";
        }
    }

    record OutsidePluginsFolder(String given) implements PluginProblem {
        @Override
        public String message() {
            return "'" + given + "' is not a file in the plugins folder; copy the JAR there and load it by name";
        }
    }

    record NotAPluginJar(String file, String reason) implements PluginProblem {
        @Override
        public String message() {
            return file + " is not a plugin: " + reason;
        }
    }

    record AlreadyLoaded(String id, String file) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " is already loaded (from " + file + "); use reload to replace it";
        }
    }

    record DuplicateId(String id, String file, String otherFile) implements PluginProblem {
        @Override
        public String message() {
            return file + " and " + otherFile + " both contain plugin " + id + "; remove one of them";
        }
    }

    record MissingDependencies(String id, String file, List<String> missing) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") needs plugin(s) " + String.join(", ", missing)
                    + ", which are not loaded; load them first";
        }
    }

    record WrongDependencyVersion(String id, String file, String dependency, String required, String loaded)
            implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") needs plugin " + dependency + " " + required + ", but "
                    + dependency + " " + loaded + " is loaded; reload " + dependency + " from a matching JAR first";
        }
    }

    record NeedsNewerRuntime(String id, String file, String requires, String runtime) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") requires cogbot " + requires + ", but this is "
                    + runtime + "; upgrade cogbot or use a matching plugin version";
        }
    }

    record StartFailed(String id, String file, String reason) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") failed to start: " + reason;
        }
    }

    /** A value set for one of the plugin's declared settings is not one it takes; {@code reason} says which and why. */
    record BadSetting(String id, String file, String reason) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") not loaded: " + reason;
        }
    }

    record HasDependants(String id, List<String> dependants) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " is needed by " + String.join(", ", dependants)
                    + "; unload those first, or unload them all together with --with-dependants";
        }
    }

    // --- what PluginJarCheck finds in a JAR's classes; the runtime refuses or warns, an author's build fails

    record BundlesTheApi(String id, String file) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") contains its own copy of cogbot-api, so the bot cannot see its cogs;"
                    + " depend on cogbot-api with scope provided";
        }
    }

    record IndexedClassMissing(String id, String file, String className) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") lists class " + className + " in META-INF/extensions.idx,"
                    + " but the JAR has no such class; rebuild it from clean (mvn clean package)";
        }
    }

    record NotACog(String id, String file, String className) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") lists class " + className + " in META-INF/extensions.idx,"
                    + " but it does not implement dev.cogbot.api.Cog; implement Cog, or remove its @Extension";
        }
    }

    record MissingExtensionIndex(String id, String file, List<String> cogs) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") has no META-INF/extensions.idx, so the bot finds none of its cogs ("
                    + String.join(", ", cogs) + "); compile with PF4J's annotation processor"
                    + " (org.pf4j:pf4j on the annotation processor path, as cogbot-plugin-parent does)";
        }
    }

    record MissingExtension(String id, String file, String className) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + "): class " + className + " implements Cog but is missing @Extension,"
                    + " so the bot will not load it; add @Extension (org.pf4j.Extension) and compile with PF4J's annotation processor";
        }
    }

    record NoCogs(String id, String file) implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") has no cogs: no class in it implements dev.cogbot.api.Cog;"
                    + " write a public class that implements Cog and mark it @Extension";
        }
    }

    // --- a cluster of nodes (cluster mode on PostgreSQL)

    /**
     * This node's JAR of a plugin is not the one the cluster runs: refused, so no two nodes run
     * different code under the same plugin id.
     */
    record ChecksumMismatch(String id, String file, String nodeId, String jarSha256, String clusterSha256)
            implements PluginProblem {
        @Override
        public String message() {
            return "plugin " + id + " (" + file + ") on node " + nodeId + " has SHA-256 " + shortly(jarSha256)
                    + ", but the cluster runs SHA-256 " + shortly(clusterSha256) + "; copy the same JAR to every node,"
                    + " then 'cogbot reload " + id + "' on any one of them";
        }

        private static String shortly(String sha256) {
            return sha256.substring(0, 12) + "...";
        }
    }

    /** Another node of the cluster refused, and said why in {@code message}. */
    record OnAnotherNode(String nodeId, String message) implements PluginProblem {
    }

    /** The cluster's database could not be reached, so the other nodes were not asked. */
    record ClusterUnreachable(String operation, String reason) implements PluginProblem {
        @Override
        public String message() {
            return "could not tell the cluster to " + operation + " (" + reason + "); ask again once PostgreSQL"
                    + " answers";
        }
    }
}
