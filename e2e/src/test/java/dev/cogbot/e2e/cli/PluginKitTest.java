package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.runtime.RuntimeVersion;
import dev.cogbot.testkit.TestBot;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the distribution gives plugin authors: {@code repository/}, a Maven repository of the cogbot
 * artifacts a plugin project builds against (kit/pom.xml lists them), and {@code docs/}, the javadoc
 * of the API and the test kit. (That a generated project builds against repository/ offline is the
 * starter's end-to-end test.)
 */
class PluginKitTest {

    private static final String GROUP = "dev/cogbot";
    private static final String VERSION = RuntimeVersion.version();

    /** An artifact of the kit and the files it comes with ("" is the main one, "sources" etc.). */
    private record KitArtifact(String artifactId, String extension, List<String> classifiers) {
        Path folder(Path repository) {
            return repository.resolve(GROUP).resolve(artifactId).resolve(VERSION);
        }

        Path file(Path repository, String classifier, String ext) {
            String suffix = classifier.isEmpty() ? "" : "-" + classifier;
            return folder(repository).resolve(artifactId + "-" + VERSION + suffix + "." + ext);
        }
    }

    private static final List<KitArtifact> KIT = List.of(
            new KitArtifact("cogbot-parent", "pom", List.of("")),
            new KitArtifact("cogbot-bom", "pom", List.of("")),
            new KitArtifact("cogbot-plugin-parent", "pom", List.of("")),
            new KitArtifact("cogbot-api", "jar", List.of("", "sources", "javadoc")),
            new KitArtifact("cogbot-testkit", "jar", List.of("", "sources", "javadoc")),
            new KitArtifact("cogbot-runtime", "jar", List.of("")),
            new KitArtifact("cogbot-maven-plugin", "jar", List.of("")));

    private final Path home = Distribution.built();
    private final Path repository = home.resolve("repository");

    @Test
    void theRepositoryHoldsEveryKitArtifactWithItsPomSourcesAndJavadoc() {
        for (KitArtifact artifact : KIT) {
            Path pom = artifact.file(repository, "", "pom");
            assertThat(pom).as("the pom of " + artifact.artifactId()).isRegularFile()
                    .content().contains("<artifactId>" + artifact.artifactId() + "</artifactId>");
            for (String classifier : artifact.classifiers()) {
                assertThat(artifact.file(repository, classifier, artifact.extension())).isRegularFile();
            }
        }
    }

    @Test
    void theRepositoryHoldsTheKitAndNothingElse() throws IOException {
        List<Path> artifactFolders;
        try (Stream<Path> walk = Files.walk(repository)) {
            artifactFolders = walk.filter(f -> f.getFileName().toString().equals(VERSION)).map(Path::getParent).toList();
        }

        assertThat(artifactFolders).extracting(folder -> repository.relativize(folder).toString())
                .containsExactlyInAnyOrderElementsOf(KIT.stream().map(a -> GROUP + "/" + a.artifactId()).toList());
    }

    @Test
    void everyFileOfTheRepositoryHasTheChecksumsMavenVerifies() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(repository)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".sha1") && !f.toString().endsWith(".md5"))
                    .toList();
        }

        assertThat(files).isNotEmpty().allSatisfy(file -> {
            assertThat(file.getFileName().toString()).as("a remote repository's file, no local bookkeeping")
                    .matches(".*\\.(jar|pom)");
            assertThat(Path.of(file + ".sha1")).content().isEqualToIgnoringWhitespace(digest("SHA-1", file));
            assertThat(Path.of(file + ".md5")).content().isEqualToIgnoringWhitespace(digest("MD5", file));
        });
    }

    @Test
    void theRepositoryJarsAreTheOnesThisBuildMade() {
        for (Class<?> type : List.of(Cog.class, TestBot.class, RuntimeVersion.class)) {
            Path built = jarOf(type);
            String artifactId = built.getFileName().toString().replace("-" + VERSION + ".jar", "");
            Path shipped = KIT.stream().filter(a -> a.artifactId().equals(artifactId)).findFirst()
                    .orElseThrow(() -> new AssertionError(built + " is not one of the kit's artifacts"))
                    .file(repository, "", "jar");

            assertThat(shipped).as(artifactId).hasSameBinaryContentAs(built);
        }
    }

    @Test
    void theDocsHoldTheJavadocOfTheApiAndTheTestKit() {
        Path docs = home.resolve("docs");

        assertThat(docs.resolve("api/index.html")).isRegularFile();
        assertThat(docs.resolve("api/dev/cogbot/api/Cog.html")).content().contains("Interface Cog");
        assertThat(docs.resolve("testkit/index.html")).isRegularFile();
        assertThat(docs.resolve("testkit/dev/cogbot/testkit/TestBot.html")).content().contains("Class TestBot");
    }

    /** The JAR a class was loaded from: the module's build output, in the reactor build that made the distribution. */
    private static Path jarOf(Class<?> type) {
        try {
            Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            assertThat(location).as("%s comes from a JAR (run the e2e tests after package, e.g. ./test)", type.getName())
                    .isRegularFile();
            return location;
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private static String digest(String algorithm, Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
