package dev.cogbot.e2e.cli;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.e2e.lifecycle.TestPlugins;
import dev.cogbot.runtime.storage.ThrowawayPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three cogbot nodes, the real distribution each ({@code bin/cogbot run} with the real plugin JARs),
 * with {@code cluster.enabled=true} on one real PostgreSQL, serving a local Discord of six shards
 * with a guild on each. No node is told its shards: they share them out by lease.
 *
 * <p>The nodes start once for the class (starting JVMs is the slow part); a test that kills a node or
 * stops the database leaves the cluster to {@link #restoreThreeNodes}, which brings it back to three
 * settled nodes, so every test begins with each shard served once.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/cogbot is a POSIX shell script")
class ClusterOfThreeNodesTest {

    private static final int NODES = 3;
    private static final GuildPerShard SIX_SHARDS = new GuildPerShard(6);
    /** What a node logs of a plugin JAR whose checksum is not the one the cluster runs. */
    private static final String NOT_THE_CLUSTERS_JAR = "but the cluster runs SHA-256";

    @RegisterExtension
    static final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @TempDir
    static Path dir;

    private static ClusterOnDiscord cluster;
    private static FakeDiscord discord;

    @BeforeAll
    static void startThreeNodes() {
        cluster = ClusterOnDiscord.install(dir, postgres.newDatabase(), NODES, SIX_SHARDS);
        discord = cluster.discord();
        cluster.startAll();
        cluster.awaitEveryShardServedOnce(ClusterOnDiscord.PATIENCE);
    }

    /** A test that killed a node (or stopped the database, which it starts again) leaves three settled nodes. */
    @AfterEach
    void restoreThreeNodes() {
        cluster.restore();
    }

    @AfterAll
    static void killTheNodes() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void everyShardIsServedByExactlyOneNodeAndEachGuildIsAnsweredOnce() {
        ClusterOnDiscord.State state = cluster.awaitEveryShardServedOnce(ClusterOnDiscord.PATIENCE);

        assertThat(IntStream.range(0, NODES).map(state::connected)).as("each node runs its share, 2 of 6")
                .containsExactly(2, 2, 2);
        Set<Integer> served = new HashSet<>();
        Map<Integer, Set<Integer>> byNode = new TreeMap<>();
        for (int node = 0; node < NODES; node++) {
            byNode.put(node, cluster.connectedShards(node));
            served.addAll(byNode.get(node));
        }
        assertThat(served).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5);
        // and 'cogbot cluster' on any node lists each node with those shards (recorded at its next heartbeat)
        Awaitility.await("'cogbot cluster' lists the shards each node serves").atMost(ClusterOnDiscord.PATIENCE)
                .pollInterval(ClusterOnDiscord.HEARTBEAT)
                .until(() -> cluster.cli(2, "cluster").out(), listing -> byNode.entrySet().stream().allMatch(node ->
                        listing.lines().anyMatch(line -> line.startsWith(ClusterOnDiscord.nodeId(node.getKey()) + " ")
                                && List.of(line.split("\\s+")).contains(ranges(node.getValue())))));
        int mark = discord.mark();
        for (int shard = 0; shard < SIX_SHARDS.shards(); shard++) {
            int asked = discord.mark();
            long question = discord.userSays(ALICE_ID, SIX_SHARDS.channel(shard), "!lightbulb");
            assertThat(cluster.awaitSent(asked, shard, 1)).singleElement().asString().containsIgnoringCase("light");
            assertThat(GatewaySessions.deliveriesOf(discord, question)).as("sessions that got the question").isEqualTo(1);
        }
        // every answer is in: a second one in any guild would have come from a second session
        for (int shard = 0; shard < SIX_SHARDS.shards(); shard++) {
            long channel = SIX_SHARDS.channel(shard);
            assertThat(cluster.since(mark, Recorded.MessageSent.class)).as("answers in the guild of shard " + shard)
                    .filteredOn(m -> m.channelId() == channel).hasSize(1);
        }
    }

    @Test
    void theShardsOfANodeKilledWithKillNineComeBackOnTheOthersWhereTheTutorialStillPasses() {
        int victim = 1;
        Set<Integer> orphaned = cluster.connectedShards(victim);
        assertThat(orphaned).hasSize(2);

        cluster.kill(victim);

        // its lease runs out, then the survivors take its shards over: within 30 s of that, says the issue
        ClusterOnDiscord.State after = cluster.awaitEveryShardServedOnce(ClusterOnDiscord.TAKEOVER);
        assertThat(after.connectedPerNode()).containsOnlyKeys(0, 2);
        assertThat(after.connected(0) + after.connected(2)).isEqualTo(6);
        Set<Integer> survivorsShards = new HashSet<>(cluster.connectedShards(0));
        survivorsShards.addAll(cluster.connectedShards(2));
        assertThat(survivorsShards).containsAll(orphaned).hasSize(6);

        tutorialPassesInTheGuildOf(orphaned.iterator().next());
    }

    @Test
    void jokesToldThroughGuildsOnDifferentNodesAreCountedExactlyAndEveryNodeReportsTheTotal() {
        long before = jokesTold();
        int jokesPerGuild = 5;
        long total = before + jokesPerGuild * SIX_SHARDS.shards();

        // all at once: three nodes add to the one counter at the same time
        int mark = discord.mark();
        for (int joke = 0; joke < jokesPerGuild; joke++) {
            for (int shard = 0; shard < SIX_SHARDS.shards(); shard++) {
                discord.userSays(joke % 2 == 0 ? ALICE_ID : BOB_ID, SIX_SHARDS.channel(shard), "!lightbulb");
            }
        }
        IntStream.range(0, SIX_SHARDS.shards()).forEach(shard -> cluster.awaitSent(mark, shard, jokesPerGuild));

        // each node's status loop shows the count on each of its shards
        awaitPresenceEverywhere("Jokes told: " + total);
        for (int shard = 0; shard < SIX_SHARDS.shards(); shard++) {
            assertThat(cluster.says(BOB_ID, shard, "!jokes_told")).isEqualTo("I've told " + total + " jokes.");
        }
        assertThat(cluster.since(mark, Recorded.PresenceUpdate.class)).extracting(p -> p.presence().activityName())
                .as("no node ever counted more").allMatch(name -> name == null || !name.startsWith("Jokes told: ")
                        || Long.parseLong(name.substring("Jokes told: ".length())) <= total);
    }

    @Test
    void throughAPostgresRestartCommandsOffTheStoreWorkAndNoAcknowledgedJokeIsLost() {
        long before = jokesTold();
        for (int shard = 0; shard < SIX_SHARDS.shards(); shard++) {
            cluster.says(ALICE_ID, shard, "!lightbulb");
        }
        awaitPresenceEverywhere("Jokes told: " + (before + 6));

        postgres.stop();
        try {
            for (int shard = 0; shard < SIX_SHARDS.shards(); shard++) {
                assertThat(cluster.says(BOB_ID, shard, "!help lightbulb")).as("help in the guild of shard " + shard)
                        .contains("lightbulb").doesNotContain("Sorry");
            }
            assertThat(cluster.answers(BOB_ID, 0, "!lightbulb", 2)).as("a joke cannot be counted: it says so")
                    .last().isEqualTo("Sorry, !lightbulb ran into a problem; the details are in the bot's log.");
        } finally {
            postgres.start();
        }

        cluster.awaitEveryShardServedOnce(ClusterOnDiscord.PATIENCE);
        for (int shard = 0; shard < SIX_SHARDS.shards(); shard++) {
            assertThat(cluster.says(ALICE_ID, shard, "!lightbulb")).containsIgnoringCase("light");
        }
        awaitPresenceEverywhere("Jokes told: " + (before + 12));
        assertThat(cluster.says(BOB_ID, 3, "!jokes_told")).isEqualTo("I've told " + (before + 12) + " jokes.");
    }

    @Test
    void aNewJarCopiedToEveryNodeRunsOnAllOfThemAfterOneReloadAskedOfAnyNode() throws IOException {
        Path shipped = Files.copy(cluster.pluginJar(0, "jokes"), dir.resolve("jokes-as-shipped.jar"),
                StandardCopyOption.REPLACE_EXISTING);
        String shippedVersion = versionOf(cluster.pluginJar(0, "jokes"));
        Path newer = TestPlugins.plugin("jokes", "0.2.0").cog("""
                public final class JokesCog implements Cog {
                    @Command(name = "lightbulb") public void lightbulb(Context ctx) { ctx.send("a light bulb joke of 0.2.0"); }
                }""").writeTo(dir.resolve("jokes-0.2.0-built.jar"));
        Distribution.Result back;
        try {
            Distribution.Result reload = copyToEveryNodeAndReloadFromNode(2, newer);

            assertThat(reload.exitCode()).as(reload.toString()).isZero();
            assertThat(reload.out().lines()).as("one line per node, the asking node first").hasSize(NODES)
                    .first().asString().startsWith("node node-2: ");
            assertThat(reload.out().lines()).containsExactlyInAnyOrder(IntStream.range(0, NODES).mapToObj(node ->
                    "node " + ClusterOnDiscord.nodeId(node) + ": reloaded jokes " + shippedVersion
                            + " -> jokes 0.2.0 (commands: lightbulb)").toArray(String[]::new));
            for (int shard = 0; shard < SIX_SHARDS.shards(); shard++) {
                assertThat(cluster.says(ALICE_ID, shard, "!lightbulb")).as("the guild of shard " + shard)
                        .isEqualTo("a light bulb joke of 0.2.0");
            }
        } finally {
            // the other tests tell the shipped jokes, whatever became of this one
            back = copyToEveryNodeAndReloadFromNode(0, shipped);
        }
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(back.out().lines()).as("back to the shipped jokes").hasSize(NODES)
                .allMatch(line -> line.endsWith(": reloaded jokes 0.2.0 -> jokes " + shippedVersion
                        + " (commands: knock_knock, lightbulb)"));
    }

    /**
     * An operator's upgrade: {@code jar} copied over every node's jokes JAR, where each node's folder
     * watcher refuses it for not being the cluster's JAR, then {@code cogbot reload jokes} on
     * {@code asking}, whose result this returns.
     */
    private static Distribution.Result copyToEveryNodeAndReloadFromNode(int asking, Path jar) {
        long[] refusedBefore = IntStream.range(0, NODES).mapToLong(n -> cluster.logLinesWith(n, NOT_THE_CLUSTERS_JAR))
                .toArray();
        cluster.copyToEveryNode(jar, "jokes");
        Awaitility.await("every node's folder watcher refused the JAR: the cluster runs another")
                .atMost(ClusterOnDiscord.PATIENCE).pollInterval(Duration.ofMillis(50))
                .until(() -> IntStream.range(0, NODES)
                        .allMatch(n -> cluster.logLinesWith(n, NOT_THE_CLUSTERS_JAR) > refusedBefore[n]));

        return cluster.cli(asking, "reload", "jokes");
    }

    /** The version in a JAR's name, {@code jokes-0.1.0.jar} → {@code 0.1.0}. */
    private static String versionOf(Path jar) {
        String name = jar.getFileName().toString();
        return name.substring(name.indexOf('-') + 1, name.length() - ".jar".length());
    }

    /** Shards as {@code cogbot cluster} writes them: {@code 0-1}, {@code 2,5}. */
    private static String ranges(Set<Integer> shards) {
        List<Integer> sorted = shards.stream().sorted().toList();
        List<String> ranges = new ArrayList<>();
        int first = sorted.getFirst();
        int last = first;
        for (int shard : sorted.subList(1, sorted.size())) {
            if (shard != last + 1) {
                ranges.add(first == last ? "" + first : first + "-" + last);
                first = shard;
            }
            last = shard;
        }
        ranges.add(first == last ? "" + first : first + "-" + last);
        return String.join(",", ranges);
    }

    /** The count of jokes told so far, as the node of shard 0 says it. */
    private static long jokesTold() {
        String answer = cluster.says(BOB_ID, 0, "!jokes_told");
        return answer.startsWith("No jokes") ? 0 : Long.parseLong(answer.replaceAll("\\D", ""));
    }

    /** The tutorial's scenarios (see {@code TutorialOnDiscordTest}) in the guild of {@code shard}. */
    private void tutorialPassesInTheGuildOf(int shard) {
        long channel = SIX_SHARDS.channel(shard);
        assertThat(cluster.says(ALICE_ID, shard, "!lightbulb")).containsIgnoringCase("light");

        assertThat(cluster.says(ALICE_ID, shard, "!knock_knock")).isEqualTo("Knock knock!");
        String setup = cluster.says(ALICE_ID, shard, "Who's there?");
        int beforePunchline = discord.mark();
        List<String> punchlineAndLaugh = cluster.answers(ALICE_ID, shard, setup.replace(".", "") + " who?", 2);
        assertThat(punchlineAndLaugh.getLast()).isEqualTo("lmao");
        assertThat(cluster.since(beforePunchline, Recorded.TypingStarted.class))
                .anyMatch(t -> t.channelId() == channel);

        int beforeHush = discord.mark();
        String hushed = "alice hushed server " + SIX_SHARDS.guild(shard);
        long hushesBefore = cluster.logLinesWith(hushed);
        long hush = discord.userSays(ALICE_ID, channel, "!hush 1m");
        awaitReaction(beforeHush, hush, true);
        // the hush plugin reacts first and starts the hush just after: its log line says it has begun
        cluster.awaitLogLineWith(hushed, hushesBefore);
        long blocked = discord.userSays(BOB_ID, channel, "!knock_knock");
        awaitReaction(beforeHush, blocked, true);
        assertThat(cluster.since(beforeHush, Recorded.MessageSent.class)).as("nothing said while hushed")
                .noneMatch(m -> m.channelId() == channel);
        // ended early rather than waited out: the wait itself is the tutorial test's, on a controlled clock
        assertThat(cluster.says(ALICE_ID, shard, "!hush off")).isEqualTo("Hush lifted.");
        awaitReaction(beforeHush, hush, false);
        assertThat(cluster.says(BOB_ID, shard, "!lightbulb")).containsIgnoringCase("light");

        assertThat(cluster.says(BOB_ID, shard, "!help")).contains("lightbulb", "knock_knock", "hush");
    }

    private void awaitReaction(int mark, long messageId, boolean added) {
        discord.awaitAfter(mark, Recorded.ReactionChange.class, r -> r.messageId() == messageId
                && r.userId() == BOT_ID && r.emoji().equals("🔇") && r.added() == added, ClusterOnDiscord.PATIENCE);
    }

    /** Until the presence on every shard is {@code activity}: every node read the store's count. */
    private void awaitPresenceEverywhere(String activity) {
        Awaitility.await("presence '" + activity + "' on every shard").atMost(ClusterOnDiscord.PATIENCE)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> IntStream.range(0, SIX_SHARDS.shards()).allMatch(shard ->
                        discord.lastPresence(shard).map(p -> activity.equals(p.activityName())).orElse(false)));
    }
}
