package dev.cogbot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The API a plugin is checked against: the cogbot-api it compiles against, without a qualifier. */
class ApiVersionTest {

    @Test
    void isTheCogbotApiDependencysVersionWithoutItsQualifier() throws Exception {
        assertThat(ApiVersion.of(List.of("org.pf4j:pf4j:3.15.0", "dev.cogbot:cogbot-api:0.3.0-SNAPSHOT")))
                .isEqualTo("0.3.0");
    }

    @Test
    void aReleaseVersionIsTakenAsItIs() throws Exception {
        assertThat(ApiVersion.of(List.of("dev.cogbot:cogbot-api:1.2.3"))).isEqualTo("1.2.3");
    }

    @Test
    void aProjectWithoutTheApiIsToldWhatToDo() {
        assertThatThrownBy(() -> ApiVersion.of(List.of("org.pf4j:pf4j:3.15.0")))
                .isInstanceOf(MojoExecutionException.class)
                .hasMessage("the project does not depend on dev.cogbot:cogbot-api, so there is no API version to check"
                        + " Plugin-Requires against; use cogbot-plugin-parent as the parent, or set cogbot.check.apiVersion");
    }
}
