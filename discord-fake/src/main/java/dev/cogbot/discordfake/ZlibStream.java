package dev.cogbot.discordfake;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Discord's {@code compress=zlib-stream} transport compression: one zlib stream per connection, each
 * payload deflated with a sync flush so it ends in {@code 00 00 ff ff}, sent as a binary frame.
 * Not thread-safe; {@link GatewayConnection} serialises its use.
 */
final class ZlibStream {

    private final Deflater deflater = new Deflater();
    private final byte[] buffer = new byte[8192];

    byte[] compress(byte[] payload) {
        deflater.setInput(payload);
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length / 2 + 16);
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length);
        return out.toByteArray();
    }

    void close() {
        deflater.end();
    }
}
