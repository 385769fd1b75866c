package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import dev.cogbot.discordfake.FakeDiscordConfig;
import dev.cogbot.runtime.slash.CommandSync;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Slash-only mode: the whole bot on an application without the Message Content intent, with
 * {@code discord.message-content=auto} (the default), starts and serves its slash commands, while
 * a prefix command in a server, whose text Discord no longer delivers, goes unserved.
 */
class SlashOnDiscordWithoutMessageContentTest {

    @TempDir
    Path home;

    private DiscordSession bot;

    private final List<String> jdaWarnings = new CopyOnWriteArrayList<>();
    private final AppenderBase<ILoggingEvent> jdaLog = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN)) {
                jdaWarnings.add(event.getFormattedMessage());
            }
        }
    };

    @BeforeEach
    void connectAndRegisterTheCommands() {
        Logger jda = (Logger) LoggerFactory.getLogger("net.dv8tion");
        jdaLog.setContext(jda.getLoggerContext());
        jdaLog.start();
        jda.addAppender(jdaLog);
        bot = DiscordSession.on(home, FakeDiscordConfig.builder()
                .application(FakeDiscordConfig.defaults().application().withoutMessageContentIntent())
                .build(), Map.of("discord.message-content", "auto"));
        bot.advance(CommandSync.QUIET);
    }

    @AfterEach
    void disconnect() {
        ((Logger) LoggerFactory.getLogger("net.dv8tion")).detachAppender(jdaLog);
        bot.close();
    }

    @Test
    void theBotStartsWithoutReadingMessageContent() {
        assertThat(bot.connectionState()).containsIgnoringCase("without message content");
    }

    @Test
    void aSlashCommandIsServed() {
        assertThat(bot.runs(BOB_ID, GENERAL_ID, "lightbulb", Map.of()).original())
                .hasValueSatisfying(answer -> assertThat(answer.content()).containsIgnoringCase("light"));
    }

    @Test
    void aPrefixCommandInAServerIsNotServed() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).isEmpty();
    }

    /**
     * The bot says once why it runs without message content; JDA's own warning at the first message
     * without text would say it again, at length. (JDA warns once per JVM: this fails only if no
     * earlier test in the JVM made it warn already.)
     */
    @Test
    void onlyTheBotSaysItRunsWithoutMessageContent() {
        bot.says(BOB_ID, GENERAL_ID, "!lightbulb");

        assertThat(jdaWarnings).noneMatch(w -> w.contains("MESSAGE_CONTENT"));
    }
}
