package dev.cogbot.runtime.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A plugin a node runs, with its JAR's SHA-256: two nodes with the same id and version but different
 * checksums run different code.
 *
 * <pre>{@code
 * PluginChecksum jokes = PluginChecksum.of("jokes", "1.2.0", Path.of("plugins/jokes-1.2.0.jar"));
 * jokes.sha256();   // 64 hex digits
 * }</pre>
 */
public record PluginChecksum(String id, String version, String sha256) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PluginChecksum {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("a SHA-256 is 64 lower-case hex digits, got '" + sha256 + "'");
        }
    }

    /** Plugin {@code id} at {@code version}, with the checksum of the JAR at {@code jar}. */
    public static PluginChecksum of(String id, String version, Path jar) {
        return new PluginChecksum(id, version, sha256(jar));
    }

    /** The SHA-256 of the file at {@code jar}, as lower-case hex. */
    public static String sha256(Path jar) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(jar), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar + " to take its checksum", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
