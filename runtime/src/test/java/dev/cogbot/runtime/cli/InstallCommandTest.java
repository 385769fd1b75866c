package dev.cogbot.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.install.FolderOverHttp;
import dev.cogbot.runtime.install.ManifestOnlyJars;
import dev.cogbot.runtime.install.MavenRepositoryFolders;
import dev.cogbot.runtime.plugins.WantedPlugins;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import com.sun.net.httpserver.HttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cogbot install} with no bot running, against Maven repositories that are folders made by the
 * test (written by Maven's resolver, with checksums), and a local repository of the test's own.
 */
class InstallCommandTest {

    private static final String GREETER = "org.example:greeter:1.0.0";
    private static final String ANY_API = ">=0.0.1";

    @TempDir
    Path home;
    @TempDir
    Path scratch;

    Path remote;
    Path local;

    record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void repositories() throws IOException {
        remote = Files.createDirectories(scratch.resolve("remote"));
        local = scratch.resolve("local");
        settings("install.repositories=" + remote.toUri());
    }

    /** The bot's config: {@code lines}, and always the test's own local repository, never the user's. */
    void settings(String... lines) throws IOException {
        List<String> all = new ArrayList<>(Arrays.asList(lines));
        all.add("install.local-repository=" + local.toString().replace("\\", "\\\\"));
        Files.createDirectories(home.resolve("conf"));
        Files.write(home.resolve("conf/cogbot.properties"), all);
    }

    Run cogbot(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.add("--home");
        all.add(home.toString());
        int code = CogbotCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    Path plugin(String id, String version, String requires) {
        return ManifestOnlyJars.plugin(scratch.resolve("built").resolve(id + "-" + version + "-" + requires.hashCode() + ".jar"),
                id, version, requires);
    }

    Path pluginsDir() {
        return home.resolve("plugins");
    }

    List<String> pluginFiles() throws IOException {
        if (!Files.isDirectory(pluginsDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(pluginsDir())) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aPluginFromARemoteRepositoryGoesIntoThePluginsFolderUnderItsIdAndVersion() throws IOException {
        Path jar = plugin("greeter", "1.0.0", ANY_API);
        MavenRepositoryFolders.deploy(remote, GREETER, jar);

        Run run = cogbot("install", GREETER);

        assertThat(run).isEqualTo(new Run(0, "installed greeter 1.0.0 as " + pluginsDir().resolve("greeter-1.0.0.jar")
                + "; no bot is running: it loads at the next start\n", ""));
        assertThat(Files.mismatch(jar, pluginsDir().resolve("greeter-1.0.0.jar"))).isEqualTo(-1L);
        assertThat(pluginFiles()).containsExactly("greeter-1.0.0.jar");
    }

    @Test
    void anArtifactOnlyInTheLocalRepositoryInstallsThoughNoRemoteHasIt() throws IOException {
        MavenRepositoryFolders.install(local, GREETER, plugin("greeter", "1.0.0", ANY_API));
        settings("install.repositories=" + scratch.resolve("no-such-repository").toUri());

        Run run = cogbot("install", GREETER);

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(pluginFiles()).containsExactly("greeter-1.0.0.jar");
    }

    @Test
    void theLocalRepositoryIsAskedBeforeTheRemoteOnes() throws IOException {
        Path fromLocal = plugin("greeter", "1.0.0", ">=0.0.1");
        MavenRepositoryFolders.install(local, GREETER, fromLocal);
        MavenRepositoryFolders.deploy(remote, GREETER, plugin("greeter", "1.0.0", ">=0.0.2"));

        assertThat(cogbot("install", GREETER).exitCode()).isZero();

        assertThat(Files.mismatch(fromLocal, pluginsDir().resolve("greeter-1.0.0.jar"))).isEqualTo(-1L);
    }

    @Test
    void aDownloadThatDoesNotMatchItsChecksumIsRefusedAndNothingChanges() throws IOException {
        ManifestOnlyJars.plugin(pluginsDir().resolve("greeter-0.9.0.jar"), "greeter", "0.9.0", ANY_API);
        MavenRepositoryFolders.deploy(remote, GREETER, plugin("greeter", "1.0.0", ANY_API));
        // the repository serves other bytes than those its checksums were made of
        Files.copy(plugin("greeter", "1.0.0", ">=0.0.3"), MavenRepositoryFolders.jarIn(remote, GREETER),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        Run run = cogbot("install", GREETER);

        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECKSUM_MISMATCH.code());
        assertThat(run.err()).startsWith("cogbot: " + GREETER + " from " + remote.toUri() + " does not match its checksum (")
                .contains("nothing was installed").hasLineCount(1);
        assertThat(run.out()).isEmpty();
        assertThat(pluginFiles()).containsExactly("greeter-0.9.0.jar");
        assertThat(MavenRepositoryFolders.jarIn(local, GREETER)).doesNotExist();
    }

    @Test
    void aDownloadWithoutChecksumsIsRefused() throws IOException {
        MavenRepositoryFolders.deploy(remote, GREETER, plugin("greeter", "1.0.0", ANY_API));
        Path jar = MavenRepositoryFolders.jarIn(remote, GREETER);
        try (Stream<Path> files = Files.list(jar.getParent())) {
            for (Path checksum : files.filter(f -> f.getFileName().toString().matches(".*\\.jar\\.(md5|sha\\d+)")).toList()) {
                Files.delete(checksum);
            }
        }

        Run run = cogbot("install", GREETER);

        assertThat(run.exitCode()).isEqualTo(ExitCode.CHECKSUM_MISMATCH.code());
        assertThat(run.err()).contains("the repository has no checksum for it").hasLineCount(1);
        assertThat(pluginFiles()).isEmpty();
    }

    @Test
    void aPluginForAnotherPluginApiIsRefusedAndNothingChanges() throws IOException {
        ManifestOnlyJars.plugin(pluginsDir().resolve("greeter-0.9.0.jar"), "greeter", "0.9.0", ANY_API);
        MavenRepositoryFolders.deploy(remote, GREETER, plugin("greeter", "1.0.0", ">=99.0.0"));

        Run run = cogbot("install", GREETER);

        assertThat(run.exitCode()).isEqualTo(ExitCode.WRONG_API_VERSION.code());
        assertThat(run.err()).startsWith("cogbot: plugin greeter (greeter-1.0.0.jar) requires cogbot >=99.0.0, but this is ")
                .hasLineCount(1);
        assertThat(pluginFiles()).containsExactly("greeter-0.9.0.jar");
    }

    @Test
    void anArtifactInNoRepositoryIsNotFoundNamingEveryRepositoryAsked() throws IOException {
        Path second = Files.createDirectories(scratch.resolve("second"));
        settings("install.repositories=" + remote.toUri() + ", " + second.toUri());

        Run run = cogbot("install", GREETER);

        assertThat(run).isEqualTo(new Run(ExitCode.ARTIFACT_NOT_FOUND.code(), "", "cogbot: " + GREETER
                + " was not found in " + local + ", " + remote.toUri() + ", " + second.toUri()
                + "; check the coordinates, or add its repository to install.repositories\n"));
        assertThat(pluginFiles()).isEmpty();
    }

    @Test
    void aJarThatIsNoPluginIsRefused() throws IOException {
        MavenRepositoryFolders.deploy(remote, "org.example:library:1.0.0",
                ManifestOnlyJars.library(scratch.resolve("library.jar")));

        Run run = cogbot("install", "org.example:library:1.0.0");

        assertThat(run).isEqualTo(new Run(ExitCode.NOT_A_PLUGIN.code(), "",
                "cogbot: library-1.0.0.jar is not a plugin: its manifest has no Plugin-Id\n"));
        assertThat(pluginFiles()).isEmpty();
    }

    @Test
    void coordinatesThatAreNotGroupArtifactVersionAreWrongUsage() {
        Run run = cogbot("install", "greeter-1.0.0.jar");

        assertThat(run).isEqualTo(new Run(ExitCode.USAGE.code(), "", "cogbot: 'greeter-1.0.0.jar' is not a plugin's"
                + " Maven coordinates; give groupId:artifactId:version, e.g. org.example:greeter:1.0.0, or --file JAR\n"));
    }

    @Test
    void aRepositoryThatIsNoUrlIsABadSetting() throws IOException {
        settings("install.repositories=repo.example.org/maven");

        Run run = cogbot("install", GREETER);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_CONFIG.code());
        assertThat(run.err()).startsWith("cogbot: setting install.repositories (from install.repositories in ")
                .contains("got 'repo.example.org/maven'").hasLineCount(1);
    }

    @Test
    void aRepositoryOverHttpIsAskedWithTheLoginInItsUrl() throws IOException {
        MavenRepositoryFolders.deploy(remote, GREETER, plugin("greeter", "1.0.0", ANY_API));
        HttpServer server = FolderOverHttp.serve(remote, "bot", "s3cret");
        try {
            settings("install.repositories=http://bot:s3cret@127.0.0.1:" + server.getAddress().getPort() + "/");

            Run run = cogbot("install", GREETER);

            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(pluginFiles()).containsExactly("greeter-1.0.0.jar");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRepositoryThatCannotBeReachedIsNamedWithoutItsPassword() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        settings("install.repositories=http://bot:s3cret@127.0.0.1:" + closedPort + "/");

        Run run = cogbot("install", GREETER);

        assertThat(run.exitCode()).isEqualTo(ExitCode.REPOSITORY_UNREACHABLE.code());
        assertThat(run.err()).startsWith("cogbot: could not fetch " + GREETER + " from http://bot:***@127.0.0.1:"
                + closedPort + "/: ").endsWith("; check the network and install.repositories\n")
                .doesNotContain("s3cret").hasLineCount(1);
    }

    @Test
    void aFileInstallsAsAnArtifactWould() throws IOException {
        Path jar = ManifestOnlyJars.plugin(scratch.resolve("target/whatever-the-build-called-it.jar"), "greeter", "1.0.0", ANY_API);

        Run run = cogbot("install", "--file", jar.toString());

        assertThat(run).isEqualTo(new Run(0, "installed greeter 1.0.0 as " + pluginsDir().resolve("greeter-1.0.0.jar")
                + "; no bot is running: it loads at the next start\n", ""));
        assertThat(pluginFiles()).containsExactly("greeter-1.0.0.jar");
    }

    @Test
    void aFileThatIsNotThereIsNotFound() {
        Run run = cogbot("install", "--file", scratch.resolve("nothing.jar").toString());

        assertThat(run).isEqualTo(new Run(ExitCode.ARTIFACT_NOT_FOUND.code(), "",
                "cogbot: " + scratch.resolve("nothing.jar") + " is not a readable file; give the path of a plugin JAR\n"));
    }

    @Test
    void coordinatesAndAFileTogetherAreWrongUsage() {
        Path jar = plugin("greeter", "1.0.0", ANY_API);

        assertThat(cogbot("install", GREETER, "--file", jar.toString()).exitCode()).isEqualTo(ExitCode.USAGE.code());
    }

    @Test
    void aNewVersionReplacesTheOlderJarOfTheSamePluginAndNoOther() throws IOException {
        ManifestOnlyJars.plugin(pluginsDir().resolve("greeter-0.9.0.jar"), "greeter", "0.9.0", ANY_API);
        ManifestOnlyJars.plugin(pluginsDir().resolve("jokes-0.1.0.jar"), "jokes", "0.1.0", ANY_API);
        MavenRepositoryFolders.deploy(remote, GREETER, plugin("greeter", "1.0.0", ANY_API));

        Run run = cogbot("install", GREETER);

        assertThat(run.out()).startsWith("installed greeter 1.0.0 as " + pluginsDir().resolve("greeter-1.0.0.jar")
                + ", replacing greeter-0.9.0.jar; ");
        assertThat(pluginFiles()).containsExactly("greeter-1.0.0.jar", "jokes-0.1.0.jar");
    }

    @Test
    void installingTheSameJarAgainChangesNothing() throws IOException {
        Path jar = plugin("greeter", "1.0.0", ANY_API);
        assertThat(cogbot("install", "--file", jar.toString()).exitCode()).isZero();
        Files.setLastModifiedTime(pluginsDir().resolve("greeter-1.0.0.jar"), java.nio.file.attribute.FileTime.fromMillis(0));

        Run again = cogbot("install", "--file", jar.toString());

        assertThat(again.out()).startsWith("greeter 1.0.0 is already installed as ");
        assertThat(Files.getLastModifiedTime(pluginsDir().resolve("greeter-1.0.0.jar")).toMillis()).isZero();
    }

    @Test
    void runTimeDependenciesThatInstallDoesNotFetchAreWarnedAbout() throws IOException {
        MavenRepositoryFolders.deploy(remote, GREETER, plugin("greeter", "1.0.0", ANY_API), "org.example:left-pad:1.3.0");

        Run run = cogbot("install", GREETER);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEqualTo("cogbot: warning: " + GREETER + " lists run-time dependencies that install does"
                + " not fetch (org.example:left-pad:1.3.0): a plugin is one JAR, so it works only if they are bundled"
                + " inside it\n");
        assertThat(pluginFiles()).containsExactly("greeter-1.0.0.jar");
    }

    @Test
    void aPluginAnOwnerHadUnloadedIsLoadedAtTheNextStartOnceInstalled() {
        WantedPlugins wanted = WantedPlugins.in(home.resolve("data"));
        wanted.markUnloaded("greeter");

        assertThat(cogbot("install", "--file", plugin("greeter", "1.0.0", ANY_API).toString()).exitCode()).isZero();

        assertThat(wanted.isUnloaded("greeter")).isFalse();
    }
}
