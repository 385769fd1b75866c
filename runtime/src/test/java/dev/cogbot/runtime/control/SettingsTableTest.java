package dev.cogbot.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.settings.PluginSettingsReport;
import dev.cogbot.runtime.settings.SettingRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of {@code cogbot plugins --settings}. */
class SettingsTableTest {

    private static final PluginSettingsReport JOKES = new PluginSettingsReport("jokes", List.of(
            new SettingRow("jokes.reply-timeout", "duration, longer than 0", "1m", "30s", "environment",
                    "how long knock_knock waits"),
            new SettingRow("jokes.greeting", "text", "", "", "default", "what to say")),
            List.of("jokes.reply-timout is set, but plugin jokes has no such setting; did you mean jokes.reply-timeout?"));

    @Test
    void eachSettingIsARowUnderAHeaderThenThePluginsWithNoneThenTheTypos() {
        List<String> lines = Reports.settingsTable(List.of(JOKES, new PluginSettingsReport("poll", List.of(), List.of()),
                new PluginSettingsReport("remind", List.of(), List.of())));

        assertThat(lines).containsExactly(
                "KEY                  TYPE                     DEFAULT  VALUE  FROM         HELP",
                "jokes.reply-timeout  duration, longer than 0  1m       30s    environment  how long knock_knock waits",
                "jokes.greeting       text                     -        -      default      what to say",
                "declare no settings: poll, remind",
                "warning: jokes.reply-timout is set, but plugin jokes has no such setting; did you mean jokes.reply-timeout?");
    }

    @Test
    void withNoPluginRunningItSaysSo() {
        assertThat(Reports.settingsTable(List.of())).containsExactly("no plugins are running");
    }

    @Test
    void withNoSettingsDeclaredThereIsNoEmptyTable() {
        assertThat(Reports.settingsTable(List.of(new PluginSettingsReport("poll", List.of(), List.of()))))
                .containsExactly("declare no settings: poll");
    }
}
