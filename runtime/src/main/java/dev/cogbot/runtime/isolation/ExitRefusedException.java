package dev.cogbot.runtime.isolation;

/**
 * Thrown in a plugin in place of ending the bot: plugin code called {@code System.exit},
 * {@code Runtime.exit} or {@code Runtime.halt}. In a command it fails that command like any other
 * exception the command throws.
 */
public final class ExitRefusedException extends SecurityException {

    private final String pluginId;

    ExitRefusedException(String pluginId, String message) {
        super(message);
        this.pluginId = pluginId;
    }

    /** The plugin whose code tried to end the bot. */
    public String pluginId() {
        return pluginId;
    }
}
