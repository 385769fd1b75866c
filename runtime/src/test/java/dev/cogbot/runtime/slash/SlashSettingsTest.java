package dev.cogbot.runtime.slash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.config.ConfigException;
import dev.cogbot.runtime.transport.CommandScope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** discord.slash-commands and discord.command-guilds: whether and where slash commands are registered. */
class SlashSettingsTest {

    @Test
    void slashCommandsAreOnAndGlobalUnlessSaidOtherwise() {
        SlashSettings settings = SlashSettings.from(BotConfig.empty());

        assertThat(settings).isEqualTo(SlashSettings.DEFAULT);
        assertThat(settings.scopes()).containsExactly(CommandScope.GLOBAL);
    }

    @Test
    void commandGuildsRegisterInThoseServersInstead() {
        SlashSettings settings = SlashSettings.from(BotConfig.empty().withOverride("discord.command-guilds", " 1001, 1002 ,"));

        assertThat(settings.scopes()).containsExactly(new CommandScope.InGuild("1001"), new CommandScope.InGuild("1002"));
    }

    @Test
    void falseTurnsSlashCommandsOffEverywhere() {
        SlashSettings settings = SlashSettings.from(BotConfig.empty().withOverride("discord.slash-commands", "false")
                .withOverride("discord.command-guilds", "1001"));

        assertThat(settings.enabled()).isFalse();
        assertThat(settings.scopes()).isEmpty();
    }

    @Test
    void theSwitchCanBeSetInTheEnvironment() {
        BotConfig config = BotConfig.load(java.nio.file.Path.of("no-such-file.properties"),
                Map.of("COGBOT_DISCORD_SLASH_COMMANDS", "FALSE"));

        assertThat(SlashSettings.from(config).enabled()).isFalse();
    }

    @Test
    void aSwitchThatIsNeitherTrueNorFalseIsRefusedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> SlashSettings.from(BotConfig.empty().withOverride("discord.slash-commands", "no")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("setting discord.slash-commands (from discord.slash-commands set on the command line) must be"
                        + " true or false, got 'no'");
    }

    @Test
    void aServerThatIsNoIdIsRefusedSayingWhereToFindOne() {
        assertThatThrownBy(() -> SlashSettings.from(BotConfig.empty().withOverride("discord.command-guilds", "1001, my server")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("setting discord.command-guilds (from discord.command-guilds set on the command"
                        + " line) must be server ids separated by commas, got 'my server'; copy a server's id");
    }

    @Test
    void aServerGivenTwiceIsOneScope() {
        assertThat(SlashSettings.from(BotConfig.empty().withOverride("discord.command-guilds", "1001,1001")).guilds())
                .isEqualTo(List.of("1001"));
    }
}
