package dev.cogbot.runtime.slash;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.CommandScope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Keeping Discord's slash commands in step with the plugins loaded: one bulk write when they differ,
 * none when they do not, in the scopes configured, and a failure that is shown and tried again.
 */
class CommandSyncTest {

    private static final CommandScope GUILD_1 = new CommandScope.InGuild("1001");
    private static final CommandScope GUILD_2 = new CommandScope.InGuild("1002");

    private SlashBot bot = SlashBot.start(SlashSettings.DEFAULT);

    @AfterEach
    void close() {
        bot.close();
    }

    public static final class Jokes implements Cog {
        @Command(help = "Tells a joke")
        public void joke(Context ctx) {
        }
    }

    public static final class Hush implements Cog {
        @Command(help = "Hushes the bot")
        public void hush(Context ctx) {
        }
    }

    public static final class Remind implements Cog {
        @Command(help = "Reminds you")
        public void remind(Context ctx) {
        }
    }

    public static final class JokesRenamed implements Cog {
        @Command(help = "Tells a joke, better")
        public void joke(Context ctx) {
        }
    }

    private List<String> globalNames() {
        return bot.discord().commandsIn(CommandScope.GLOBAL).stream().map(ApplicationCommand::name).toList();
    }

    @Test
    void theFirstSyncAfterReadyWritesTheCommandsOnce() {
        bot.load("jokes", new Jokes());

        bot.connected().settleSyncs();

        assertThat(bot.discord().writes()).containsExactly(CommandScope.GLOBAL);
        assertThat(globalNames()).containsExactly("help", "joke", "prefix");
    }

    @Test
    void nothingIsAskedOfDiscordBeforeTheBotIsReady() {
        bot.load("jokes", new Jokes());
        bot.settleSyncs();

        assertThat(bot.discord().reads()).isZero();
        assertThat(bot.sync().status()).isEqualTo(new SyncStatus.Pending());
    }

    @Test
    void aSyncWaitsForChangesToStopComing() {
        bot.connected().settleSyncs();

        bot.load("jokes", new Jokes());
        bot.advance(CommandSync.QUIET.minusMillis(1));

        assertThat(bot.discord().writes()).hasSize(1);
        bot.advance(Duration.ofMillis(1));
        assertThat(bot.discord().writes()).hasSize(2);
    }

    @Test
    void discordHavingTheCommandsAlreadyInAnotherOrderMeansNoWrite() {
        bot.load("jokes", new Jokes());
        List<ApplicationCommand> reversed = new ArrayList<>(bot.wanted());
        java.util.Collections.reverse(reversed);
        bot.discord().preset(CommandScope.GLOBAL, reversed);

        bot.connected().settleSyncs();

        assertThat(bot.discord().reads()).isEqualTo(1);
        assertThat(bot.discord().writes()).isEmpty();
    }

    @Test
    void aReloadThatChangesNoCommandWritesNothing() {
        bot.load("jokes", new Jokes());
        bot.connected().settleSyncs();

        bot.reload("jokes", new Jokes());
        bot.settleSyncs();

        assertThat(bot.discord().writes()).hasSize(1);
    }

    @Test
    void aReloadThatChangesACommandWritesOnce() {
        bot.load("jokes", new Jokes());
        bot.connected().settleSyncs();

        bot.reload("jokes", new JokesRenamed());
        bot.settleSyncs();

        assertThat(bot.discord().writes()).hasSize(2);
        assertThat(bot.discord().commandsIn(CommandScope.GLOBAL)).filteredOn(c -> c.name().equals("joke"))
                .extracting(ApplicationCommand::description).containsExactly("Tells a joke, better");
    }

    @Test
    void aBurstOfLoadsWritesOnce() {
        bot.connected().settleSyncs();

        bot.load("jokes", new Jokes());
        bot.load("hush", new Hush());
        bot.load("remind", new Remind());
        bot.settleSyncs();

        assertThat(bot.discord().writes()).hasSize(2);
        assertThat(globalNames()).containsExactly("help", "hush", "joke", "prefix", "remind");
    }

    @Test
    void aChangeDuringASyncBringsOneMoreSyncAfterIt() {
        bot.connected().settleSyncs();
        bot.discord().duringNextRead(() -> bot.runtime().install("jokes", List.of(new Jokes())));

        bot.load("hush", new Hush());
        bot.settleSyncs();

        assertThat(bot.discord().writes()).hasSize(3);
        assertThat(globalNames()).containsExactly("help", "hush", "joke", "prefix");
    }

    @Test
    void changesThatNeverStopAreStillSyncedWithinTheMostDelay() {
        bot.connected().settleSyncs();
        int reads = bot.discord().reads();
        Duration step = CommandSync.QUIET.dividedBy(2);

        Duration waited = Duration.ZERO;
        int loads = 0;
        while (waited.compareTo(CommandSync.MOST_DELAY) < 0) {
            bot.load("p" + loads, loads % 2 == 0 ? new Jokes() : new Hush());
            bot.unload("p" + loads++);
            bot.advance(step);
            waited = waited.plus(step);
        }

        assertThat(bot.discord().reads()).isEqualTo(reads + 1);
    }

    @Test
    void commandsDiscordShowsOtherwiseThanTheyWereWrittenAreNotWrittenAgain() {
        bot.discord().showsCommandsAs(c -> new ApplicationCommand(c.name(), c.description() + " ", c.options(),
                c.adminsOnly(), c.guildOnly()));
        bot.load("jokes", new Jokes());
        bot.connected().settleSyncs();

        bot.reload("jokes", new Jokes());
        bot.settleSyncs();

        assertThat(bot.discord().writes()).hasSize(1);
    }

    @Test
    void unloadingAPluginRemovesItsCommands() {
        bot.load("jokes", new Jokes());
        bot.connected().settleSyncs();

        bot.unload("jokes");
        bot.settleSyncs();

        assertThat(globalNames()).containsExactly("help", "prefix");
        assertThat(bot.discord().writes()).hasSize(2);
    }

    @Test
    void commandGuildsRegisterInThoseServersInstead() {
        bot.close();
        bot = SlashBot.start(SlashSettings.inGuilds("1001", "1002"));

        bot.connected().settleSyncs();

        assertThat(bot.discord().writes()).containsExactlyInAnyOrder(GUILD_1, GUILD_2);
        assertThat(bot.discord().commandsIn(CommandScope.GLOBAL)).isEmpty();
    }

    @Test
    void switchingFromGlobalToServersEmptiesGlobal() {
        bot.load("jokes", new Jokes());
        bot.connected().settleSyncs();

        bot = bot.restartWith(SlashSettings.inGuilds("1001")).connected();
        bot.load("jokes", new Jokes());
        bot.settleSyncs();

        assertThat(bot.discord().commandsIn(CommandScope.GLOBAL)).isEmpty();
        assertThat(bot.discord().commandsIn(GUILD_1)).extracting(ApplicationCommand::name)
                .containsExactly("help", "joke", "prefix");
    }

    @Test
    void switchingFromServersBackToGlobalEmptiesTheServers() {
        bot.close();
        bot = SlashBot.start(SlashSettings.inGuilds("1001", "1002")).connected();
        bot.settleSyncs();

        bot = bot.restartWith(SlashSettings.DEFAULT).connected();
        bot.settleSyncs();

        assertThat(bot.discord().commandsIn(GUILD_1)).isEmpty();
        assertThat(bot.discord().commandsIn(GUILD_2)).isEmpty();
        assertThat(globalNames()).containsExactly("help", "prefix");
    }

    @Test
    void aScopeCleanedOnceIsNotAskedAboutAgain() {
        bot.connected().settleSyncs();
        bot = bot.restartWith(SlashSettings.inGuilds("1001")).connected();
        bot.settleSyncs();
        int reads = bot.discord().reads();

        bot.load("jokes", new Jokes());
        bot.settleSyncs();

        // the server's list only, before and after the write: global was emptied and forgotten
        assertThat(bot.discord().reads()).isEqualTo(reads + 2);
    }

    @Test
    void withSlashCommandsOffNothingIsRegistered() {
        bot.close();
        bot = SlashBot.start(SlashSettings.OFF);
        bot.load("jokes", new Jokes());

        bot.connected().settleSyncs();

        assertThat(bot.discord().writes()).isEmpty();
        assertThat(bot.wanted()).isEmpty();
        assertThat(bot.sync().status().line()).isEqualTo("off (discord.slash-commands=false)");
    }

    @Test
    void turningSlashCommandsOffRemovesThoseRegisteredBefore() {
        bot.load("jokes", new Jokes());
        bot.connected().settleSyncs();

        bot = bot.restartWith(SlashSettings.OFF).connected();
        bot.settleSyncs();

        assertThat(bot.discord().commandsIn(CommandScope.GLOBAL)).isEmpty();
    }

    @Test
    void aProcessThatDoesNotRegisterCommandsNeverAsksDiscord() {
        bot.close();
        bot = SlashBot.start(SlashSettings.DEFAULT, false);
        bot.load("jokes", new Jokes());

        bot.connected().settleSyncs();

        assertThat(bot.discord().reads()).isZero();
        assertThat(bot.sync().status().line()).isEqualTo("not registered by this process (commands only)");
    }

    @Test
    void stoppingTheBotLeavesDiscordsCommandsAsTheyAre() {
        bot.load("jokes", new Jokes());
        bot.connected().settleSyncs();

        bot.runtime().close();
        bot.settleSyncs();

        assertThat(globalNames()).containsExactly("help", "joke", "prefix");
        assertThat(bot.discord().writes()).hasSize(1);
    }

    @Test
    void statusSaysHowManyCommandsAreInSyncWhereAndWhenLastWritten() {
        bot.load("jokes", new Jokes());

        bot.connected().settleSyncs();

        assertThat(bot.sync().status().line()).isEqualTo("3 in sync (global), last written 00:00:02 UTC");
    }

    @Test
    void statusSaysWhenNothingNeededWriting() {
        bot.discord().preset(CommandScope.GLOBAL, bot.wanted());

        bot.connected().settleSyncs();

        assertThat(bot.sync().status().line()).isEqualTo("2 in sync (global), nothing to write");
    }

    @Test
    void aFailedSyncIsShownInStatusWithWhenItIsTriedAgain() {
        bot.discord().failNext(1, new IllegalStateException("429 Too Many Requests: retry after 7200s"));

        bot.connected().advance(CommandSync.QUIET);

        assertThat(bot.sync().status().line()).isEqualTo("sync failed: IllegalStateException: 429 Too Many Requests:"
                + " retry after 7200s, retrying at 00:00:12 UTC");
        assertThat(bot.discord().writes()).isEmpty();
    }

    @Test
    void aFailedSyncIsTriedAgainAfterItsBackoff() {
        bot.discord().failNext(1, new IllegalStateException("Discord is down"));
        bot.connected().advance(CommandSync.QUIET);

        bot.advance(CommandSync.FIRST_BACKOFF);

        assertThat(bot.discord().writes()).containsExactly(CommandScope.GLOBAL);
        assertThat(bot.sync().status()).isInstanceOf(SyncStatus.InSync.class);
    }

    @Test
    void syncsThatKeepFailingAreTriedLessAndLessOften() {
        bot.discord().failNext(3, new IllegalStateException("Discord is down"));
        bot.connected().advance(CommandSync.QUIET);
        bot.advance(CommandSync.FIRST_BACKOFF);

        // second failure: twice the first wait
        assertThat(bot.sync().status().line())
                .isEqualTo("sync failed: IllegalStateException: Discord is down, retrying at 00:00:32 UTC (2 attempts)");
    }

    @Test
    void aChangeDuringABackoffWaitsForTheBackoffToEnd() {
        bot.discord().failNext(1, new IllegalStateException("Discord is down"));
        bot.connected().advance(CommandSync.QUIET);

        bot.load("jokes", new Jokes());
        bot.advance(CommandSync.QUIET);

        assertThat(bot.discord().reads()).isZero();
        bot.advance(CommandSync.FIRST_BACKOFF);
        assertThat(globalNames()).containsExactly("help", "joke", "prefix");
    }

    @Test
    void aFailingSyncNeverHoldsUpLoadingPlugins() {
        bot.discord().failNext(100, new IllegalStateException("Discord is down"));
        bot.connected().settleSyncs();

        bot.load("jokes", new Jokes());

        assertThat(bot.runtime().plugin("jokes")).isPresent();
    }

    @Test
    void aReconnectComparesAgainAndRepairsWhatChangedMeanwhile() {
        bot.connected().settleSyncs();
        bot.discord().preset(CommandScope.GLOBAL, List.of());

        bot.connected().settleSyncs();

        assertThat(globalNames()).containsExactly("help", "prefix");
        assertThat(bot.discord().writes()).hasSize(2);
    }
}
