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
    STORAGE(4),
    /**
     * {@code cogbot run}: the data folder cannot be written, because its disk is full or read-only.
     * (A data folder of another user's is {@link #ANOTHER_USERS_BOT}.)
     */
    DATA_FOLDER(5),
    /** No plugin by that id (or JAR file name) is loaded or in the plugins folder. */
    NO_SUCH_PLUGIN(10),
    /** The plugin was refused or failed to start: not a plugin, already loaded, dependencies, versions, its code. */
    PLUGIN_FAILED(11),
    /** No bot is running on the data folder (load and unload still record the wish for its next start). */
    BOT_NOT_RUNNING(12),
    /**
     * The bot's files (its data folder, for {@code cogbot run}) belong to another user, whose
     * permissions keep this one out; run as that user.
     */
    ANOTHER_USERS_BOT(13),
    /** Discord rejected the bot token. */
    INVALID_TOKEN(20),
    /** Discord (or the configured API base URL) could not be reached. */
    DISCORD_UNREACHABLE(21),
    /** Discord refused the bot's intents: the Message Content intent is not enabled in the developer portal. */
    DISALLOWED_INTENTS(22),
    /** {@code install}: the artifact is in none of the repositories asked, or the {@code --file} is not there. */
    ARTIFACT_NOT_FOUND(30),
    /** {@code install}: the downloaded JAR does not match its repository's checksum. */
    CHECKSUM_MISMATCH(31),
    /** {@code install}: a repository could not be reached or read. */
    REPOSITORY_UNREACHABLE(32),
    /** {@code install}: the JAR is not a plugin (no readable descriptor). */
    NOT_A_PLUGIN(33),
    /** {@code install}: the plugin's {@code Plugin-Requires} does not accept this cogbot's plugin API. */
    WRONG_API_VERSION(34);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
