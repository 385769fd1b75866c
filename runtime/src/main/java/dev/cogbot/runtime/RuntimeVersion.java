package dev.cogbot.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The runtime's version, and the plugin API version plugins' {@code Plugin-Requires} is checked against. */
public final class RuntimeVersion {

    private static final Properties PROPERTIES = load();

    private RuntimeVersion() {
    }

    /** The build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** The plugin API version, e.g. {@code 0.1.0}. */
    public static String apiVersion() {
        return PROPERTIES.getProperty("api.version", "0.0.0");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = RuntimeVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runtime's version.properties", e);
        }
        return properties;
    }
}
