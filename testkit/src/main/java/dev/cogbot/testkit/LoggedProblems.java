package dev.cogbot.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;

/**
 * The WARN and ERROR lines the bot logs while open, as plain text with the exception's class
 * ({@code "ERROR dev.cogbot... - message [java.lang.StackOverflowError]"}), for tests that a
 * hostile message leaves no error or stack trace behind. Only cogbot's own loggers are kept.
 *
 * <pre>{@code
 * try (LoggedProblems problems = LoggedProblems.capture(); TestBot bot = ...) {
 *     bot.user("alice").says("!hush " + "1s".repeat(1000));
 *     assertThat(problems.lines()).isEmpty();
 * }
 * }</pre>
 */
public final class LoggedProblems implements AutoCloseable {

    private static final String COGBOT = "dev.cogbot.";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN) && event.getLoggerName().startsWith(COGBOT)) {
                String thrown = event.getThrowableProxy() == null ? "" : " [" + event.getThrowableProxy().getClassName() + "]";
                lines.add(event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage() + thrown);
            }
        }
    };

    private LoggedProblems() {
        appender.setContext(root.getLoggerContext());
        appender.setName("logged-problems-" + System.identityHashCode(this));
        appender.start();
        root.addAppender(appender);
    }

    /** Starts keeping what is logged at WARN and above from now until {@link #close}. */
    public static LoggedProblems capture() {
        return new LoggedProblems();
    }

    /** Every line kept so far, in order. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Lines kept so far that contain {@code text}. */
    public List<String> containing(String text) {
        return lines.stream().filter(l -> l.contains(text)).toList();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
