/**
 * The settings plugins declare ({@link dev.cogbot.api.Setting}): checked before a plugin loads,
 * listed by {@code cogbot plugins --settings}, and compared with what is set under the plugin's id to
 * catch misspelt keys. {@link dev.cogbot.runtime.settings.DeclaredSettings} does all three.
 */
package dev.cogbot.runtime.settings;
