package dev.cogbot.runtime.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** This machine's name, as nodes are listed by and named after by default. */
final class HostName {

    private HostName() {
    }

    /**
     * The host's name: {@code HOSTNAME} if set (a container's or pod's name, with no DNS lookup),
     * else what the network stack says.
     *
     * @throws IllegalStateException if it cannot be told
     */
    static String local() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            throw new IllegalStateException("cannot tell this host's name (" + e.getMessage() + ")", e);
        }
    }
}
