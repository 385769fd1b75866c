package dev.cogbot.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PluginFolderNamesTest {

    @Test
    void aBareNameIsTakenStripped() {
        assertThat(PluginFolder.requireBareName("  jokes ")).isEqualTo("jokes");
    }

    @Test
    void aPathIsRefusedAsOutsideThePluginsFolder() {
        assertThatThrownBy(() -> PluginFolder.requireBareName("../jokes.jar"))
                .isInstanceOfSatisfying(PluginOperationException.class,
                        e -> assertThat(e.problem()).isInstanceOf(PluginProblem.OutsidePluginsFolder.class));
    }

    @Test
    void aNameNoFileCanHaveIsNoSuchPluginNotAnInvalidPathException() {
        assertThatThrownBy(() -> PluginFolder.requireBareName("jo\u0000kes"))
                .isInstanceOfSatisfying(PluginOperationException.class,
                        e -> assertThat(e.problem()).isInstanceOf(PluginProblem.NoSuchPlugin.class));
    }
}
