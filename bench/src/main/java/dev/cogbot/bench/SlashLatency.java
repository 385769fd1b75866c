package dev.cogbot.bench;

import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.FakeInteraction;
import dev.cogbot.discordfake.Recorded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.sharding.ShardManager;

/**
 * Issue 10's goal: a slash command's interaction to its first response, through the local Discord
 * server with the real JDA, for cogbot and for a bare JDA listener; cogbot's median latency at most
 * 10% above the bare listener's. The harness is {@link DiscordThroughput}'s (a load JVM with the server
 * and closed-loop users, a bot JVM, warm-up, rounds, percentiles, throughput, bot CPU); this class is
 * the workload.
 *
 * <p><b>A question</b> is {@code FakeDiscord.userRunsCommand(user, channel, "ping", Map.of())}: an
 * INTERACTION_CREATE on the gateway. <b>The answer</b> is the bot's first callback to that interaction,
 * which must be an accepted type 4 (a message) saying {@code pong}. <b>Latency</b> runs from just before
 * {@code userRunsCommand} (wall clock) to the time the server recorded that callback
 * ({@code Recorded.InteractionCallback.at()}, the same clock, taken in the REST handler before it
 * answers); a reader thread follows the record and hands each callback to the user waiting for it.
 *
 * <p><b>Configurations</b> ({@code --modes}):
 * <ul>
 *   <li>{@code cogbot}: {@code CogbotApp} as {@code cogbot run} builds it on the Discord transport, no
 *       plugins, with {@link PingCog} (a bot-wide check, before and after hooks, {@code ping} answering
 *       {@code ctx.send("pong")}) installed from the class path; the runtime registers {@code /ping}
 *       itself once ready. The command runs through the same pipeline as a prefix command, on a virtual
 *       thread, and its first {@code send} is the interaction's response.</li>
 *   <li>{@code bare}: the floor, the bare JDA bot of {@link DiscordThroughput} with a
 *       {@code ListenerAdapter.onSlashCommandInteraction} that answers {@code event.reply("pong").queue()}
 *       on JDA's event thread; it registers {@code /ping} with {@code updateCommands()} before the run.</li>
 *   <li>{@code bare-vt} (on request): the same listener replying with {@code complete()} on a new virtual
 *       thread: cogbot's threading model without cogbot.</li>
 * </ul>
 *
 * <pre>{@code java -cp bench/target/benchmarks.jar dev.cogbot.bench.SlashLatency [--users 1,50] [--rounds R]
 *     [--modes bare,cogbot,bare-vt] [--warm-up N] [--messages N] [--jvm-opts "bot JVM options"] [--progress] [--in-process]}</pre>
 */
public final class SlashLatency {

    static final String COMMAND = "ping";
    static final String ANSWER = "pong";
    /** Discord's callback type of a response with a message. */
    private static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;

    /** {@code /ping}, answered {@code pong}: the goal is about the median latency. */
    static final DiscordWorkload PING = new DiscordWorkload() {
        @Override
        public String title() {
            return "/" + COMMAND;
        }

        @Override
        public Class<?> mainClass() {
            return SlashLatency.class;
        }

        @Override
        public List<String> modes() {
            return List.of("bare", "cogbot", "bare-vt");
        }

        @Override
        public List<String> defaultModes() {
            return List.of("bare", "cogbot");
        }

        @Override
        public Goal goal() {
            return Goal.P50_LATENCY;
        }

        @Override
        public AutoCloseable startBot(String mode, String restBaseUrl, String token, boolean fileStore) {
            return switch (mode) {
                case "cogbot" -> DiscordThroughput.startCogbot(restBaseUrl, token, fileStore, false,
                        List.of(new PingCog()), NoCommandLimits::config);
                case "bare" -> startBare(restBaseUrl, token, false);
                case "bare-vt" -> startBare(restBaseUrl, token, true);
                default -> throw new IllegalArgumentException("no mode " + mode);
            };
        }

        @Override
        public void probe(FakeDiscord fake) {
            SlashLatency.probe(fake);
        }

        @Override
        public Answers answers(FakeDiscord fake, List<Long> channelIds) {
            return new Callbacks(fake);
        }
    };

    private SlashLatency() {
    }

    public static void main(String[] args) throws Exception {
        DiscordThroughput.run(PING, args);
    }

    /**
     * The bare JDA bot answering {@code /ping} with {@code reply("pong")}: {@code queue()} on JDA's event
     * thread, or {@code complete()} on a new virtual thread. The command is registered (globally) before
     * it returns.
     */
    static AutoCloseable startBare(String restBaseUrl, String token, boolean virtualThreadAndComplete) {
        ShardManager shards = DiscordThroughput.startJda(restBaseUrl, token, new ListenerAdapter() {
            @Override
            public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
                if (!event.getName().equals(COMMAND)) {
                    return;
                }
                if (virtualThreadAndComplete) {
                    Thread.ofVirtual().start(() -> event.reply(ANSWER).complete());
                } else {
                    event.reply(ANSWER).queue();
                }
            }
        });
        shards.getShards().getFirst().updateCommands()
                .addCommands(Commands.slash(COMMAND, "Answers pong."))
                .complete();
        return shards::shutdown;
    }

    /**
     * Runs {@code /ping} in #general until the bot answers it: connected, ready, and the command
     * registered (the server refuses a command that is not, so until then it waits for the next
     * command write).
     */
    static void probe(FakeDiscord fake) {
        for (int attempt = 0; attempt < 60; attempt++) {
            int mark = fake.mark();
            FakeInteraction run;
            try {
                run = fake.userRunsCommand(FakeDiscordConfig.ALICE_ID, FakeDiscordConfig.GENERAL_ID, COMMAND, Map.of());
            } catch (IllegalArgumentException notRegisteredYet) {
                try {
                    fake.awaitAfter(mark, Recorded.RestCall.class, c -> c.path().contains("/commands"),
                            Duration.ofSeconds(1));
                } catch (AssertionError noWriteYet) {
                    // not connected yet
                }
                continue;
            }
            try {
                run.awaitCallback(Duration.ofSeconds(1));
                return;
            } catch (AssertionError notYet) {
                // not connected yet
            }
        }
        throw new IllegalStateException("the bot never answered /" + COMMAND + " in #general");
    }

    /**
     * The bot's callbacks, by interaction. The server may record a callback before
     * {@code userRunsCommand} has returned the interaction's id to its user, so whichever of the two
     * comes first makes the future they meet at.
     */
    private static final class Callbacks implements DiscordWorkload.Answers {

        private final FakeDiscord fake;
        private final Map<Long, CompletableFuture<Recorded.InteractionCallback>> byInteraction = new ConcurrentHashMap<>();
        private final AtomicInteger callbacks = new AtomicInteger();

        Callbacks(FakeDiscord fake) {
            this.fake = fake;
        }

        private CompletableFuture<Recorded.InteractionCallback> of(long interactionId) {
            return byInteraction.computeIfAbsent(interactionId, id -> new CompletableFuture<>());
        }

        @Override
        public void recorded(Recorded event) {
            if (event instanceof Recorded.InteractionCallback callback) {
                callbacks.incrementAndGet();
                // only the first counts: a second would be refused as "already acknowledged"
                of(callback.interactionId()).complete(callback);
            }
        }

        @Override
        public DiscordWorkload.Answer ask(long userId, long channelId, Duration patience) throws InterruptedException {
            FakeInteraction run = fake.userRunsCommand(userId, channelId, COMMAND, Map.of());
            Recorded.InteractionCallback callback;
            try {
                callback = of(run.id()).get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                return DiscordWorkload.Answer.none("no callback to /" + COMMAND + " in " + channelId + " within " + patience);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                byInteraction.remove(run.id());
            }
            String content = callback.dataJson().path("content").asText();
            boolean answered = callback.accepted() && callback.type() == CHANNEL_MESSAGE_WITH_SOURCE
                    && content.equals(ANSWER);
            return new DiscordWorkload.Answer(callback.at(), answered ? null
                    : "unexpected first callback in " + channelId + ": type " + callback.type() + ", status "
                            + callback.status() + ", content " + content);
        }

        @Override
        public List<String> problems(int asked) {
            List<String> problems = new ArrayList<>();
            if (callbacks.get() != asked) {
                problems.add("expected " + asked + " callbacks, the server got " + callbacks.get());
            }
            if (!byInteraction.isEmpty()) {
                problems.add(byInteraction.size() + " callbacks to interactions no user was waiting for");
            }
            return problems;
        }
    }
}
