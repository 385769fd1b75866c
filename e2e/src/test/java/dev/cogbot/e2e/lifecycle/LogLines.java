package dev.cogbot.e2e.lifecycle;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * What the bot logs while a test runs, kept as plain text ({@code "ERROR message"}), never as
 * logging events: an event keeps its arguments and exception, and those can hold an unloaded
 * plugin's classes. The plugin host's INFO lines (what it loaded, what the folder watcher did)
 * are let through for the duration; everything else keeps the project's WARN threshold.
 */
final class LogLines implements AutoCloseable {

    private static final String PLUGINS_LOGGER = "dev.cogbot.runtime.plugins";
    private static final List<String> DISCORD_LOGGERS = List.of("net.dv8tion.", "okhttp3.", "org.java_websocket.",
            "dev.cogbot.discordfake.", "dev.cogbot.runtime.transport.discord.");

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<String> stackTraces = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger plugins = (Logger) LoggerFactory.getLogger(PLUGINS_LOGGER);
    private final Level pluginsLevelBefore = plugins.getLevel();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (isOfThisBot(event.getLoggerName())) {
                lines.add(event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage());
                if (event.getThrowableProxy() != null) {
                    // as text too: the class and message of the exception and the first frame of its stack trace
                    var thrown = event.getThrowableProxy();
                    var frames = thrown.getStackTraceElementProxyArray();
                    stackTraces.add(event.getFormattedMessage() + " | " + thrown.getClassName() + ": " + thrown.getMessage()
                            + (frames.length == 0 ? "" : " | at " + frames[0].getStackTraceElement()));
                }
            }
        }
    };

    LogLines() {
        appender.setContext(root.getLoggerContext());
        appender.setName("lifecycle-test-capture");
        appender.start();
        plugins.setLevel(Level.INFO);
        root.addAppender(appender);
    }

    /**
     * Anything but Discord: the appender sees the whole JVM, where an earlier test's JDA, or the local
     * Discord server it talked to, may still be shutting down and logging. These bots run on the console.
     */
    private static boolean isOfThisBot(String loggerName) {
        return DISCORD_LOGGERS.stream().noneMatch(loggerName::startsWith);
    }

    List<String> all() {
        return List.copyOf(lines);
    }

    /**
     * The lines logged with an exception, as {@code "message | ExceptionClass: its message | at frame"},
     * the frame being the top of its stack trace.
     */
    List<String> withStackTraces() {
        return List.copyOf(stackTraces);
    }

    /** Lines at ERROR. */
    List<String> errors() {
        return lines.stream().filter(l -> l.startsWith("ERROR ")).toList();
    }

    /** Lines at WARN or ERROR. */
    List<String> problems() {
        return lines.stream().filter(l -> l.startsWith("ERROR ") || l.startsWith("WARN ")).toList();
    }

    /** Lines containing {@code text}. */
    List<String> containing(String text) {
        return lines.stream().filter(l -> l.contains(text)).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        plugins.setLevel(pluginsLevelBefore);
    }
}
