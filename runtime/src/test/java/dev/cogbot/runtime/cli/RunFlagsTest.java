package dev.cogbot.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flags of {@code cogbot run} for plugin authors and scripts: {@code --dev} and {@code --wait-for-timers}. */
class RunFlagsTest {

    @TempDir
    Path home;

    @Test
    void aDevPathThatIsNoPluginBuildIsOneLineAndTheUsageExitCodeBeforeAnythingStarts() throws Exception {
        Path nothing = home.resolve("no-such-project");
        StringWriter err = new StringWriter();

        int code = CogbotCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "run", "--home", home.toString(), "--dev", nothing.toString());

        assertThat(code).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).isEqualTo("cogbot: --dev " + nothing
                + ": no such folder; give a plugin project folder, its target/classes, or a plugin JAR" + System.lineSeparator());
        assertThat(home.resolve("data")).doesNotExist();
    }

    @Test
    void aFolderThatIsNeitherProjectNorClassesIsRefusedSayingWhatItShouldBe() throws Exception {
        Path notes = Files.createDirectories(home.resolve("notes"));
        StringWriter err = new StringWriter();

        int code = CogbotCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "run", "--home", home.toString(), "--dev", notes.toString());

        assertThat(code).isEqualTo(ExitCode.USAGE.code());
        assertThat(err.toString()).contains("is neither a plugin project (no pom.xml or target/),"
                + " nor a classes folder (target/classes), nor a plugin JAR");
    }

    @Test
    void theHelpOfRunListsBothFlags() {
        StringWriter out = new StringWriter();

        CogbotCli.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "run", "--help");

        assertThat(out.toString()).contains("--dev=PATH", "--wait-for-timers");
    }
}
