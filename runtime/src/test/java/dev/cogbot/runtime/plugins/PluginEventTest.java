package dev.cogbot.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lines the console prints for plugin events. */
class PluginEventTest {

    @Test
    void aLoadNamesThePluginItsVersionAndItsFile() {
        assertThat(new PluginEvent.Loaded("jokes", "0.1.0", "jokes-0.1.0.jar").line())
                .isEqualTo("plugin jokes 0.1.0 loaded (jokes-0.1.0.jar)");
    }

    @Test
    void aReloadNamesBothVersions() {
        assertThat(new PluginEvent.Reloaded("jokes", "0.1.0", "0.2.0", "jokes-0.2.0.jar").line())
                .isEqualTo("plugin jokes reloaded: 0.1.0 -> 0.2.0 (jokes-0.2.0.jar)");
    }

    @Test
    void anUnloadNamesThePluginAndItsVersion() {
        assertThat(new PluginEvent.Unloaded("jokes", "0.2.0").line()).isEqualTo("plugin jokes 0.2.0 unloaded");
    }

    @Test
    void aRefusalSaysWhyInTheProblemsOwnWords() {
        assertThat(new PluginEvent.Refused(new PluginProblem.NotAPluginJar("x.jar", "it has no plugin descriptor")).line())
                .isEqualTo("plugin refused: x.jar is not a plugin: it has no plugin descriptor");
    }
}
