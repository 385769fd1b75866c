package dev.cogbot.runtime.install;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InstallSettingsTest {

    @Test
    void byDefaultMavenCentralAfterTheUsersLocalRepository() {
        InstallSettings settings = InstallSettings.from(BotConfig.empty());

        assertThat(settings.repositories()).containsExactly(URI.create(InstallSettings.DEFAULT_REPOSITORY));
        assertThat(settings.localRepository()).isEqualTo(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }

    @Test
    void repositoriesAreAskedInTheOrderGiven() {
        InstallSettings settings = InstallSettings.from(BotConfig.empty()
                .withOverride(InstallSettings.REPOSITORIES, "https://a.example/maven/, file:///srv/maven/,")
                .withOverride(InstallSettings.LOCAL_REPOSITORY, "/srv/m2"));

        assertThat(settings.repositories()).containsExactly(URI.create("https://a.example/maven/"), URI.create("file:///srv/maven/"));
        assertThat(settings.localRepository()).isEqualTo(Path.of("/srv/m2").toAbsolutePath());
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedWithoutShowingItsPassword() {
        BotConfig config = BotConfig.empty().withOverride(InstallSettings.REPOSITORIES, "http://bot:s3cret@repo.example/maven/");

        assertThatThrownBy(() -> InstallSettings.from(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'http://bot:***@repo.example/maven/' is plain http, which anyone on the way can read"
                        + " and change; use its https: URL")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void plainHttpOnThisMachineIsAccepted() {
        InstallSettings settings = InstallSettings.from(BotConfig.empty()
                .withOverride(InstallSettings.REPOSITORIES, "http://127.0.0.1:8081/maven/, http://localhost/m2/"));

        assertThat(settings.repositories()).hasSize(2);
    }
}
