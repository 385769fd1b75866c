package dev.cogbot.e2e.storage;

import dev.cogbot.runtime.testing.MachineRequirement;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real, size-limited file system for a test: a tmpfs of a few MiB mounted on a folder, which a
 * test can fill up to the last byte and free again. Mounting needs root (see {@link MachineRequirement}).
 *
 * <pre>{@code
 * try (SmallDisk disk = SmallDisk.mount(tempDir.resolve("disk"), 8)) {
 *     disk.fill();   // no byte left
 *     disk.free();
 *     disk.fillLeaving(512 * 1024); // half a MiB left
 *     disk.free();   // room again
 * }
 * }</pre>
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler");
    }

    /** Mounts a tmpfs of {@code mebibytes} MiB on {@code mountPoint}, creating the folder. */
    public static SmallDisk mount(Path mountPoint, int mebibytes) {
        requireRoot();
        try {
            Files.createDirectories(mountPoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("mount", "-t", "tmpfs", "-o", "size=" + mebibytes + "m,mode=0700", "tmpfs", mountPoint.toString());
        return new SmallDisk(mountPoint);
    }

    public Path path() {
        return mountPoint;
    }

    /** Writes a file until the disk has no byte left. */
    public void fill() {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw new UncheckedIOException("filling " + mountPoint + " failed otherwise than by running out of space", full);
            }
        }
    }

    /** Writes a file until the disk has only about {@code bytes} left (tmpfs counts in pages). */
    public void fillLeaving(long bytes) {
        try (OutputStream out = Files.newOutputStream(filler, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            long toWrite = Files.getFileStore(mountPoint).getUsableSpace() - bytes;
            byte[] block = new byte[4096];
            for (long written = 0; written < toWrite; written += block.length) {
                out.write(block, 0, (int) Math.min(block.length, toWrite - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("filling " + mountPoint + " up to " + bytes + " bytes failed", e);
        }
    }

    /** Mounts the disk again read-only, as a file system remounted after errors is. */
    public void makeReadOnly() {
        run("mount", "-o", "remount,ro", mountPoint.toString());
    }

    /** Deletes what {@link #fill} wrote. */
    public void free() {
        try {
            Files.deleteIfExists(filler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Unmounts, lazily if something still has a file open there. */
    @Override
    public void close() {
        run("umount", "-l", mountPoint.toString());
    }

    private static void requireRoot() {
        MachineRequirement.require(MachineRequirement.isRoot(), "root, to mount a small tmpfs");
    }

    /** Runs {@code command} to its end and returns what it printed; fails the test if it failed. */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not end within 30 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (exit " + process.exitValue() + "): " + text.strip());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
