package dev.cogbot.e2e.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.operations.OperationsClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operations port of the real distribution ({@code bin/cogbot run}, its {@code lib/} and
 * {@code conf/cogbot.properties}), as a systemd unit or a container runs it.
 */
class OperationsThroughTheLauncherTest {

    @TempDir
    Path dir;

    @Test
    void theDistributionServesHealthAndMetricsOnTheConfiguredPort() throws IOException {
        Distribution distribution = Distribution.copyTo(dir.resolve("cogbot"));
        int port = freePort();
        configure(distribution, "operations.port=" + port);

        try (BotProcess bot = BotProcess.start(distribution)) {
            OperationsClient operations = new OperationsClient(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            assertThat(operations.get("/health/ready").status()).as(bot.errors()).isEqualTo(200);
            assertThat(operations.get("/metrics").body()).contains("cogbot_plugin_loads_total{plugin=\"jokes\"} 1.0");
        }
    }

    @Test
    void aTakenPortStopsTheStartWithOneLineAndTheConfigExitCode() throws IOException {
        Distribution distribution = Distribution.copyTo(dir.resolve("cogbot"));
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            configure(distribution, "operations.port=" + taken.getLocalPort());

            Distribution.Result result = distribution.run("run");

            assertThat(result.exitCode()).as(result.toString()).isEqualTo(3);
            assertThat(result.err()).as(result.toString()).contains("cannot open the operations port "
                    + taken.getLocalPort() + " on 127.0.0.1 (operations.port in ")
                    .contains("another program listens there. Choose a free port, or leave operations.port empty");
        }
    }

    private static void configure(Distribution distribution, String line) throws IOException {
        Files.writeString(distribution.home().resolve("conf").resolve("cogbot.properties"), "\n" + line + "\n",
                StandardOpenOption.APPEND);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
