package dev.cogbot.runtime.starter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Writes a new plugin project into {@code DIR/<id>}: the whole project or nothing. It is written
 * into a hidden folder beside its place, then moved there, so a failure half-way leaves no
 * half-written project, and an existing project is never touched.
 *
 * <pre>{@code
 * Path project = new PluginProjectWriter().write(NewPlugin.of("greeter", null, version, repository), Path.of("."));
 * }</pre>
 */
public final class PluginProjectWriter {

    private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(
            PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);

    /**
     * Writes {@code plugin}'s project into {@code dir/<id>}; {@code dir} is made if missing.
     *
     * @return the project's folder
     * @throws StarterException if {@code dir/<id>} exists and is not empty ({@link StarterProblem.FolderNotEmpty}),
     *                          or the project cannot be written ({@link StarterProblem.CannotWrite})
     */
    public Path write(NewPlugin plugin, Path dir) {
        Path project = dir.toAbsolutePath().normalize().resolve(plugin.id());
        refuseIfTaken(project);
        Path draft = null;
        try {
            Files.createDirectories(project.getParent());
            // not createTempDirectory: its owner-only permissions would stay on the project
            draft = Files.createDirectory(project.resolveSibling("." + plugin.id() + "-" + UUID.randomUUID()));
            writeFiles(plugin, draft);
            moveInPlace(draft, project);
            return project;
        } catch (IOException e) {
            throw new StarterException(new StarterProblem.CannotWrite(project, reason(e)), e);
        } finally {
            if (draft != null) {
                deleteQuietly(draft);
            }
        }
    }

    private static void writeFiles(NewPlugin plugin, Path root) throws IOException {
        Map<String, String> values = placeholders(plugin);
        for (ProjectTemplate.File file : ProjectTemplate.FILES) {
            Path target = root.resolve(ProjectTemplate.fill(file.target(), values, "paths"));
            Files.createDirectories(target.getParent());
            byte[] content = file.filled()
                    ? ProjectTemplate.fill(file.resource(), values).getBytes(StandardCharsets.UTF_8)
                    : ProjectTemplate.read(file.resource());
            Files.write(target, content);
            if (file.executable()) {
                makeExecutable(target);
            }
        }
    }

    /** The values of the templates' placeholders. */
    static Map<String, String> placeholders(NewPlugin plugin) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("id", plugin.id());
        values.put("package", plugin.javaPackage());
        values.put("package.path", plugin.packagePath());
        values.put("Cog", plugin.cogClass());
        values.put("cogbot.version", plugin.cogbotVersion());
        values.put("version", NewPlugin.FIRST_VERSION);
        values.put("description", "The " + plugin.id() + " plugin: says hello.");
        String repositoryUrl = plugin.cogbotRepository().map(path -> path.toUri().toString()).orElse("");
        values.put("repository.url", repositoryUrl);
        values.put("repositories", plugin.cogbotRepository().isEmpty() ? ""
                : ProjectTemplate.fill("repositories.xml.tmpl", values));
        values.put("artifacts.from", plugin.cogbotRepository().isPresent()
                ? "the `repository/` folder of the cogbot this project was made with (its address is in\n`pom.xml`)"
                : "the local Maven repository: install them there from cogbot's sources first");
        return values;
    }

    private static void refuseIfTaken(Path project) {
        if (!Files.exists(project, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(project)) {
            try (Stream<Path> entries = Files.list(project)) {
                if (entries.findAny().isEmpty()) {
                    return;
                }
            } catch (IOException e) {
                throw new StarterException(new StarterProblem.CannotWrite(project, reason(e)), e);
            }
        }
        throw new StarterException(new StarterProblem.FolderNotEmpty(project));
    }

    /** Moves the finished draft to its place; an empty folder there (allowed) is replaced. */
    private static void moveInPlace(Path draft, Path project) throws IOException {
        if (Files.isDirectory(project)) {
            try {
                Files.delete(project);
            } catch (DirectoryNotEmptyException raced) {
                throw new StarterException(new StarterProblem.FolderNotEmpty(project));
            }
        }
        try {
            Files.move(draft, project, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(draft, project);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
            throw new StarterException(new StarterProblem.FolderNotEmpty(project));
        }
    }

    private static void makeExecutable(Path file) throws IOException {
        // on a file system without POSIX permissions the scripts are run with sh instead
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            permissions.addAll(EXECUTABLE);
            Files.setPosixFilePermissions(file, permissions);
        }
    }

    private static String reason(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover hidden draft is harmless; the error that matters is already on its way
        }
    }
}
