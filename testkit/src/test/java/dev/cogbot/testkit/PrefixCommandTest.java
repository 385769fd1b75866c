package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Permission;
import dev.cogbot.api.checks.OwnerOnly;
import dev.cogbot.runtime.storage.Storage;
import dev.cogbot.runtime.storage.StoreScope;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each server's own prefix, set by its admins with !prefix, and a mention of the bot working everywhere. */
class PrefixCommandTest {

    static final class EchoCog implements Cog {
        @Command(help = "Says which prefix it was called with.")
        public void which(Context ctx) {
            ctx.send("called with [" + ctx.prefix() + "]");
        }

        @Command(help = "Says what it is told, for the owners.")
        @OwnerOnly
        public void say(Context ctx, String text) {
            ctx.send(text);
        }

        @Command(help = "Greets someone.", ignoreExtra = false)
        public void greet(Context ctx, String who) {
            ctx.send("hello " + who);
        }
    }

    /** The in-memory store, counting the reads that reach it. */
    static final class CountingStorage implements Storage {
        final InMemoryStore store = new InMemoryStore();
        final AtomicInteger reads = new AtomicInteger();

        @Override
        public long add(StoreScope scope, String counter, long delta) {
            return store.add(scope, counter, delta);
        }

        @Override
        public long counter(StoreScope scope, String counter) {
            reads.incrementAndGet();
            return store.counter(scope, counter);
        }

        @Override
        public Optional<String> get(StoreScope scope, String key) {
            reads.incrementAndGet();
            return store.get(scope, key);
        }

        @Override
        public void put(StoreScope scope, String key, String value) {
            store.put(scope, key, value);
        }

        @Override
        public void remove(StoreScope scope, String key) {
            store.remove(scope, key);
        }

        @Override
        public List<String> keys(StoreScope scope, String prefix, String after, int limit) {
            return store.keys(scope, prefix, after, limit);
        }

        @Override
        public List<String> counterNames(StoreScope scope, String prefix, String after, int limit) {
            return store.counterNames(scope, prefix, after, limit);
        }

        @Override
        public int clear(StoreScope scope) {
            return store.clear(scope);
        }
    }

    private final InMemoryStore store = new InMemoryStore();
    private TestBot bot = TestBot.builder().store(store).plugin("echo", new EchoCog()).owner("owner").build();
    private final TestUser admin = bot.user("admin").withPermissions(Permission.MANAGE_GUILD);
    private final TestUser member = bot.user("member");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void prefixAloneShowsTheConfiguredPrefixWhereNoneWasSet() {
        assertThat(member.says("!prefix")).containsExactly("cogbot: The prefix here is !. Mentioning me works too.");
    }

    @Test
    void anAdminChangesThePrefixOfTheirServer() {
        assertThat(admin.says("!prefix ?")).containsExactly(
                "cogbot: The prefix in Test Guild is now ?. Mentioning me works too.");

        assertThat(member.says("?which")).containsExactly("cogbot: called with [?]");
        assertThat(member.says("?prefix")).containsExactly("cogbot: The prefix here is ?. Mentioning me works too.");
    }

    @Test
    void theOldPrefixNoLongerStartsCommandsWhereItWasChanged() {
        admin.says("!prefix ?");

        assertThat(member.says("!which")).isEmpty();
    }

    @Test
    void otherServersKeepTheirPrefix() {
        admin.says("!prefix ?");

        TestUser elsewhere = bot.user("member").inGuild("Other Guild");
        assertThat(elsewhere.says("!which")).containsExactly("cogbot: called with [!]");
        assertThat(elsewhere.says("?which")).isEmpty();
    }

    @Test
    void aDmKeepsTheConfiguredPrefix() {
        admin.says("!prefix ?");

        assertThat(bot.user("admin").inDm().says("!which")).containsExactly("cogbot: called with [!]");
    }

    @Test
    void aMemberWithoutManageServerCannotChangeIt() {
        assertThat(member.says("!prefix ?")).containsExactly(
                "cogbot: Only members with the Manage Server permission (or the bot's owners) can change the prefix.");
        assertThat(member.says("!which")).containsExactly("cogbot: called with [!]");
    }

    @Test
    void anAdministratorMayChangeIt() {
        TestUser administrator = bot.user("boss").withPermissions(Permission.ADMINISTRATOR);

        assertThat(administrator.says("!prefix $")).containsExactly(
                "cogbot: The prefix in Test Guild is now $. Mentioning me works too.");
    }

    @Test
    void theBotsOwnerMayChangeItWithoutManageServer() {
        assertThat(bot.user("owner").says("!prefix ?")).containsExactly(
                "cogbot: The prefix in Test Guild is now ?. Mentioning me works too.");
    }

    @Test
    void resetReturnsToTheConfiguredPrefix() {
        admin.says("!prefix ?");

        assertThat(admin.says("?prefix reset")).containsExactly("cogbot: The prefix in Test Guild is ! again.");
        assertThat(member.says("!which")).containsExactly("cogbot: called with [!]");
    }

    @Test
    void aPrefixWithASpaceIsRefusedInOneLine() {
        assertThat(admin.says("!prefix a b")).containsExactly(
                "cogbot: A prefix can't contain spaces: commands are split on them. The prefix stays !.");
        assertThat(member.says("!which")).containsExactly("cogbot: called with [!]");
    }

    @Test
    void aPrefixLongerThanTheLimitIsRefusedInOneLine() {
        assertThat(admin.says("!prefix " + "x".repeat(17))).containsExactly(
                "cogbot: A prefix has at most 16 characters. The prefix stays !.");
    }

    @Test
    void aMentionIsRefusedAsAPrefix() {
        assertThat(admin.says("!prefix <@123>")).containsExactly(
                "cogbot: A prefix can't be a mention; mentioning me works as a prefix anyway. The prefix stays !.");
        assertThat(admin.says("!prefix @everyone")).containsExactly(
                "cogbot: A prefix can't be a mention; mentioning me works as a prefix anyway. The prefix stays !.");
    }

    @Test
    void aPrefixCannotBeSetInADm() {
        assertThat(bot.user("owner").inDm().says("!prefix ?")).containsExactly(
                "cogbot: Prefixes are set per server; in DMs it is always !. Mentioning me works too.");
    }

    @Test
    void mentioningTheBotWorksAsAPrefixInAServer() {
        assertThat(member.says("<@bot> which")).containsExactly("cogbot: called with [<@bot> ]");
    }

    @Test
    void theNicknameMentionFormWorksToo() {
        assertThat(member.says("<@!bot> which")).containsExactly("cogbot: called with [<@!bot> ]");
    }

    @Test
    void mentioningTheBotWorksInADm() {
        assertThat(bot.user("member").inDm().says("<@bot> which")).containsExactly("cogbot: called with [<@bot> ]");
    }

    @Test
    void mentioningTheBotStillWorksAfterThePrefixChanged() {
        admin.says("!prefix ?");

        assertThat(member.says("<@bot> prefix")).containsExactly("cogbot: The prefix here is ?. Mentioning me works too.");
    }

    @Test
    void talkingToTheBotByMentionIsNotTakenForAnUnknownCommand() {
        assertThat(member.says("<@bot> thanks, that was funny")).isEmpty();
    }

    @Test
    void anUnknownCommandAfterThePrefixIsStillPointedOut() {
        assertThat(member.says("!whch")).singleElement().asString().startsWith("cogbot: I don't know !whch.");
    }

    @Test
    void mentioningSomeoneElseIsNoPrefix() {
        assertThat(member.says("<@alice> which")).isEmpty();
    }

    @Test
    void helpShowsTheServersPrefixEvenWhenAskedByMention() {
        admin.says("!prefix ?");

        assertThat(String.join("\n", member.says("<@bot> help")))
                .contains("  ?which - Says which prefix it was called with.")
                .contains("Type ?help <command> for more on one command.")
                .doesNotContain("!which");
    }

    @Test
    void aCheckFailureAfterAMentionNamesTheCommandWithTheServersPrefix() {
        admin.says("!prefix ?");

        assertThat(member.says("<@bot> say hi")).containsExactly("cogbot: Only the bot's owners can use ?say.");
    }

    @Test
    void theUsageLineAfterAMentionWritesTheServersPrefix() {
        assertThat(member.says("<@bot> greet")).singleElement().asString()
                .endsWith(" Usage: !greet <who>")
                .doesNotContain("<@bot>");
    }

    @Test
    void tooManyArgumentsAfterAMentionWritesTheServersPrefix() {
        assertThat(member.says("<@bot> greet a b")).singleElement().asString()
                .contains("!greet takes at most 1 argument")
                .doesNotContain("<@bot>");
    }

    @Test
    void aServersPrefixSurvivesARestart() {
        admin.says("!prefix ?");
        bot.close();

        bot = TestBot.builder().store(store).plugin("echo", new EchoCog()).build();

        assertThat(bot.user("member").says("?which")).containsExactly("cogbot: called with [?]");
    }

    @Test
    void theStoreIsReadOncePerServerNotForEveryMessage() {
        CountingStorage counting = new CountingStorage();
        bot.close();
        bot = TestBot.builder().store(counting).plugin("echo", new EchoCog()).build();
        TestUser someone = bot.user("someone");

        someone.says("!which");
        int afterFirst = counting.reads.get();
        someone.says("!which");
        someone.says("hello there");
        someone.in("random").says("!which");

        assertThat(afterFirst).isEqualTo(1);
        assertThat(counting.reads.get()).isEqualTo(afterFirst);
    }

    @Test
    void aChangedPrefixIsUsedAtOnceWithoutRereadingTheStore() {
        CountingStorage counting = new CountingStorage();
        bot.close();
        bot = TestBot.builder().store(counting).plugin("echo", new EchoCog()).build();
        TestUser boss = bot.user("boss").withPermissions(Permission.MANAGE_GUILD);
        boss.says("!which");
        int before = counting.reads.get();

        boss.says("!prefix ?");

        assertThat(boss.says("?which")).containsExactly("cogbot: called with [?]");
        assertThat(counting.reads.get()).isEqualTo(before);
    }
}
