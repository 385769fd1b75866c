package dev.cogbot.runtime.install;

import dev.cogbot.runtime.secrets.UrlCredentials;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.resolution.ArtifactDescriptorException;
import org.eclipse.aether.resolution.ArtifactDescriptorRequest;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ChecksumFailureException;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.SimpleArtifactDescriptorPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches a plugin's JAR with Maven's own resolver: from the local repository if it is there, else
 * from the remote repositories in order, with every download checked against the repository's
 * checksums (a missing or wrong checksum fails). Downloads are kept in the local repository, as
 * Maven keeps them. Only the JAR is fetched: a plugin is one JAR, and cogbot's API is the bot's.
 *
 * <pre>{@code
 * try (MavenRepositories repositories = new MavenRepositories(InstallSettings.from(config))) {
 *     Path jar = repositories.fetch(Coordinates.parse("org.example:greeter:1.0.0")).jar();
 * }
 * }</pre>
 */
public final class MavenRepositories implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MavenRepositories.class);
    /** Scopes whose dependencies a plugin needs at run time and the bot does not provide. */
    private static final Set<String> RUN_TIME_SCOPES = Set.of("compile", "runtime", "");

    private final InstallSettings settings;
    private final RepositorySystem system;
    private final DefaultRepositorySystemSession session;
    private final List<RemoteRepository> remotes = new ArrayList<>();

    /**
     * A fetched JAR.
     *
     * @param jar                 the JAR, in the local repository
     * @param runTimeDependencies what its POM says it needs at run time beyond cogbot (groupId:artifactId:version),
     *                            which nothing fetches: it works only if they are inside the JAR
     */
    public record Fetched(Path jar, List<String> runTimeDependencies) {
        public Fetched {
            runTimeDependencies = List.copyOf(runTimeDependencies);
        }
    }

    public MavenRepositories(InstallSettings settings) {
        this.settings = settings;
        this.system = new RepositorySystemSupplier().get();
        this.session = MavenRepositorySystemUtils.newSession();
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session,
                new LocalRepository(settings.localRepository().toFile())));
        session.setChecksumPolicy(RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        // look again every time: a "not found" remembered for a day would hide a version just published
        session.setUpdatePolicy(RepositoryPolicy.UPDATE_POLICY_ALWAYS);
        // a POM that is missing or names a parent we cannot get only costs the dependency warning
        session.setArtifactDescriptorPolicy(new SimpleArtifactDescriptorPolicy(true, true));
        int number = 0;
        for (URI url : settings.repositories()) {
            remotes.add(remote("install-" + (++number), url));
        }
    }

    /**
     * The JAR of {@code coordinates}.
     *
     * @throws InstallException if no repository has it, a download does not match its checksum, or a
     *                          repository cannot be reached
     */
    public Fetched fetch(Coordinates coordinates) {
        Artifact jar = new DefaultArtifact(coordinates.groupId(), coordinates.artifactId(), "jar", coordinates.version());
        ArtifactResult result;
        try {
            result = system.resolveArtifact(session, new ArtifactRequest(jar, remotes, null));
        } catch (ArtifactResolutionException e) {
            throw failure(coordinates, e);
        }
        return new Fetched(result.getArtifact().getFile().toPath(), runTimeDependencies(jar));
    }

    private List<String> runTimeDependencies(Artifact jar) {
        try {
            return system.readArtifactDescriptor(session, new ArtifactDescriptorRequest(jar, remotes, null))
                    .getDependencies().stream()
                    .filter(d -> RUN_TIME_SCOPES.contains(d.getScope()) && !d.isOptional())
                    .map(Dependency::getArtifact)
                    .filter(a -> !a.getGroupId().equals("dev.cogbot"))
                    .map(a -> a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion())
                    .toList();
        } catch (ArtifactDescriptorException e) {
            log.debug("Could not read the POM of {}: {}", jar, e.getMessage());
            return List.of();
        }
    }

    private InstallException failure(Coordinates coordinates, ArtifactResolutionException e) {
        List<Exception> causes = e.getResult() == null ? List.of() : e.getResult().getExceptions();
        for (Exception cause : causes) {
            ChecksumFailureException checksum = find(cause, ChecksumFailureException.class);
            if (checksum != null) {
                return new InstallException(new InstallProblem.ChecksumMismatch(coordinates,
                        shown(repositoryOf(cause)), detail(checksum)), e);
            }
        }
        for (Exception cause : causes) {
            if (!(cause instanceof ArtifactNotFoundException)) {
                return new InstallException(new InstallProblem.Unreachable(coordinates, shown(repositoryOf(cause)),
                        firstLine(UrlCredentials.redact(rootMessage(cause)))), e);
            }
        }
        return new InstallException(new InstallProblem.NotFound(coordinates, asked()), e);
    }

    /** The repositories asked, in order, as named to a person: the local one first. */
    public List<String> asked() {
        List<String> names = new ArrayList<>();
        names.add(settings.localRepository().toString());
        settings.repositories().forEach(url -> names.add(UrlCredentials.redact(url.toString())));
        return names;
    }

    private String shown(RemoteRepository repository) {
        if (repository == null) {
            return "the repositories";
        }
        int index = remotes.indexOf(repository);
        return index < 0 ? repository.getUrl() : UrlCredentials.redact(settings.repositories().get(index).toString());
    }

    private static RemoteRepository repositoryOf(Exception cause) {
        return cause instanceof org.eclipse.aether.transfer.ArtifactTransferException transfer ? transfer.getRepository() : null;
    }

    /** A remote repository; credentials in the URL's user part become the resolver's authentication. */
    private static RemoteRepository remote(String id, URI url) {
        RepositoryPolicy policy = new RepositoryPolicy(true, RepositoryPolicy.UPDATE_POLICY_ALWAYS,
                RepositoryPolicy.CHECKSUM_POLICY_FAIL);
        String userInfo = url.getRawUserInfo();
        URI plain = url;
        AuthenticationBuilder authentication = null;
        if (userInfo != null) {
            try {
                plain = new URI(url.getScheme(), null, url.getHost(), url.getPort(), url.getPath(), url.getQuery(), null);
            } catch (URISyntaxException e) {
                throw new IllegalStateException("a URL without its user part is still a URL", e);
            }
            String[] parts = userInfo.split(":", 2);
            authentication = new AuthenticationBuilder().addUsername(decode(parts[0]));
            if (parts.length > 1) {
                authentication.addPassword(decode(parts[1]));
            }
        }
        RemoteRepository.Builder builder = new RemoteRepository.Builder(id, "default", plain.toString())
                .setReleasePolicy(policy).setSnapshotPolicy(policy);
        if (authentication != null) {
            builder.setAuthentication(authentication.build());
        }
        return builder.build();
    }

    private static String decode(String part) {
        return URLDecoder.decode(part, StandardCharsets.UTF_8);
    }

    private static String detail(ChecksumFailureException checksum) {
        if (checksum.getExpected() == null || checksum.getExpected().isEmpty()) {
            return "the repository has no checksum for it: " + firstLine(checksum.getMessage());
        }
        return "the repository says " + checksum.getExpected() + ", the download is " + checksum.getActual();
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        system.shutdown();
    }
}
