package dev.cogbot.runtime.cli;

/** What {@code cogbot} exits with; scripts can tell the outcomes apart. */
public enum ExitCode {
    OK(0),
    /** Something unexpected; the log has the details. */
    FAILED(1),
    /** Wrong command-line usage; picocli's own convention. */
    USAGE(2),
    /** The config file or a setting is wrong. */
    BAD_CONFIG(3),
    /** The database could not be opened or used. */
    STORAGE(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
