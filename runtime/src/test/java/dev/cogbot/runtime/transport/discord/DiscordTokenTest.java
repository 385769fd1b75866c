package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscordTokenTest {

    private static final String SECRET = "MTIz.secret-token-value";

    @Test
    void aTokenNeverPrintsItself() {
        DiscordToken token = DiscordToken.of(SECRET, "DISCORD_TOKEN");
        assertThat(token.toString()).doesNotContain("secret").isEqualTo("DiscordToken[****]");
        assertThat(String.valueOf(token)).doesNotContain(SECRET);
    }

    @Test
    void aTokenFileMayEndWithANewline(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), SECRET + "\n");
        assertThat(DiscordToken.fromFile(file).reveal()).isEqualTo(SECRET);
    }

    @Test
    void aMissingTokenFileSaysWhichFileAndWhatToCheck(@TempDir Path dir) {
        assertThatThrownBy(() -> DiscordToken.fromFile(dir.resolve("nope")))
                .hasMessageContaining("cannot read the token file").hasMessageContaining("nope");
    }

    @Test
    void anEmptyTokenIsRefusedNamingItsSource() {
        assertThatThrownBy(() -> DiscordToken.of("  \n", "DISCORD_TOKEN")).hasMessage("the Discord token from DISCORD_TOKEN is empty");
    }

    @Test
    void aTokenWithSpacesIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> DiscordToken.of("Bot " + SECRET, "DISCORD_TOKEN"))
                .hasMessageContaining("contains spaces").hasMessageNotContaining(SECRET);
    }

    @Test
    void theTokenFileWinsOverTheEnvironmentWhichWinsOverTheConfig(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("token"), "from-file");
        assertThat(DiscordToken.find(file, "from-env", "from-config").orElseThrow().reveal()).isEqualTo("from-file");
        assertThat(DiscordToken.find(null, "from-env", "from-config").orElseThrow().reveal()).isEqualTo("from-env");
        assertThat(DiscordToken.find(null, null, "from-config").orElseThrow().reveal()).isEqualTo("from-config");
        assertThat(DiscordToken.find(null, "", null)).isEmpty();
    }
}
