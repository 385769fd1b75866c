package dev.cogbot.runtime.install;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.deployment.DeployRequest;
import org.eclipse.aether.deployment.DeploymentException;
import org.eclipse.aether.installation.InstallRequest;
import org.eclipse.aether.installation.InstallationException;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.supplier.RepositorySystemSupplier;

/**
 * Maven repositories as folders, written by Maven's own resolver as {@code mvn deploy} and
 * {@code mvn install} write them: the layout, a POM, checksums and metadata. No network.
 *
 * <pre>{@code
 * MavenRepositoryFolders.deploy(remote, "org.example:greeter:1.0.0", jar);   // remote.toUri() is its URL
 * MavenRepositoryFolders.install(localRepository, "org.example:greeter:1.0.0", jar);
 * }</pre>
 */
public final class MavenRepositoryFolders {

    private MavenRepositoryFolders() {
    }

    /** Deploys {@code jar} with a POM listing {@code dependencies} (g:a:v, compile scope) to the remote repository at {@code folder}. */
    public static void deploy(Path folder, String coordinates, Path jar, String... dependencies) {
        Path scratch = scratch(folder);
        RepositorySystem system = new RepositorySystemSupplier().get();
        try {
            DeployRequest request = new DeployRequest()
                    .setRepository(new RemoteRepository.Builder("test", "default", folder.toUri().toString()).build());
            artifacts(coordinates, jar, scratch, dependencies).forEach(request::addArtifact);
            system.deploy(session(system, scratch.resolve("local")), request);
        } catch (DeploymentException e) {
            throw new IllegalStateException(e);
        } finally {
            system.shutdown();
        }
    }

    /** Installs {@code jar} (and a POM) into the local repository at {@code folder}, as {@code mvn install} would. */
    public static void install(Path folder, String coordinates, Path jar) {
        Path scratch = scratch(folder);
        RepositorySystem system = new RepositorySystemSupplier().get();
        try {
            InstallRequest request = new InstallRequest();
            artifacts(coordinates, jar, scratch).forEach(request::addArtifact);
            system.install(session(system, folder), request);
        } catch (InstallationException e) {
            throw new IllegalStateException(e);
        } finally {
            system.shutdown();
        }
    }

    /** Where the deployed JAR of {@code coordinates} is in the repository at {@code folder}. */
    public static Path jarIn(Path folder, String coordinates) {
        Coordinates c = Coordinates.parse(coordinates);
        return folder.resolve(c.groupId().replace('.', '/')).resolve(c.artifactId()).resolve(c.version())
                .resolve(c.artifactId() + "-" + c.version() + ".jar");
    }

    private static Stream<Artifact> artifacts(String coordinates, Path jar, Path scratch, String... dependencies) {
        Coordinates c = Coordinates.parse(coordinates);
        String deps = Stream.of(dependencies).map(Coordinates::parse).map(d -> """
                    <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>
                """.formatted(d.groupId(), d.artifactId(), d.version())).collect(Collectors.joining());
        String pom = """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version>
                  <dependencies>
                    <dependency><groupId>dev.cogbot</groupId><artifactId>cogbot-api</artifactId><version>0.1.0</version><scope>provided</scope></dependency>
                %s  </dependencies>
                </project>
                """.formatted(c.groupId(), c.artifactId(), c.version(), deps);
        try {
            Path pomFile = Files.writeString(scratch.resolve("pom.xml"), pom);
            return Stream.of(
                    new DefaultArtifact(c.groupId(), c.artifactId(), "", "jar", c.version()).setFile(jar.toFile()),
                    new DefaultArtifact(c.groupId(), c.artifactId(), "", "pom", c.version()).setFile(pomFile.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultRepositorySystemSession session(RepositorySystem system, Path localRepository) {
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, new LocalRepository(localRepository.toFile())));
        return session;
    }

    /** A folder beside {@code repository} (in the test's temporary folder) for the POM and the deploy's own local repository. */
    private static Path scratch(Path repository) {
        try {
            return Files.createTempDirectory(repository.toAbsolutePath().getParent(), ".scratch");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
