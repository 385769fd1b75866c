package dev.cogbot.api;

/** Something scheduled that can be called off. */
public interface Cancellable {

    /** Calls it off; does nothing if it already ran or was cancelled. */
    void cancel();

    boolean isCancelled();
}
