package dev.cogbot.runtime.plugins;

import dev.cogbot.api.Cog;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A plugin JAR built in a test the way an author's build makes one: sources compiled by the JDK's
 * compiler against the API with PF4J's annotation processor (so {@code META-INF/extensions.idx}
 * lists exactly the {@code @Extension} classes), packed with a PF4J manifest. Each JAR can then
 * be broken on purpose.
 *
 * <pre>{@code
 * Path jar = TestPluginJar.plugin("hello", "1.0.0")
 *         .source("""
 *             @Extension public final class HelloCog implements Cog {
 *                 @Command(name = "hello") public void hello(Context ctx) { ctx.send("hi"); }
 *             }""")
 *         .writeTo(dir);                                  // dir/hello-1.0.0.jar
 * }</pre>
 *
 * Sources have no package line (each JAR gets its own package, {@link #packageName()}); they see
 * {@code dev.cogbot.api.*}, {@code org.pf4j.Extension} and {@code java.util.*}.
 */
public final class TestPluginJar {

    private static final Pattern TYPE_NAME = Pattern.compile("\\b(?:class|record|interface|enum)\\s+(\\w+)");
    private static final String IMPORTS = "import dev.cogbot.api.*;\nimport org.pf4j.Extension;\nimport java.util.*;\n";

    private final String id;
    private final String version;
    private final String packageName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, String> manifest = new LinkedHashMap<>();
    private final Map<String, byte[]> extraEntries = new LinkedHashMap<>();
    private final Set<String> leftOut = new LinkedHashSet<>();
    private final List<String> extraIndexLines = new ArrayList<>();
    private boolean index = true;
    private boolean bundleApi;

    private TestPluginJar(String id, String version) {
        this.id = id;
        this.version = version;
        this.packageName = "testjar." + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_")
                + ".v" + version.replaceAll("[^0-9A-Za-z]", "_") + "_" + Long.toHexString(System.nanoTime());
        manifest.put("Plugin-Id", id);
        manifest.put("Plugin-Version", version);
        manifest.put("Plugin-Requires", ">=0.1.0 & <1.0.0");
        manifest.put("Plugin-Provider", "cogbot tests");
    }

    /** A plugin with a well-formed manifest and no classes yet. */
    public static TestPluginJar plugin(String id, String version) {
        return new TestPluginJar(id, version);
    }

    /** The cog most tests need: {@code HelloCog}, marked {@code @Extension}, answering {@code hello} with "hi". */
    public TestPluginJar helloCog() {
        return source("""
                @Extension public final class HelloCog implements Cog {
                    @Command(name = "hello") public void hello(Context ctx) { ctx.send("hi"); }
                }""");
    }

    /** A source file: one top-level type, without a package line. */
    public TestPluginJar source(String source) {
        Matcher m = TYPE_NAME.matcher(source);
        if (!m.find()) {
            throw new IllegalArgumentException("no class in " + source);
        }
        sources.put(m.group(1), source);
        return this;
    }

    /** A manifest attribute; {@code null} removes it. */
    public TestPluginJar manifest(String name, String value) {
        if (value == null) {
            manifest.remove(name);
        } else {
            manifest.put(name, value);
        }
        return this;
    }

    /** Plugin-Requires; {@code null} leaves it out. */
    public TestPluginJar requires(String range) {
        return manifest("Plugin-Requires", range);
    }

    /** Leaves out META-INF/extensions.idx, as a build without PF4J's annotation processor does. */
    public TestPluginJar withoutIndex() {
        this.index = false;
        return this;
    }

    /** Adds a line to META-INF/extensions.idx, e.g. a class the JAR does not have. */
    public TestPluginJar indexAlso(String simpleName) {
        extraIndexLines.add(className(simpleName));
        return this;
    }

    /** Compiles the class but leaves it out of the JAR. */
    public TestPluginJar leaveOut(String simpleName) {
        leftOut.add(simpleName);
        return this;
    }

    /** Packs the plugin API's classes into the JAR, as a build with cogbot-api in compile scope would. */
    public TestPluginJar bundlingTheApi() {
        this.bundleApi = true;
        return this;
    }

    /** Any other entry, e.g. a resource. */
    public TestPluginJar entry(String path, String text) {
        extraEntries.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public String packageName() {
        return packageName;
    }

    /** The binary name of one of its classes. */
    public String className(String simpleName) {
        return packageName + "." + simpleName;
    }

    /** Writes {@code <id>-<version>.jar} into {@code dir}; returns it. */
    public Path writeTo(Path dir) {
        return writeAs(dir.resolve(id + "-" + version + ".jar"));
    }

    /** Writes the JAR to {@code file}; returns it. */
    public Path writeAs(Path file) {
        Path classes = compile();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Manifest mf = new Manifest();
            Attributes main = mf.getMainAttributes();
            main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.forEach(main::putValue);
            try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(file), mf)) {
                Path idx = classes.resolve(PluginJarCheck.EXTENSION_INDEX);
                if (index) {
                    String listed = Files.exists(idx) ? Files.readString(idx) : "";
                    for (String line : extraIndexLines) {
                        listed += line + "\n";
                    }
                    put(jar, PluginJarCheck.EXTENSION_INDEX, listed.getBytes(StandardCharsets.UTF_8));
                }
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                        String simple = f.getFileName().toString().replaceAll("(\\$.*)?\\.class$", "");
                        if (!leftOut.contains(simple)) {
                            put(jar, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                        }
                    }
                }
                if (bundleApi) {
                    Path api = locationOf(Cog.class);
                    put(jar, "dev/cogbot/api/Cog.class", Files.isDirectory(api)
                            ? Files.readAllBytes(api.resolve("dev/cogbot/api/Cog.class"))
                            : readFromJar(api, "dev/cogbot/api/Cog.class"));
                }
                for (Map.Entry<String, byte[]> e : extraEntries.entrySet()) {
                    put(jar, e.getKey(), e.getValue());
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(classes);
        }
    }

    private static void put(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }

    private static byte[] readFromJar(Path jarFile, String entry) throws IOException {
        try (var zip = new java.util.zip.ZipFile(jarFile.toFile())) {
            return zip.getInputStream(zip.getEntry(entry)).readAllBytes();
        }
    }

    private Path compile() {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the tests need a JDK (javax.tools compiler), not a JRE");
        }
        try {
            Path out = Files.createTempDirectory("cogbot-test-jar-");
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<Path> classPath = List.of(locationOf(Cog.class), locationOf(org.pf4j.Extension.class));
                files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
                files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
                files.setLocationFromPaths(StandardLocation.ANNOTATION_PROCESSOR_PATH, classPath);
                List<JavaFileObject> units = new ArrayList<>();
                sources.forEach((name, body) -> units.add(new Source(packageName, name,
                        "package " + packageName + ";\n" + IMPORTS + body)));
                boolean ok = javac.getTask(null, files, diagnostics, List.of("--release", "21", "-nowarn",
                        "-processor", "org.pf4j.processor.ExtensionAnnotationProcessor"), null, units).call();
                if (!ok) {
                    throw new IllegalStateException("test plugin " + id + " does not compile: " + diagnostics.getDiagnostics());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locationOf(Class<?> type) {
        try {
            URI location = type.getProtectionDomain().getCodeSource().getLocation().toURI();
            return Path.of(location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
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
