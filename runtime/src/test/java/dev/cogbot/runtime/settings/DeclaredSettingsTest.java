package dev.cogbot.runtime.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Setting;
import dev.cogbot.runtime.commands.CogDefinitionException;
import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.PluginSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredSettingsTest {

    enum Who { MODERATORS, EVERYONE }

    private static final Setting<Duration> REPLY_TIMEOUT = Setting.duration("reply-timeout", Duration.ofSeconds(60),
            "how long to wait for an answer").positive();
    private static final Setting<Who> WHO = Setting.choice("who", Who.class, Who.MODERATORS, "who may");

    @TempDir
    Path dir;

    /** A cog of the given name declaring {@code settings}. */
    private static Cog cog(String name, Setting<?>... settings) {
        return new Cog() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<Setting<?>> settings() {
                return List.of(settings);
            }
        };
    }

    private PluginSettings jokes(String file, Map<String, String> env) throws IOException {
        Path properties = Files.writeString(dir.resolve("cogbot.properties"), file);
        return BotConfig.load(properties, env).forPlugin("jokes");
    }

    @Test
    void aWrongValueIsRefusedNamingTheFullKeyWhereItWasSetWhatIsExpectedAndTheValue() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", REPLY_TIMEOUT)));

        assertThatThrownBy(() -> declared.check(jokes("", Map.of("COGBOT_JOKES_REPLY_TIMEOUT", "soon"))))
                .isInstanceOf(BadSettingException.class)
                .hasMessage("setting jokes.reply-timeout (from COGBOT_JOKES_REPLY_TIMEOUT) must be a duration such as"
                        + " 30s, 5m or 1h, longer than 0, got 'soon'");
    }

    @Test
    void aWrongValueInTheFileIsNamedWithTheFile() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", WHO)));

        assertThatThrownBy(() -> declared.check(jokes("jokes.who=mods\n", Map.of())))
                .hasMessage("setting jokes.who (from jokes.who in " + dir.resolve("cogbot.properties")
                        + ") must be moderators or everyone, got 'mods'");
    }

    @Test
    void aLongWrongValueIsQuotedInPart() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", WHO)));

        assertThatThrownBy(() -> declared.check(jokes("jokes.who=" + "x".repeat(500) + "\n", Map.of())))
                .hasMessageEndingWith("got '" + "x".repeat(BadSettingException.QUOTED) + "…'");
    }

    @Test
    void aPasswordInAUrlIsNeitherListedNorQuoted() throws IOException {
        Setting<String> hook = Setting.text("hook", "", "where to post jokes");
        Setting<Long> port = Setting.number("port", 80, "the port");
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", hook, port)));
        PluginSettings values = jokes("jokes.hook=https://bot:hunter2@example.com/hook\n"
                + "jokes.port=https://bot:hunter2@example.com\n", Map.of());

        assertThat(declared.report(values).settings().getFirst().value()).doesNotContain("hunter2").contains("example.com");
        assertThatThrownBy(() -> declared.check(values)).message().doesNotContain("hunter2").contains("example.com");
    }

    @Test
    void rightValuesAndUnsetOnesPass() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", REPLY_TIMEOUT, WHO)));

        declared.check(jokes("jokes.who=everyone\n", Map.of()));
    }

    @Test
    void twoCogsMayDeclareTheSameSetting() {
        DeclaredSettings declared = DeclaredSettings.of("jokes",
                List.of(cog("Jokes", REPLY_TIMEOUT), cog("Riddles", REPLY_TIMEOUT, WHO)));

        assertThat(declared.all()).containsExactly(REPLY_TIMEOUT, WHO);
    }

    @Test
    void twoCogsDeclaringOneKeyTwoWaysAreRefused() {
        Setting<Duration> longer = Setting.duration("reply-timeout", Duration.ofMinutes(5), "how long to wait");

        assertThatThrownBy(() -> DeclaredSettings.of("jokes", List.of(cog("Jokes", REPLY_TIMEOUT), cog("Riddles", longer))))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("setting jokes.reply-timeout is declared two ways: by Jokes as duration, longer than 0"
                        + " defaulting to 1m, by Riddles as duration defaulting to 5m; declare it once, in a constant"
                        + " the cogs share");
    }

    @Test
    void aKeyNamingASecretIsRefused() {
        Setting<String> token = Setting.text("api-token", "", "the joke service's token");

        assertThatThrownBy(() -> DeclaredSettings.of("jokes", List.of(cog("Jokes", token))))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("Jokes declares setting jokes.api-token, but keys naming a token, secret or password are"
                        + " the runtime's alone and never reach a plugin; rename it");
    }

    @Test
    void aMisspeltKeyInTheFileIsNamedWithTheClosestDeclaredOne() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", REPLY_TIMEOUT, WHO)));

        assertThat(declared.report(jokes("jokes.reply-timout=30s\njokes.who=everyone\n", Map.of())).unknown())
                .containsExactly("jokes.reply-timout is set, but plugin jokes has no such setting;"
                        + " did you mean jokes.reply-timeout?");
    }

    @Test
    void aMisspeltEnvironmentVariableIsNamedWithTheClosestDeclaredOne() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", REPLY_TIMEOUT)));

        assertThat(declared.report(jokes("", Map.of("COGBOT_JOKES_REPLY_TIMOUT", "30s",
                "COGBOT_JOKES_REPLY_TIMEOUT", "30s", "COGBOT_PREFIX", "?"))).unknown())
                .containsExactly("COGBOT_JOKES_REPLY_TIMOUT is set, but plugin jokes has no such setting;"
                        + " did you mean COGBOT_JOKES_REPLY_TIMEOUT?");
    }

    @Test
    void anotherPluginsVariableUnderTheSamePrefixIsNoTypo() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", REPLY_TIMEOUT)));

        assertThat(declared.report(jokes("", Map.of("COGBOT_JOKES_EXTRA_LIMIT", "3")), List.of("jokes", "jokes-extra"))
                .unknown()).isEmpty();
    }

    @Test
    void aKeyLikeNoDeclaredOnePointsToTheListing() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", REPLY_TIMEOUT)));

        assertThat(declared.report(jokes("jokes.favourite-colour=blue\n", Map.of())).unknown())
                .containsExactly("jokes.favourite-colour is set, but plugin jokes has no such setting;"
                        + " 'cogbot plugins --settings' lists its settings");
    }

    @Test
    void aPluginDeclaringNoSettingsIsNotWarnedAbout() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes")));

        assertThat(declared).isSameAs(DeclaredSettings.NONE);
        assertThat(declared.report(jokes("jokes.anything=1\n", Map.of())).unknown()).isEmpty();
    }

    @Test
    void theReportListsEachSettingWithItsDefaultValueAndWhereTheValueComesFrom() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", REPLY_TIMEOUT, WHO)));

        PluginSettingsReport report = declared.report(jokes("jokes.reply-timeout=90\n", Map.of()));

        assertThat(report.pluginId()).isEqualTo("jokes");
        assertThat(report.settings()).containsExactly(
                new SettingRow("jokes.reply-timeout", "duration, longer than 0", "1m", "1m30s", "file",
                        "how long to wait for an answer"),
                new SettingRow("jokes.who", "one of moderators, everyone", "moderators", "moderators", "default",
                        "who may"));
    }

    @Test
    void theEnvironmentWinsOverTheFileInTheReport() throws IOException {
        DeclaredSettings declared = DeclaredSettings.of("jokes", List.of(cog("Jokes", WHO)));

        PluginSettingsReport report = declared.report(jokes("jokes.who=moderators\n", Map.of("COGBOT_JOKES_WHO", "everyone")));

        assertThat(report.settings()).extracting(SettingRow::value, SettingRow::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("everyone", "environment"));
    }
}
