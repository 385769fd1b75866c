package dev.cogbot.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotConfigTest {

    @TempDir
    Path dir;

    private Path file(String content) throws Exception {
        return Files.writeString(dir.resolve("cogbot.properties"), content, StandardCharsets.UTF_8);
    }

    @Test
    void readsValuesFromTheFile() throws Exception {
        BotConfig config = BotConfig.load(file("""
                prefix = ?
                owners = 123, 456 ,,alice
                jokes.greeting = Grüß dich 👋
                """), Map.of());

        assertThat(config.prefix()).isEqualTo("?");
        assertThat(config.owners()).containsExactly("123", "456", "alice");
        assertThat(config.get("jokes.greeting")).contains("Grüß dich 👋");
        assertThat(config.get("missing")).isEmpty();
    }

    @Test
    void theEnvironmentWinsOverTheFile() throws Exception {
        BotConfig config = BotConfig.load(file("jokes.reply-timeout=30s\nprefix=?\n"),
                Map.of("COGBOT_JOKES_REPLY_TIMEOUT", "2m", "COGBOT_PREFIX", "$", "HOME", "/somewhere"));

        assertThat(config.get("jokes.reply-timeout")).contains("2m");
        assertThat(config.prefix()).isEqualTo("$");
        assertThat(config.source("prefix")).isEqualTo("COGBOT_PREFIX");
    }

    @Test
    void overridesWinOverEverythingAndLeaveTheOriginalAlone() throws Exception {
        BotConfig loaded = BotConfig.load(file("prefix=?\n"), Map.of("COGBOT_PREFIX", "$"));

        BotConfig overridden = loaded.withOverride("prefix", "%");

        assertThat(overridden.prefix()).isEqualTo("%");
        assertThat(loaded.prefix()).isEqualTo("$");
    }

    @Test
    void envNamesAreUpperCaseWithUnderscores() {
        assertThat(BotConfig.envName("jokes.reply-timeout")).isEqualTo("COGBOT_JOKES_REPLY_TIMEOUT");
        assertThat(BotConfig.envName("jdbc-url")).isEqualTo("COGBOT_JDBC_URL");
    }

    @Test
    void aMissingFileMeansDefaults() {
        BotConfig config = BotConfig.load(dir.resolve("nope.properties"), Map.of());

        assertThat(config.prefix()).isEqualTo("!");
        assertThat(config.owners()).isEmpty();
        assertThat(config.get("anything")).isEmpty();
    }

    @Test
    void emptyHasDefaults() {
        assertThat(BotConfig.empty().prefix()).isEqualTo("!");
        assertThat(BotConfig.empty().owners()).isEmpty();
    }

    @Test
    void blankValuesCountAsUnset() throws Exception {
        BotConfig config = BotConfig.load(file("prefix=?\nowners=   \njokes.greeting=\n"),
                Map.of("COGBOT_PREFIX", "  "));

        assertThat(config.prefix()).isEqualTo("?");
        assertThat(config.owners()).isEmpty();
        assertThat(config.get("jokes.greeting")).isEmpty();
        assertThat(config.withOverride("prefix", "").prefix()).isEqualTo("?");
    }

    @Test
    void valuesAreStripped() {
        assertThat(BotConfig.empty().withOverride("k", "  v \t").get("k")).contains("v");
    }

    @Test
    void aPrefixWithSpacesIsRejectedNamingWhereItCameFrom() throws Exception {
        BotConfig config = BotConfig.load(file("prefix=hey bot\n"), Map.of());

        assertThatThrownBy(config::prefix)
                .isInstanceOf(ConfigException.class)
                .hasMessage("prefix must be one word without spaces, got 'hey bot' (from prefix in "
                        + dir.resolve("cogbot.properties") + ")");
    }

    @Test
    void jdbcUrlDefaultsToAnH2FileInTheDataFolder() {
        Path data = dir.resolve("data");

        assertThat(BotConfig.empty().jdbcUrl(data)).startsWith("jdbc:h2:file:").contains("cogbot");
        assertThat(BotConfig.empty().withOverride("jdbc-url", "jdbc:h2:mem:x").jdbcUrl(data)).isEqualTo("jdbc:h2:mem:x");
    }

    @Test
    void theDatabasePasswordComesFromTheEnvironmentApartFromTheUrl() throws Exception {
        BotConfig config = BotConfig.load(file("jdbc-url=jdbc:postgresql://db/cogbot?user=bot\n"),
                Map.of("COGBOT_JDBC_PASSWORD", "hunter2"));

        assertThat(config.jdbcPassword()).contains("hunter2");
        assertThat(BotConfig.empty().jdbcPassword()).isEmpty();
    }

    @Test
    void aDatabasePasswordFileWinsAndIsReadStripped() throws Exception {
        Path secret = Files.writeString(dir.resolve("db-password"), "hunter2\n", StandardCharsets.UTF_8);
        BotConfig config = BotConfig.load(file("jdbc-password-file=" + secret + "\n"),
                Map.of("COGBOT_JDBC_PASSWORD", "other"));

        assertThat(config.jdbcPassword()).contains("hunter2");
    }

    @Test
    void aMissingDatabasePasswordFileIsOneLineNamingTheSetting() throws Exception {
        Path missing = dir.resolve("nope");
        BotConfig config = BotConfig.load(file("jdbc-password-file=" + missing + "\n"), Map.of());

        assertThatThrownBy(config::jdbcPassword).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cannot read the database password file " + missing + ": ")
                .hasMessageEndingWith("; check the path and its permissions (jdbc-password-file from jdbc-password-file in "
                        + dir.resolve("cogbot.properties") + ")");
    }

    @Test
    void durationsParseAndNameTheKeyWhenWrong() {
        BotConfig config = BotConfig.empty().withOverride("typing.refresh", "8s").withOverride("bad", "soon");

        assertThat(config.duration("typing.refresh", Duration.ZERO)).isEqualTo(Duration.ofSeconds(8));
        assertThat(config.duration("unset", Duration.ofMinutes(1))).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> config.duration("bad", Duration.ZERO))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting bad (from bad set on the command line): 'soon' is not a duration; try 30s, 5m or 1h");
    }

    @Test
    void aDurationThatMayBeOffIsEmptyWhenOffAndRefusesZero() {
        BotConfig config = BotConfig.empty().withOverride("warn", "off").withOverride("every", "2s")
                .withOverride("zero", "0");

        assertThat(config.durationOrOff("warn", Duration.ofSeconds(10))).isEmpty();
        assertThat(config.durationOrOff("every", Duration.ofSeconds(10))).contains(Duration.ofSeconds(2));
        assertThat(config.durationOrOff("unset", Duration.ofSeconds(10))).contains(Duration.ofSeconds(10));
        assertThatThrownBy(() -> config.durationOrOff("zero", Duration.ofSeconds(10)))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting zero (from zero set on the command line) must be longer than 0, or off, got '0'");
    }

    @Test
    void theStoresConnectionTimeoutIsFiveSecondsUnlessSet() {
        assertThat(BotConfig.empty().storeOptions().connectionTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void theStoresConnectionTimeoutIsTheSetDuration() {
        BotConfig config = BotConfig.empty().withOverride("store.connection-timeout", "750ms");

        assertThat(config.storeOptions().connectionTimeout()).isEqualTo(Duration.ofMillis(750));
    }

    @Test
    void aStoreConnectionTimeoutUnderAQuarterSecondIsAOneLineError() {
        BotConfig config = BotConfig.empty().withOverride("store.connection-timeout", "100ms");

        assertThatThrownBy(config::storeOptions)
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting store.connection-timeout (from store.connection-timeout set on the command line)"
                        + " must be at least 250ms, got '100ms'");
    }

    @Test
    void aStoreConnectionTimeoutThatIsNoDurationIsAOneLineError() {
        BotConfig config = BotConfig.empty().withOverride("store.connection-timeout", "soon");

        assertThatThrownBy(config::storeOptions)
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting store.connection-timeout (from store.connection-timeout set on the command line):"
                        + " 'soon' is not a duration; try 30s, 5m or 1h");
    }

    @Test
    void wholeNumbersParseAndNameTheKeyWhenWrongOrTooSmall() {
        BotConfig config = BotConfig.empty().withOverride("limits.commands-per-user", "6")
                .withOverride("words", "six").withOverride("zero", "0");

        assertThat(config.wholeNumber("limits.commands-per-user", 4, 1)).isEqualTo(6);
        assertThat(config.wholeNumber("unset", 4, 1)).isEqualTo(4);
        assertThatThrownBy(() -> config.wholeNumber("words", 4, 1))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting words (from words set on the command line) must be a whole number, got 'six'");
        assertThatThrownBy(() -> config.wholeNumber("zero", 4, 1))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting zero (from zero set on the command line) must be at least 1, got 0");
    }

    @Test
    void pluginSettingsSeeOnlyTheirOwnKeys() throws Exception {
        BotConfig config = BotConfig.load(file("""
                jokes.reply-timeout = 45s
                jokes.name = Jester
                hush.name = Quiet
                prefix = ?
                """), Map.of("COGBOT_HUSH_NAME", "Shh"));

        Settings jokes = config.forPlugin("jokes");
        Settings hush = config.forPlugin("hush");

        assertThat(jokes.duration("reply-timeout", Duration.ZERO)).isEqualTo(Duration.ofSeconds(45));
        assertThat(jokes.string("name", "?")).isEqualTo("Jester");
        assertThat(hush.string("name", "?")).isEqualTo("Shh");
        assertThat(jokes.get("prefix")).isEmpty();
        assertThat(jokes.number("limit", 5)).isEqualTo(5);
    }

    @Test
    void eachValueSaysWhereItComesFrom() throws Exception {
        BotConfig config = BotConfig.load(file("jokes.a=1\njokes.b=1\n"), Map.of("COGBOT_JOKES_B", "2", "COGBOT_JOKES_C", "3"))
                .withOverride("jokes.d", "4");

        assertThat(config.origin("jokes.a")).isEqualTo(BotConfig.Origin.FILE);
        assertThat(config.origin("jokes.b")).isEqualTo(BotConfig.Origin.ENVIRONMENT);
        assertThat(config.origin("jokes.c")).isEqualTo(BotConfig.Origin.ENVIRONMENT);
        assertThat(config.origin("jokes.d")).isEqualTo(BotConfig.Origin.OVERRIDE);
        assertThat(config.origin("jokes.e")).isEqualTo(BotConfig.Origin.DEFAULT);
    }

    @Test
    void theNamesSetUnderAPrefixAreTheFilesKeysTheOverridesAndTheEnvironmentVariables() throws Exception {
        BotConfig config = BotConfig.load(file("jokes.reply-timout=30s\njokes.blank=\nhush.max=1h\n"),
                Map.of("COGBOT_JOKES_LAUGH_DELAY", "2s", "COGBOT_HUSH_MAX", "2h")).withOverride("jokes.x", "1");

        assertThat(config.namesSetUnder("jokes.")).containsExactly("COGBOT_JOKES_LAUGH_DELAY", "jokes.reply-timout", "jokes.x");
        assertThat(config.forPlugin("hush").namesSet()).containsExactly("COGBOT_HUSH_MAX", "hush.max");
    }

    @Test
    void valuesGivenAsAMapAreReadAsTheFilesAre() {
        BotConfig config = BotConfig.of(Map.of("jokes.reply-timeout", " 30s "));

        assertThat(config.get("jokes.reply-timeout")).contains("30s");
        assertThat(config.origin("jokes.reply-timeout")).isEqualTo(BotConfig.Origin.FILE);
        assertThat(config.source("jokes.reply-timeout")).isEqualTo("jokes.reply-timeout in the bot's settings");
    }

    @Test
    void pluginIdsWithDashesMapToEnvironmentVariables() {
        BotConfig config = BotConfig.load(dir.resolve("none"), Map.of("COGBOT_DAD_JOKES_LIMIT", "3"));

        assertThat(config.forPlugin("dad-jokes").number("limit", 1)).isEqualTo(3);
    }

    @Test
    void anInvalidPluginDurationNamesTheKey() {
        Settings jokes = BotConfig.empty().withOverride("jokes.reply-timeout", "forever").forPlugin("jokes");

        assertThatThrownBy(() -> jokes.duration("reply-timeout", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reply-timeout")
                .hasMessageContaining("'forever' is not a duration");
    }

    @Test
    void aMalformedFileNamesTheFile() throws Exception {
        Path bad = file("greeting=\\uZZZZ\n");

        assertThatThrownBy(() -> BotConfig.load(bad, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(bad + " is malformed: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aFileThatIsNotUtf8NamesTheFile() throws Exception {
        Path latin1 = Files.write(dir.resolve("latin1.properties"), "greeting=Gr\u00fc\u00df\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> BotConfig.load(latin1, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("cannot read " + latin1 + ": it is not UTF-8 text. Save it as UTF-8");
    }

    @Test
    void aFolderInsteadOfAFileNamesIt() {
        assertThatThrownBy(() -> BotConfig.load(dir, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("cannot read " + dir + ": ");
    }

    @Test
    void secretsNeverShowInToString() throws Exception {
        BotConfig config = BotConfig.load(file("""
                discord.token = abc.def.ghi
                weather.api-secret = s3cr3t
                jdbc-url = jdbc:postgresql://db/cogbot?user=bot&password=hunter2
                prefix = ?
                """), Map.of()).withOverride("admin.password", "pw");

        assertThat(config.toString())
                .contains("prefix=?", "discord.token=****", "weather.api-secret=****", "admin.password=****",
                        "password=***")
                .doesNotContain("abc.def.ghi", "s3cr3t", "hunter2", "=pw");
        assertThat(BotConfig.isSecret("discord.TOKEN")).isTrue();
        assertThat(BotConfig.isSecret("prefix")).isFalse();
    }

    @Test
    void aPluginCannotReadTheRuntimesSecretsThroughItsSettings() {
        BotConfig config = BotConfig.empty().withOverride("discord.token", "MTIz.abc.def");
        assertThat(config.forPlugin("discord").get("token")).isEmpty();
    }
}
