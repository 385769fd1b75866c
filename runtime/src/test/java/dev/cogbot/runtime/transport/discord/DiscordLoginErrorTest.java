package dev.cogbot.runtime.transport.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cogbot.runtime.transport.QuietListener;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiscordLoginErrorTest {

    @Test
    void proxyCredentialsInTheApiBaseUrlAreHiddenInTheLoginError() throws IOException {
        URI base = URI.create("http://proxyuser:proxy-secret@127.0.0.1:" + closedPort() + "/api/v10/");
        DiscordTransport discord = new DiscordTransport(new DiscordOptions(
                DiscordToken.of("MTIz.NDU2.Nzg5", "the test"), Optional.of(base), Optional.empty()));

        DiscordLoginException error = catchThrowableOfType(DiscordLoginException.class, () -> discord.start(new QuietListener()));

        assertThat(error.getMessage()).contains("proxyuser:***@127.0.0.1").doesNotContain("proxy-secret");
    }

    /** A port nothing listens on: the login fails at once, as against a proxy that is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
