package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Test-kit tests print the bot's warnings and errors only, unless the author asks for more. */
class QuietTestLoggingTest {

    @AfterEach
    void forgetTheProperty() {
        System.clearProperty(QuietTestLogging.LEVEL_PROPERTY);
    }

    @Test
    void withoutAnAuthorsLogbackFileTheRuntimeLogsAtWarn() {
        // this module has no logback-test.xml, so logback configured itself through the test kit
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(LoggerFactory.getLogger("dev.cogbot.runtime.plugins.PluginHost").isInfoEnabled()).isFalse();
    }

    @Test
    void theAuthorAsksForMoreWithASystemProperty() {
        System.setProperty(QuietTestLogging.LEVEL_PROPERTY, "debug");

        assertThat(QuietTestLogging.level()).isEqualTo(Level.DEBUG);
    }

    @Test
    void anUnknownLevelStaysAtWarn() {
        System.setProperty(QuietTestLogging.LEVEL_PROPERTY, "loud");

        assertThat(QuietTestLogging.level()).isEqualTo(Level.WARN);
    }
}
