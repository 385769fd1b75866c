package dev.cogbot.runtime.control;

import java.io.IOException;

/** A request or response that does not follow the control protocol, e.g. from a cogbot of another version. */
public final class ControlProtocolException extends IOException {

    public ControlProtocolException(String message) {
        super(message);
    }
}
