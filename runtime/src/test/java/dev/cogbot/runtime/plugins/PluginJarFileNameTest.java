package dev.cogbot.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PluginJar#folderFileName}: the one rule for naming a plugin's file in the plugins folder (install, dev mode). */
class PluginJarFileNameTest {

    @TempDir
    Path dir;

    @Test
    void aPluginsFileIsNamedForItsIdAndTheTailGiven() {
        PluginJar jar = PluginJar.inspect(TestPluginJar.plugin("greeter", "1.0.0").helloCog().writeTo(dir));

        assertThat(jar.folderFileName("1.0.0")).isEqualTo("greeter-1.0.0.jar");
        assertThat(jar.folderFileName("dev")).isEqualTo("greeter-dev.jar");
    }

    @Test
    void anIdThatWouldClimbOutOfTheFolderIsRefusedSayingWhatAnIdMayBe() {
        PluginJar jar = PluginJar.inspect(TestPluginJar.plugin("../../outside", "1.0.0").helloCog()
                .writeAs(dir.resolve("outside.jar")));

        assertThatThrownBy(() -> jar.folderFileName("1.0.0"))
                .isInstanceOf(PluginOperationException.class)
                .hasMessage("outside.jar is not a plugin: its Plugin-Id and Plugin-Version must be letters, digits and"
                        + " . _ + - in dotted words, to name its file in the plugins folder; got '../../outside'");
    }

    @Test
    void aVersionWithAnEmptyPartIsRefused() {
        PluginJar jar = PluginJar.inspect(TestPluginJar.plugin("greeter", "1..0").helloCog().writeTo(dir));

        assertThatThrownBy(() -> jar.folderFileName("1..0")).isInstanceOf(PluginOperationException.class);
    }
}
