package dev.cogbot.runtime.cluster;

import dev.cogbot.api.Cancellable;

/** A {@link Cancellable} with nothing to cancel. */
final class Cancellables {

    static final Cancellable DONE = new Cancellable() {
        @Override
        public void cancel() {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    private Cancellables() {
    }
}
