package dev.cogbot.runtime.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import java.net.InetAddress;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OperationsSettingsTest {

    @Test
    void thePortIsOffUnlessSet() {
        assertThat(OperationsSettings.from(BotConfig.empty()).enabled()).isFalse();
    }

    @Test
    void thePortListensOnLoopbackUnlessToldOtherwise() throws Exception {
        OperationsSettings settings = OperationsSettings.from(BotConfig.of(Map.of("operations.port", "9464")));

        assertThat(settings.port()).isEqualTo(OptionalInt.of(9464));
        assertThat(settings.bind()).isEqualTo(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void everyInterfaceIsTheAddressZero() throws Exception {
        OperationsSettings settings = OperationsSettings.from(BotConfig.of(Map.of("operations.port", "9464",
                "operations.bind", "0.0.0.0")));

        assertThat(settings.bind()).isEqualTo(InetAddress.getByName("0.0.0.0"));
    }

    @Test
    void aPortThatIsNoNumberIsAOneLineConfigError() {
        assertThatThrownBy(() -> OperationsSettings.from(BotConfig.of(Map.of("operations.port", "http"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting operations.port (from operations.port in the bot's settings) must be a port number"
                        + " from 1 to 65535 (0: any free port), or empty for no operations port, got 'http'");
    }

    @Test
    void aPortBeyondTheLastIsAOneLineConfigError() {
        assertThatThrownBy(() -> OperationsSettings.from(BotConfig.of(Map.of("operations.port", "70000"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be a port number from 1 to 65535")
                .hasMessageEndingWith("got '70000'");
    }

    @Test
    void anAddressWrittenAsAUrlIsAOneLineConfigError() {
        assertThatThrownBy(() -> OperationsSettings.from(BotConfig.of(Map.of("operations.port", "9464",
                "operations.bind", "http://127.0.0.1"))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting operations.bind (from operations.bind in the bot's settings) must be an address of"
                        + " this machine to listen on, such as 127.0.0.1, or 0.0.0.0 for every interface,"
                        + " got 'http://127.0.0.1'");
    }
}
