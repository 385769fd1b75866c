package dev.cogbot.runtime.settings;

/**
 * One declared setting as {@code cogbot plugins --settings} lists it.
 *
 * @param key      the full key, e.g. {@code jokes.reply-timeout}
 * @param type     e.g. {@code duration, longer than 0}
 * @param fallback the default, as written in the config file
 * @param value    the value in use, as written in the config file
 * @param origin   where the value comes from: {@code default}, {@code file}, {@code environment} or {@code command line}
 * @param help     what the setting does
 */
public record SettingRow(String key, String type, String fallback, String value, String origin, String help) {
}
