package dev.cogbot.runtime.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    @Test
    void groupArtifactAndVersionAreReadApart() {
        assertThat(Coordinates.parse(" org.example:greeter:1.2.0-SNAPSHOT "))
                .isEqualTo(new Coordinates("org.example", "greeter", "1.2.0-SNAPSHOT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"greeter", "org.example:greeter", "org.example:greeter:jar:1.0.0", "org.example::1.0.0",
            "org/example:greeter:1.0.0", "org.example:greeter:../../x", "org.example:greeter:1.0 0", "",
            "..:greeter:1.0.0", "org..example:greeter:1.0.0", "org.example:..:1.0.0", ".org:greeter:1.0.0"})
    void anythingElseIsRefusedSayingWhatToGive(String given) {
        assertThatThrownBy(() -> Coordinates.parse(given)).isInstanceOf(InstallException.class)
                .hasMessageContaining("give groupId:artifactId:version");
    }
}
