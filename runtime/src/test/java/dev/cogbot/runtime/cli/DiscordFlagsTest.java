package dev.cogbot.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.config.BotConfig;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordFlagsTest {

    private static final Map<String, String> WITH_TOKEN = Map.of("DISCORD_TOKEN", "MTIz.abc.def");

    @Test
    void noTokenAnywhereMeansTheConsole() {
        assertThat(new DiscordFlags().resolve(BotConfig.empty(), Map.of())).isEmpty();
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedBecauseTheTokenWouldTravelInClearText() {
        DiscordFlags flags = new DiscordFlags();
        flags.apiBaseUrl = URI.create("http://user:secret@proxy.example:8080/api/v10/");
        assertThatThrownBy(() -> flags.resolve(BotConfig.empty(), WITH_TOKEN))
                .isInstanceOf(DiscordSetupException.class)
                .hasMessageContaining("unencrypted").hasMessageNotContaining("secret");
    }

    @Test
    void plainHttpToThisMachineIsFineForALocalProxy() {
        DiscordFlags flags = new DiscordFlags();
        flags.apiBaseUrl = URI.create("http://127.0.0.1:8080/api/v10/");
        assertThat(flags.resolve(BotConfig.empty(), WITH_TOKEN).orElseThrow().apiBaseUrl()).contains(flags.apiBaseUrl);
    }

    @Test
    void discordOptionsWithoutATokenAreAMistakeWorthSaying() {
        DiscordFlags flags = new DiscordFlags();
        flags.shards = "0-1";
        assertThatThrownBy(() -> flags.resolve(BotConfig.empty(), Map.of())).hasMessageContaining("no token");
    }

    @Test
    void theTotalShardsAloneMeansAllOfThemHere() {
        DiscordFlags flags = new DiscordFlags();
        flags.totalShards = 3;
        assertThat(flags.resolve(BotConfig.empty(), WITH_TOKEN).orElseThrow().shards().orElseThrow())
                .hasToString("Shards[first=0, last=2, total=3]");
    }

    @Test
    void aShardRangeOnTheCommandLinePinsIt() {
        DiscordFlags flags = new DiscordFlags();
        flags.shards = "0-1";
        assertThat(flags.pinsShards(BotConfig.empty())).isTrue();
    }

    @Test
    void aShardRangeInTheConfigPinsIt() {
        assertThat(new DiscordFlags().pinsShards(BotConfig.empty().withOverride("discord.shards", "2-3"))).isTrue();
    }

    @Test
    void theTotalShardsAlonePinsNoRangeSoAClusterNodeTakesItsShare() {
        DiscordFlags flags = new DiscordFlags();
        flags.totalShards = 6;
        assertThat(flags.pinsShards(BotConfig.empty())).isFalse();
    }

    @Test
    void memberEventsAreOffUnlessAskedFor() {
        assertThat(new DiscordFlags().resolve(BotConfig.empty(), WITH_TOKEN).orElseThrow().memberEvents()).isFalse();
    }

    @Test
    void memberEventsAreOnWhenTheSettingSaysTrue() {
        BotConfig config = BotConfig.empty().withOverride("discord.member-events", "true");
        assertThat(new DiscordFlags().resolve(config, WITH_TOKEN).orElseThrow().memberEvents()).isTrue();
    }

    @Test
    void aMemberEventsSettingThatIsNeitherTrueNorFalseIsOneLineSayingWhatToWrite() {
        BotConfig config = BotConfig.empty().withOverride("discord.member-events", "maybe");
        assertThatThrownBy(() -> new DiscordFlags().resolve(config, WITH_TOKEN))
                .isInstanceOf(DiscordSetupException.class)
                .hasMessage("discord.member-events is 'maybe' in discord.member-events set on the command line; set it to true or false");
    }

    @Test
    void messageContentIsAutoUnlessRequired() {
        assertThat(new DiscordFlags().resolve(BotConfig.empty(), WITH_TOKEN).orElseThrow().messageContent())
                .isEqualTo(DiscordOptions.MessageContent.AUTO);
    }

    @Test
    void messageContentRequiredIsRead() {
        BotConfig config = BotConfig.empty().withOverride("discord.message-content", "required");
        assertThat(new DiscordFlags().resolve(config, WITH_TOKEN).orElseThrow().messageContent())
                .isEqualTo(DiscordOptions.MessageContent.REQUIRED);
    }

    @Test
    void aMessageContentSettingThatIsNeitherAutoNorRequiredIsOneLineSayingWhatToWrite() {
        BotConfig config = BotConfig.empty().withOverride("discord.message-content", "yes");
        assertThatThrownBy(() -> new DiscordFlags().resolve(config, WITH_TOKEN))
                .isInstanceOf(DiscordSetupException.class)
                .hasMessage("discord.message-content is 'yes' in discord.message-content set on the command line; set it to auto or required");
    }
}
