package dev.cogbot.runtime.operations;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.OptionalInt;

/**
 * Whether and where the operations port listens: {@code operations.port} (empty: no port; 0: any
 * free one, as tests use) and {@code operations.bind} (the address, this machine's loopback by
 * default, so nothing outside the machine, or the pod, reaches it unless asked for).
 *
 * <pre>{@code
 * OperationsSettings settings = OperationsSettings.from(config);   // operations.port=9464
 * settings.port();                                                  // OptionalInt[9464]
 * }</pre>
 *
 * @param port the TCP port, or empty when the port is off
 * @param bind the address it listens on
 */
public record OperationsSettings(OptionalInt port, InetAddress bind) {

    public static final String PORT = "operations.port";
    public static final String BIND = "operations.bind";
    public static final String DEFAULT_BIND = "127.0.0.1";

    /** No port. */
    public static final OperationsSettings OFF = new OperationsSettings(OptionalInt.empty(), InetAddress.getLoopbackAddress());

    /**
     * @throws ConfigException naming the key and where its value came from if the port is not a
     *                         port number or the address not one of this machine's
     */
    public static OperationsSettings from(BotConfig config) {
        OptionalInt port = config.get(PORT).map(value -> OptionalInt.of(port(config, value))).orElse(OptionalInt.empty());
        return new OperationsSettings(port, bind(config, config.get(BIND).orElse(DEFAULT_BIND)));
    }

    /** Whether the port is on. */
    public boolean enabled() {
        return port.isPresent();
    }

    private static int port(BotConfig config, String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65_535) {
            throw new ConfigException("setting " + PORT + " (from " + config.source(PORT) + ") must be a port number"
                    + " from 1 to 65535 (0: any free port), or empty for no operations port, got '" + value + "'");
        }
        return port;
    }

    private static InetAddress bind(BotConfig config, String value) {
        if (value.codePoints().anyMatch(c -> Character.isWhitespace(c) || c == '/')) {
            throw notAnAddress(config, value, null);
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw notAnAddress(config, value, e);
        }
    }

    private static ConfigException notAnAddress(BotConfig config, String value, Exception cause) {
        return new ConfigException("setting " + BIND + " (from " + config.source(BIND) + ") must be an address of this"
                + " machine to listen on, such as 127.0.0.1, or 0.0.0.0 for every interface, got '" + value + "'", cause);
    }
}
