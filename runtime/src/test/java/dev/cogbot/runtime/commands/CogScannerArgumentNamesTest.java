package dev.cogbot.runtime.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import org.junit.jupiter.api.Test;

class CogScannerArgumentNamesTest {

    @SuppressWarnings("unused")
    void greet(String who, @Arg("times") int count) {
    }

    @Test
    void aParameterCompiledWithoutItsNameLacksOne() throws Exception {
        // the JDK's own classes are compiled without -parameters
        var parameter = String.class.getMethod("substring", int.class, int.class).getParameters()[0];

        assertThat(CogScanner.lacksName(parameter)).isTrue();
    }

    @Test
    void aParameterCompiledWithItsNameHasOne() throws Exception {
        var parameter = getClass().getDeclaredMethod("greet", String.class, int.class).getParameters()[0];

        assertThat(CogScanner.lacksName(parameter)).isFalse();
    }
}
