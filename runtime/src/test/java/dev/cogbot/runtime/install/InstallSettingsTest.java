package dev.cogbot.runtime.install;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.config.BotConfig;
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
}
