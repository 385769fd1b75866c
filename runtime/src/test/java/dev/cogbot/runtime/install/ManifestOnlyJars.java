package dev.cogbot.runtime.install;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Plugin JARs holding a PF4J manifest and nothing to run: enough for install, which reads a JAR's
 * descriptor and never loads it. (Tests that load what they install use real plugin JARs.)
 */
public final class ManifestOnlyJars {

    private ManifestOnlyJars() {
    }

    /** A plugin JAR {@code id} {@code version} requiring {@code requires} (none if null), at {@code file}. */
    public static Path plugin(Path file, String id, String version, String requires) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Plugin-Id", id);
        main.putValue("Plugin-Version", version);
        if (requires != null) {
            main.putValue("Plugin-Requires", requires);
        }
        return write(file, manifest);
    }

    /** A JAR that is no plugin: a manifest without Plugin-Id. */
    public static Path library(Path file) {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        return write(file, manifest);
    }

    private static Path write(Path file, Manifest manifest) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
                jar.putNextEntry(new JarEntry("META-INF/extensions.idx"));
                jar.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
