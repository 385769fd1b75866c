package dev.cogbot.runtime.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;

/**
 * A built plugin JAR checked as the runtime will load it, without running any of its code: its
 * descriptor ({@link PluginJar#inspect}), its {@code Plugin-Requires} ({@link ApiRequirement}),
 * its extension index {@code META-INF/extensions.idx}, that each class the index lists is in the
 * JAR and is a {@code Cog}, that no cog lacks {@code @Extension}, and that it carries no copy of
 * cogbot-api. Classes are read as bytes with ASM, following superclasses and interfaces inside
 * the JAR.
 *
 * <p>The runtime's load path and an author's build ({@code cogbot-maven-plugin}'s {@code check})
 * both run it, so both say the same line. They differ only in what they do with it: the runtime
 * {@linkplain Report#refusals() refuses} only what could never run (it has always refused these),
 * and loads the rest with a {@linkplain Report#warnings() warning}, as it always has; a build
 * fails on either, because a plugin whose cogs the bot cannot find is not what its author meant.
 *
 * <pre>{@code
 * PluginJarCheck.Report report = PluginJarCheck.check(Path.of("target/hello-1.0.0.jar"), "0.1.0");
 * report.problems().forEach(problem -> System.err.println(problem.message()));
 * }</pre>
 */
public final class PluginJarCheck {

    static final String EXTENSION_INDEX = "META-INF/extensions.idx";
    private static final String COG = "dev/cogbot/api/Cog";
    private static final String API_PACKAGE = "dev/cogbot/api/";

    private PluginJarCheck() {
    }

    /**
     * What is wrong with a plugin JAR.
     *
     * @param refusals what the runtime refuses to load, first the reason it gives
     * @param warnings what the runtime loads anyway, and warns about; an author's build fails on these too
     */
    public record Report(List<PluginProblem> refusals, List<PluginProblem> warnings) {

        public Report {
            refusals = List.copyOf(refusals);
            warnings = List.copyOf(warnings);
        }

        /** Every problem, refusals first. */
        public List<PluginProblem> problems() {
            List<PluginProblem> all = new ArrayList<>(refusals);
            all.addAll(warnings);
            return all;
        }

        /** No problem at all: the plugin loads and the bot finds every cog in it. */
        public boolean passes() {
            return refusals.isEmpty() && warnings.isEmpty();
        }

        /** Throws the first refusal, as the runtime would refuse the JAR. */
        public void throwFirstRefusal() {
            if (!refusals.isEmpty()) {
                throw new PluginOperationException(refusals.getFirst());
            }
        }
    }

    /** Checks the JAR at {@code file} against plugin API {@code apiVersion}. */
    public static Report check(Path file, String apiVersion) {
        PluginJar jar;
        try {
            jar = PluginJar.inspect(file);
        } catch (PluginOperationException e) {
            return new Report(List.of(e.problem()), List.of());
        }
        return check(jar, apiVersion);
    }

    /** Checks an inspected JAR (its descriptor is readable) against plugin API {@code apiVersion}. */
    public static Report check(PluginJar jar, String apiVersion) {
        List<PluginProblem> refusals = new ArrayList<>();
        try {
            ApiRequirement.check(jar, apiVersion);
        } catch (PluginOperationException e) {
            refusals.add(e.problem());
        }
        List<PluginProblem> warnings = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.file().toFile())) {
            new Contents(jar, zip).check(refusals, warnings);
        } catch (IOException e) {
            refusals.add(new PluginProblem.NotAPluginJar(jar.fileName(), "it cannot be read: " + e.getMessage()));
        }
        return new Report(refusals, warnings);
    }

    /** Whether a class is a cog, as far as the bytes in the JAR (and the API) can tell. */
    private enum Kind { COG, NOT_A_COG, UNKNOWN }

    /** The classes in one JAR, read as bytes. */
    private static final class Contents {
        private final PluginJar jar;
        private final ZipFile zip;
        private final Map<String, Kind> kinds = new HashMap<>();

        Contents(PluginJar jar, ZipFile zip) {
            this.jar = jar;
            this.zip = zip;
        }

        void check(List<PluginProblem> refusals, List<PluginProblem> warnings) throws IOException {
            int problemsBefore = refusals.size() + warnings.size();
            if (bundlesTheApi()) {
                refusals.add(new PluginProblem.BundlesTheApi(jar.id(), jar.fileName()));
                return;
            }
            Optional<Set<String>> index = index();
            List<String> concreteCogs = concreteCogs();
            if (index.isEmpty()) {
                warnings.add(concreteCogs.isEmpty()
                        ? new PluginProblem.NoCogs(jar.id(), jar.fileName())
                        : new PluginProblem.MissingExtensionIndex(jar.id(), jar.fileName(), concreteCogs));
                return;
            }
            int cogsIndexed = 0;
            for (String className : index.get()) {
                if (zip.getEntry(entryOf(className)) == null) {
                    refusals.add(new PluginProblem.IndexedClassMissing(jar.id(), jar.fileName(), className));
                    continue;
                }
                switch (kindOf(className.replace('.', '/'))) {
                    case COG, UNKNOWN -> cogsIndexed++;
                    case NOT_A_COG -> warnings.add(new PluginProblem.NotACog(jar.id(), jar.fileName(), className));
                }
            }
            for (String cog : concreteCogs) {
                if (!index.get().contains(cog)) {
                    warnings.add(new PluginProblem.MissingExtension(jar.id(), jar.fileName(), cog));
                }
            }
            if (cogsIndexed == 0 && refusals.size() + warnings.size() == problemsBefore) {
                warnings.add(new PluginProblem.NoCogs(jar.id(), jar.fileName()));
            }
        }

        private boolean bundlesTheApi() {
            return Collections.list(zip.entries()).stream()
                    .anyMatch(e -> e.getName().startsWith(API_PACKAGE) && e.getName().endsWith(".class"));
        }

        /** The class names PF4J's index lists, in order; empty if there is no index. */
        private Optional<Set<String>> index() throws IOException {
            ZipEntry entry = zip.getEntry(EXTENSION_INDEX);
            if (entry == null) {
                return Optional.empty();
            }
            Set<String> names = new LinkedHashSet<>();
            try (InputStream in = zip.getInputStream(entry)) {
                // PF4J's format: one class name a line; blank lines and lines starting with # are skipped
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            }
            return Optional.of(names);
        }

        /** Classes in the JAR that implement Cog and PF4J could make: not abstract, not an interface, not anonymous. */
        private List<String> concreteCogs() {
            List<String> cogs = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")
                        || name.matches(".*\\$\\d+.*\\.class")) {
                    continue;
                }
                String internal = name.substring(0, name.length() - ".class".length());
                Optional<ClassReader> reader = read(internal);
                if (reader.isEmpty()
                        || (reader.get().getAccess() & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0) {
                    continue;
                }
                if (kindOf(internal) == Kind.COG) {
                    cogs.add(internal.replace('/', '.'));
                }
            }
            return cogs;
        }

        /**
         * Follows a class's superclass and interfaces through the JAR. A type the JAR does not
         * have is asked of the API, or the JDK; anything else (another plugin's class, say) is unknown.
         */
        private Kind kindOf(String internalName) {
            if (internalName.equals(COG)) {
                return Kind.COG;
            }
            Kind known = kinds.get(internalName);
            if (known != null) {
                return known;
            }
            kinds.put(internalName, Kind.UNKNOWN);   // a cycle in broken class files ends here
            Kind kind = read(internalName).map(this::kindOfRead).orElseGet(() -> kindOutside(internalName));
            kinds.put(internalName, kind);
            return kind;
        }

        private Kind kindOfRead(ClassReader reader) {
            List<String> supertypes = new ArrayList<>(List.of(reader.getInterfaces()));
            if (reader.getSuperName() != null) {
                supertypes.add(reader.getSuperName());
            }
            Kind result = Kind.NOT_A_COG;
            for (String supertype : supertypes) {
                Kind kind = kindOf(supertype);
                if (kind == Kind.COG) {
                    return Kind.COG;
                }
                if (kind == Kind.UNKNOWN) {
                    result = Kind.UNKNOWN;
                }
            }
            return result;
        }

        /** A type not in the JAR: the API's and the JDK's are looked at without loading plugin code. */
        private static Kind kindOutside(String internalName) {
            if (!internalName.startsWith("java/") && !internalName.startsWith("javax/")
                    && !internalName.startsWith(API_PACKAGE) && !internalName.startsWith("org/pf4j/")) {
                return Kind.UNKNOWN;
            }
            try {
                Class<?> type = Class.forName(internalName.replace('/', '.'), false, PluginJarCheck.class.getClassLoader());
                return dev.cogbot.api.Cog.class.isAssignableFrom(type) ? Kind.COG : Kind.NOT_A_COG;
            } catch (ClassNotFoundException | LinkageError e) {
                return Kind.UNKNOWN;
            }
        }

        private Optional<ClassReader> read(String internalName) {
            ZipEntry entry = zip.getEntry(internalName + ".class");
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(new ClassReader(in.readAllBytes()));
            } catch (IOException | RuntimeException unreadable) {
                // a damaged class file fails when the runtime loads it, with its own reason
                return Optional.empty();
            }
        }
    }

    private static String entryOf(String className) {
        return className.replace('.', '/') + ".class";
    }
}
