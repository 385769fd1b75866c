package dev.cogbot.testkit;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Locale;

/**
 * Logging for tests that use the test kit: the bot's INFO lines (a plugin started, a command
 * registered) would bury a test's own output, so only WARN and above is printed, unless the author
 * asks for more with {@code -Dcogbot.test.log=info} (or {@code debug}, {@code trace}).
 *
 * <p>Logback finds this class through its {@code Configurator} service (the test kit's
 * {@code META-INF/services}), and runs it before reading configuration files. So that an author's
 * own {@code logback-test.xml} or {@code logback.xml} (or {@code -Dlogback.configurationFile})
 * still wins, it steps aside whenever one is there.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_LOW_PRIORITY)
public final class QuietTestLogging extends ContextAwareBase implements Configurator {

    /** The system property an author sets to see more, e.g. {@code -Dcogbot.test.log=debug}. */
    public static final String LEVEL_PROPERTY = "cogbot.test.log";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (authorConfiguresLogging()) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("console");
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{36} - %msg%n");
        encoder.start();
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(console);
        root.setLevel(level());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** WARN, or the level {@value #LEVEL_PROPERTY} names. */
    static Level level() {
        String asked = System.getProperty(LEVEL_PROPERTY, "").strip();
        return asked.isEmpty() ? Level.WARN : Level.toLevel(asked.toUpperCase(Locale.ROOT), Level.WARN);
    }

    private static boolean authorConfiguresLogging() {
        if (System.getProperty("logback.configurationFile") != null) {
            return true;
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : QuietTestLogging.class.getClassLoader();
        return loader.getResource("logback-test.xml") != null || loader.getResource("logback.xml") != null;
    }
}
