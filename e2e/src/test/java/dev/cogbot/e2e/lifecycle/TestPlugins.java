package dev.cogbot.e2e.lifecycle;

import dev.cogbot.api.Cog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Plugin JARs made by the test: small cog sources compiled with the JDK's compiler against the
 * plugin API, packed with a PF4J manifest and a {@code META-INF/extensions.idx} listing the cogs,
 * exactly as the build packs the real plugins. Each plugin gets a package of its own, so two
 * versions of "the same" cog never share a class name.
 *
 * <pre>{@code
 * TestPlugins.plugin("greeter", "1.0.0")
 *         .cog("""
 *             public final class GreeterCog implements Cog {
 *                 @Command(name = "greet") public void greet(Context ctx) { ctx.send("hello"); }
 *             }""")
 *         .writeTo(pluginsDir.resolve("greeter-1.0.0.jar"));
 * }</pre>
 *
 * Sources are written without a package line; they see {@code dev.cogbot.api.*},
 * {@code dev.cogbot.api.error.*}, {@code java.time.*}, {@code java.util.*} and
 * {@code java.util.concurrent.*}.
 */
public final class TestPlugins {

    /** The Plugin-Requires of the real plugins. */
    static final String REQUIRES = ">=0.1.0 & <1.0.0";

    private static final AtomicInteger PACKAGES = new AtomicInteger();
    private static final Pattern TYPE_NAME = Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");
    private static final String IMPORTS = """
            import dev.cogbot.api.*;
            import dev.cogbot.api.error.*;
            import dev.cogbot.api.event.*;
            import java.time.*;
            import java.util.*;
            import java.util.concurrent.*;
            """;

    private TestPlugins() {
    }

    public static Builder plugin(String id, String version) {
        return new Builder(id, version);
    }

    /** Bytes that are not a zip at all. */
    static byte[] notAZip() {
        return "this is not a JAR, just text with a .jar name\n".repeat(20).getBytes(StandardCharsets.UTF_8);
    }

    /** A well-formed zip holding a class-like entry and no plugin descriptor (no manifest, no plugin.properties). */
    static byte[] zipWithoutDescriptor() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("some/Thing.class"));
            zip.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("no descriptor here".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A JAR whose manifest has no Plugin-Id. */
    static byte[] jarWithoutPluginId() {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Plugin-Version", "1.0.0");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A JAR whose manifest names plugin {@code id} but has no Plugin-Version. */
    static byte[] jarWithoutPluginVersion(String id) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Plugin-Id", id);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
            jar.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static final class Builder {
        private final String id;
        private final String version;
        private final String packageName;
        private String requires = REQUIRES;
        private final List<String> dependencies = new ArrayList<>();
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final Set<String> cogs = new LinkedHashSet<>();
        private final Set<String> leftOut = new LinkedHashSet<>();
        private final List<String> extraIndexEntries = new ArrayList<>();
        private final Map<String, byte[]> resources = new LinkedHashMap<>();

        private Builder(String id, String version) {
            this.id = id;
            this.version = version;
            this.packageName = "testplugins.plugin_" + javaName(id) + ".v" + javaName(version) + "_" + PACKAGES.incrementAndGet();
        }

        /** Plugin-Requires; {@code null} leaves it out. */
        Builder requires(String range) {
            this.requires = range;
            return this;
        }

        /** Adds a Plugin-Dependencies entry. */
        Builder dependsOn(String pluginId) {
            dependencies.add(pluginId);
            return this;
        }

        /** A cog class (listed in extensions.idx). */
        public Builder cog(String source) {
            String name = typeName(source);
            sources.put(name, source);
            cogs.add(name);
            return this;
        }

        /** A class that is not a cog. */
        public Builder helper(String source) {
            sources.put(typeName(source), source);
            return this;
        }

        /** Compiles the class {@code simpleName} (and its nested classes) but leaves it out of the JAR. */
        Builder leaveOut(String simpleName) {
            leftOut.add(simpleName);
            return this;
        }

        /** Lists a class in extensions.idx that is not in the JAR at all. */
        Builder indexAlso(String simpleName) {
            extraIndexEntries.add(packageName + "." + simpleName);
            return this;
        }

        /** A file in the JAR besides the classes, e.g. {@code jokes.txt}. */
        Builder resource(String path, String text) {
            resources.put(path, text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** The fully qualified name of a class of this plugin. */
        public String className(String simpleName) {
            return packageName + "." + simpleName;
        }

        byte[] build() {
            Path classes = compile();
            try {
                Manifest manifest = new Manifest();
                Attributes main = manifest.getMainAttributes();
                main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
                main.putValue("Plugin-Id", id);
                main.putValue("Plugin-Version", version);
                if (requires != null) {
                    main.putValue("Plugin-Requires", requires);
                }
                if (!dependencies.isEmpty()) {
                    main.putValue("Plugin-Dependencies", String.join(", ", dependencies));
                }
                main.putValue("Plugin-Provider", "cogbot tests");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
                    List<String> index = new ArrayList<>();
                    cogs.forEach(cog -> index.add(packageName + "." + cog));
                    index.addAll(extraIndexEntries);
                    jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                    jar.write((String.join("\n", index) + "\n").getBytes(StandardCharsets.UTF_8));
                    jar.closeEntry();
                    for (Map.Entry<String, byte[]> resource : resources.entrySet()) {
                        jar.putNextEntry(new JarEntry(resource.getKey()));
                        jar.write(resource.getValue());
                        jar.closeEntry();
                    }
                    try (Stream<Path> files = Files.walk(classes)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            String simple = file.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
                            if (leftOut.contains(simple)) {
                                continue;
                            }
                            String entry = classes.relativize(file).toString().replace('\\', '/');
                            jar.putNextEntry(new JarEntry(entry));
                            jar.write(Files.readAllBytes(file));
                            jar.closeEntry();
                        }
                    }
                }
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteTree(classes);
            }
        }

        /** Builds the JAR and writes it to {@code file}, replacing whatever is there; returns {@code file}. */
        public Path writeTo(Path file) {
            write(file, build());
            return file;
        }

        private Path compile() {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac == null) {
                throw new IllegalStateException("the tests need a JDK (javax.tools compiler), not a JRE");
            }
            Path out;
            try {
                out = Files.createTempDirectory("cogbot-test-plugin-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
                files.setLocationFromPaths(StandardLocation.CLASS_PATH, compileClassPath());
                List<JavaFileObject> units = new ArrayList<>();
                sources.forEach((name, body) -> units.add(new Source(packageName, name,
                        "package " + packageName + ";\n" + IMPORTS + body)));
                boolean ok = javac.getTask(null, files, diagnostics,
                        List.of("--release", "21", "-proc:none", "-nowarn"), null, units).call();
                if (!ok) {
                    throw new IllegalStateException("test plugin " + id + " " + version + " does not compile: "
                            + diagnostics.getDiagnostics());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }
    }

    static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plugin API and PF4J, wherever the test run has them (JARs in the local repository, or class folders). */
    private static List<Path> compileClassPath() {
        return List.of(locationOf(Cog.class), locationOf(org.pf4j.ExtensionPoint.class));
    }

    private static Path locationOf(Class<?> type) {
        try {
            URI location = type.getProtectionDomain().getCodeSource().getLocation().toURI();
            return Path.of(location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeName(String source) {
        Matcher m = TYPE_NAME.matcher(source);
        if (!m.find()) {
            throw new IllegalArgumentException("no class in " + source);
        }
        return m.group(1);
    }

    private static String javaName(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String packageName, String simpleName, String code) {
            super(URI.create("string:///" + packageName.replace('.', '/') + "/" + simpleName + Kind.SOURCE.extension),
                    Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }

        @Override
        public OutputStream openOutputStream() {
            throw new UnsupportedOperationException();
        }
    }
}
