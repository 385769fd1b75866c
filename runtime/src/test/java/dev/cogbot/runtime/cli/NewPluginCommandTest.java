package dev.cogbot.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cogbot new-plugin ID [--dir DIR] [--package NAME]} in process. */
class NewPluginCommandTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {
    }

    private static Run cogbot(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CogbotCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheProjectAndSaysHowToBuildAndLoadIt() {
        Run made = cogbot("new-plugin", "greeter", "--dir", dir.toString(), "--package", "com.acme.greeter");

        Path project = dir.resolve("greeter");
        assertThat(made.exitCode()).as(made.toString()).isZero();
        assertThat(made.err()).isEmpty();
        assertThat(made.out()).startsWith("Wrote the plugin project greeter to " + project + ".\n")
                .contains("cd " + project + " && ./build", "cogbot run --dev " + project);
        assertThat(project.resolve("src/main/java/com/acme/greeter/GreeterCog.java")).exists();
    }

    @Test
    void aBadIdIsAUsageErrorOfOneLine() {
        Run refused = cogbot("new-plugin", "Greeter", "--dir", dir.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(refused.err().lines()).singleElement().asString().startsWith("cogbot: 'Greeter' is not a plugin id:");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aBadPackageIsAUsageErrorOfOneLine() {
        Run refused = cogbot("new-plugin", "greeter", "--dir", dir.toString(), "--package", "com.acme-greeter");

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(refused.err().lines()).singleElement().asString().startsWith("cogbot: 'com.acme-greeter' is not a Java package:");
    }

    @Test
    void anExistingProjectIsNotOverwritten() throws Exception {
        Files.createDirectories(dir.resolve("greeter"));
        Files.writeString(dir.resolve("greeter").resolve("pom.xml"), "mine");

        Run refused = cogbot("new-plugin", "greeter", "--dir", dir.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(refused.err()).isEqualTo("cogbot: " + dir.resolve("greeter")
                + " already exists and is not empty: pick another --dir, or move it away first\n");
        assertThat(dir.resolve("greeter").resolve("pom.xml")).hasContent("mine");
    }
}
