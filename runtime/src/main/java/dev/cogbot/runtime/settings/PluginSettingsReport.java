package dev.cogbot.runtime.settings;

import java.util.List;

/**
 * A loaded plugin's declared settings, with their values, and what is set under its id that it does
 * not declare.
 *
 * @param pluginId the plugin
 * @param settings its declared settings, in declaration order
 * @param unknown  one line per name set under its id that it does not declare, e.g.
 *                 {@code jokes.reply-timout in the config file is no setting of plugin jokes; did you mean jokes.reply-timeout?}
 */
public record PluginSettingsReport(String pluginId, List<SettingRow> settings, List<String> unknown) {

    public PluginSettingsReport {
        settings = List.copyOf(settings);
        unknown = List.copyOf(unknown);
    }
}
