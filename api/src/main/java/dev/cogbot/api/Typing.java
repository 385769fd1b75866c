package dev.cogbot.api;

/** A running "is typing…" indicator; closing it stops the indicator. Closing twice is harmless. */
public interface Typing extends AutoCloseable {
    @Override
    void close();
}
