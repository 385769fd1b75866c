package dev.cogbot.runtime.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.install.PluginInstaller.Installed;
import dev.cogbot.runtime.plugins.PluginOperationException;
import dev.cogbot.runtime.plugins.PluginProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginInstallerTest {

    @TempDir
    Path plugins;
    @TempDir
    Path built;

    PluginInstaller installer() {
        return new PluginInstaller(plugins, "0.1.0");
    }

    List<String> files() throws IOException {
        try (Stream<Path> all = Files.list(plugins)) {
            return all.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theJarGoesInWholeUnderItsIdAndVersionLeavingNothingElse() throws IOException {
        Path jar = ManifestOnlyJars.plugin(built.resolve("build-output.jar"), "greeter", "1.0.0", null);

        Installed installed = installer().install(jar);

        assertThat(installed).isEqualTo(new Installed("greeter", "1.0.0", plugins.resolve("greeter-1.0.0.jar"), List.of(), false));
        assertThat(files()).containsExactly("greeter-1.0.0.jar");
        assertThat(jar).exists();
    }

    @Test
    void onlyJarsOfTheSamePluginIdAreReplacedAndUnreadableOnesAreLeftAlone() throws IOException {
        ManifestOnlyJars.plugin(plugins.resolve("greeter-0.9.0.jar"), "greeter", "0.9.0", null);
        ManifestOnlyJars.plugin(plugins.resolve("greeter-old-name.jar"), "greeter", "0.8.0", null);
        ManifestOnlyJars.plugin(plugins.resolve("jokes-0.1.0.jar"), "jokes", "0.1.0", null);
        Files.writeString(plugins.resolve("broken.jar"), "not a zip");

        Installed installed = installer().install(ManifestOnlyJars.plugin(built.resolve("g.jar"), "greeter", "1.0.0", null));

        assertThat(installed.replaced()).containsExactly("greeter-0.9.0.jar", "greeter-old-name.jar");
        assertThat(files()).containsExactly("broken.jar", "greeter-1.0.0.jar", "jokes-0.1.0.jar");
    }

    @Test
    void aJarTheBotWouldRefuseDoesNotReplaceTheOneThatRuns() throws IOException {
        ManifestOnlyJars.plugin(plugins.resolve("greeter-1.0.0.jar"), "greeter", "1.0.0", null);
        Path broken = dev.cogbot.runtime.plugins.TestPluginJar.plugin("greeter", "1.0.1").helloCog()
                .indexAlso("GoneCog").writeTo(built);

        assertThatThrownBy(() -> installer().install(broken))
                .isInstanceOfSatisfying(PluginOperationException.class, e ->
                        assertThat(e.problem()).isInstanceOf(PluginProblem.IndexedClassMissing.class));
        assertThat(files()).containsExactly("greeter-1.0.0.jar");
    }

    @Test
    void aPluginIdThatCannotBeAFileNameIsRefusedAndNothingIsWritten() throws IOException {
        Path jar = ManifestOnlyJars.plugin(built.resolve("sneaky.jar"), "../sneaky", "1.0.0", null);

        assertThatThrownBy(() -> installer().install(jar)).isInstanceOf(PluginOperationException.class)
                .extracting(e -> ((PluginOperationException) e).problem()).isInstanceOf(PluginProblem.NotAPluginJar.class);
        assertThat(files()).isEmpty();
        assertThat(plugins.getParent().resolve("sneaky-1.0.0.jar")).doesNotExist();
    }
}
