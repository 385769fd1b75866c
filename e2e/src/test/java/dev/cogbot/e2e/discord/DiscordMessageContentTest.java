package dev.cogbot.e2e.discord;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.cogbot.discordfake.FakeDiscord;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.discordfake.RouteMatcher;
import dev.cogbot.discordfake.model.FakeApplication;
import dev.cogbot.runtime.transport.discord.DiscordLoginException;
import dev.cogbot.runtime.transport.discord.DiscordOptions;
import dev.cogbot.runtime.transport.discord.DiscordOptions.MessageContent;
import dev.cogbot.runtime.transport.discord.DiscordToken;
import dev.cogbot.runtime.transport.discord.DiscordTransport;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** discord.message-content: a bot whose application lacks the privileged intent, with auto and with required. */
class DiscordMessageContentTest {

    private final ch.qos.logback.classic.Logger logger =
            (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(DiscordTransport.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

    @BeforeEach
    void captureTheLog() {
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void releaseTheLog() {
        logger.detachAppender(logged);
    }

    @Test
    void withAutoABotWhoseApplicationLacksTheIntentConnectsWithoutIt() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(withoutMessageContent());
                DiscordTransport transport = transport(discord, MessageContent.AUTO)) {
            RecordingListener listener = new RecordingListener();
            transport.start(listener);

            assertThat(listener.awaitReady(DiscordSession.PATIENCE)).as("ready").isTrue();
            assertThat(discord.lastIdentifiedIntents().orElseThrow() & GatewayIntent.MESSAGE_CONTENT.getRawValue()).isZero();
            assertThat(transport.readsMessageContent()).isFalse();
            assertThat(transport.fatalError()).isEmpty();
        }
    }

    @Test
    void withAutoABotWithoutTheIntentSaysOnceWhatStillWorks() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(withoutMessageContent());
                DiscordTransport transport = transport(discord, MessageContent.AUTO)) {
            RecordingListener listener = new RecordingListener();
            transport.start(listener);
            assertThat(listener.awaitReady(DiscordSession.PATIENCE)).as("ready").isTrue();
        }
        List<ILoggingEvent> warnings = logged.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .contains("lacks the Message Content intent", "only in DMs", "mention the bot", "replies to it",
                        "slash commands serve everyone", "discord.message-content=required");
    }

    @Test
    void withAutoABotThatCouldNotReadItsFlagsConnectsAgainWithoutTheIntentWhenRefused() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(withoutMessageContent());
                DiscordTransport transport = transport(discord, MessageContent.AUTO)) {
            discord.failNextWith(RouteMatcher.route("GET", "applications/@me"), 500, 0, "Internal Server Error");
            RecordingListener listener = new RecordingListener();
            transport.start(listener);

            assertThat(listener.awaitReady(DiscordSession.PATIENCE)).as("ready").isTrue();
            assertThat(discord.lastIdentifiedIntents().orElseThrow() & GatewayIntent.MESSAGE_CONTENT.getRawValue()).isZero();
            assertThat(transport.readsMessageContent()).isFalse();
            assertThat(transport.fatalError()).isEmpty();
            assertThat(transport.connectionState()).isEqualTo(
                    "shard 0 CONNECTED, without message content (prefix commands in DMs, mentions and replies only)");
        }
    }

    @Test
    void withAutoABotWhoseApplicationHasTheIntentAsksForItAndSaysNothing() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start();
                DiscordTransport transport = transport(discord, MessageContent.AUTO)) {
            RecordingListener listener = new RecordingListener();
            transport.start(listener);

            assertThat(listener.awaitReady(DiscordSession.PATIENCE)).as("ready").isTrue();
            assertThat(discord.lastIdentifiedIntents().orElseThrow() & GatewayIntent.MESSAGE_CONTENT.getRawValue()).isNotZero();
            assertThat(transport.readsMessageContent()).isTrue();
        }
        assertThat(logged.list).noneMatch(e -> e.getLevel() == Level.WARN);
    }

    @Test
    void withRequiredABotWhoseApplicationLacksTheIntentStopsWithTheIntentsReason() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start(withoutMessageContent());
                DiscordTransport transport = transport(discord, MessageContent.REQUIRED)) {
            RecordingListener listener = new RecordingListener();
            transport.start(listener);

            assertThat(listener.awaitClosed(DiscordSession.PATIENCE)).as("input closed").isTrue();
            // the reason the launcher turns into exit code 22
            assertThat(transport.fatalError()).hasValueSatisfying(e -> {
                assertThat(e.reason()).isEqualTo(DiscordLoginException.Reason.DISALLOWED_INTENTS);
                assertThat(e.getMessage()).contains("enable the Message Content intent");
            });
        }
    }

    private static FakeDiscordConfig withoutMessageContent() {
        FakeApplication app = FakeDiscordConfig.defaults().application();
        return FakeDiscordConfig.builder()
                .application(new FakeApplication(app.id(), app.name(), app.ownerUserId(), app.team(),
                        FakeApplication.DEFAULT_FLAGS & ~FakeApplication.MESSAGE_CONTENT_INTENT_ALLOWED))
                .build();
    }

    private static DiscordTransport transport(FakeDiscord discord, MessageContent messageContent) {
        return new DiscordTransport(new DiscordOptions(DiscordToken.of(discord.token(), "the test"),
                Optional.of(URI.create(discord.restBaseUrl())), Optional.empty()).withMessageContent(messageContent));
    }
}
