package dev.cogbot.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Maven-layout repository of the cogbot artifacts an outside plugin's build needs, made from this
 * build's own modules: what the distribution's {@code repository/} holds once it ships one.
 */
final class ReactorRepository {

    /**
     * The artifacts, as the module folder each comes from and whether it has a JAR: the parents, the
     * BOM, and the API and test kit with what the test kit needs at test time.
     */
    private record Module(String folder, String artifactId, boolean jar) {
    }

    private static final List<Module> MODULES = List.of(
            new Module("", "cogbot-parent", false),
            new Module("bom", "cogbot-bom", false),
            new Module("plugin-parent", "cogbot-plugin-parent", false),
            new Module("api", "cogbot-api", true),
            new Module("runtime", "cogbot-runtime", true),
            new Module("testkit", "cogbot-testkit", true));

    private ReactorRepository() {
    }

    /** Writes the repository into {@code target}, for cogbot {@code version}, from the modules' poms and built JARs. */
    static Path writeTo(Path target, String version) {
        if (Files.exists(target)) {
            throw new AssertionError(target + " exists: the distribution ships its repository/ now, so use it: delete"
                    + " the line that calls ReactorRepository.writeTo (and this class)");
        }
        Path reactor = Path.of(System.getProperty("cogbot.test.reactor", "..")).toAbsolutePath().normalize();
        try {
            for (Module module : MODULES) {
                Path from = reactor.resolve(module.folder());
                Path folder = Files.createDirectories(
                        target.resolve("dev/cogbot").resolve(module.artifactId()).resolve(version));
                String name = module.artifactId() + "-" + version;
                Files.copy(from.resolve("pom.xml"), folder.resolve(name + ".pom"));
                if (module.jar()) {
                    Path jar = from.resolve("target").resolve(name + ".jar");
                    if (!Files.isRegularFile(jar)) {
                        throw new AssertionError("no " + jar + ": build the reactor first (./mvnw package, or ./test)");
                    }
                    Files.copy(jar, folder.resolve(name + ".jar"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the cogbot repository to " + target, e);
        }
        return target;
    }
}
