package dev.cogbot.runtime.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PropertiesPluginDescriptorFinder;
import org.pf4j.PluginRuntimeException;

/**
 * A plugin JAR as found in the plugins folder, read without loading any of its classes.
 *
 * @param file        where it is
 * @param descriptor  its PF4J descriptor (id, version, requires, dependencies)
 * @param fingerprint size and modification time, to notice a replaced file
 */
public record PluginJar(Path file, PluginDescriptor descriptor, String fingerprint) {

    private static final PluginDescriptorFinder DESCRIPTORS = new CompoundPluginDescriptorFinder()
            .add(new PropertiesPluginDescriptorFinder())
            .add(new ManifestPluginDescriptorFinder());

    /** What an id or version may be to become part of a file name: dotted words, nothing that names a folder. */
    private static final java.util.regex.Pattern FILE_NAME_PART =
            java.util.regex.Pattern.compile("[A-Za-z0-9_+\\-]+(\\.[A-Za-z0-9_+\\-]+)*");

    public String id() {
        return descriptor.getPluginId();
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /**
     * The name this plugin's file takes in the plugins folder, {@code <id>-<tail>.jar}: e.g.
     * {@code greeter-1.0.0.jar} for an install, {@code greeter-dev.jar} for dev mode. The one rule for
     * every door that names a file after a plugin, so that no manifest can write outside the folder.
     *
     * @throws PluginOperationException with {@link PluginProblem.NotAPluginJar} if the id or the tail
     *                                  is not letters, digits and {@code . _ + -} in dotted words
     */
    public String folderFileName(String tail) {
        for (String part : java.util.List.of(id(), tail)) {
            if (!FILE_NAME_PART.matcher(part).matches()) {
                throw notAPlugin(fileName(), "its Plugin-Id and Plugin-Version must be letters, digits and . _ + -"
                        + " in dotted words, to name its file in the plugins folder; got '" + part + "'");
            }
        }
        return id() + "-" + tail + ".jar";
    }

    /** The ids of the plugins it needs. */
    public java.util.List<String> dependencies() {
        return descriptor.getDependencies().stream().map(org.pf4j.PluginDependency::getPluginId).toList();
    }

    /**
     * Reads {@code file}'s descriptor.
     *
     * @throws PluginOperationException with {@link PluginProblem.NotAPluginJar} if it is not a
     *                                  readable JAR or has no plugin descriptor
     */
    public static PluginJar inspect(Path file) {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("META-INF/MANIFEST.MF") == null && zip.getEntry("plugin.properties") == null) {
                throw notAPlugin(name, "it has no plugin descriptor (META-INF/MANIFEST.MF with Plugin-Id and Plugin-Version)");
            }
        } catch (ZipException e) {
            throw notAPlugin(name, "it is not a JAR (zip) file, or it is damaged or still being copied");
        } catch (IOException e) {
            throw notAPlugin(name, "it cannot be read: " + e.getMessage());
        }
        PluginDescriptor descriptor;
        try {
            descriptor = DESCRIPTORS.find(file);
        } catch (PluginRuntimeException e) {
            throw notAPlugin(name, "its plugin descriptor cannot be read: " + e.getMessage());
        }
        if (descriptor == null || blank(descriptor.getPluginId())) {
            throw notAPlugin(name, "its manifest has no Plugin-Id");
        }
        if (blank(descriptor.getVersion())) {
            throw notAPlugin(name, "its manifest has no Plugin-Version");
        }
        return new PluginJar(file, descriptor, fingerprint(file));
    }

    /** The Plugin-Id a JAR's manifest names, even if the rest of its descriptor is broken. */
    static java.util.Optional<String> declaredId(Path file) {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(file.toFile(), false)) {
            java.util.jar.Manifest manifest = jar.getManifest();
            return java.util.Optional.ofNullable(manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id"))
                    .map(String::strip).filter(id -> !id.isEmpty());
        } catch (IOException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    static String fingerprint(Path file) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            return Files.size(file) + "@" + modified.toMillis();
        } catch (IOException e) {
            return "missing";
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static PluginOperationException notAPlugin(String file, String reason) {
        return new PluginOperationException(new PluginProblem.NotAPluginJar(file, reason));
    }
}
