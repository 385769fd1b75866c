package dev.cogbot.e2e.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Before each test, starts a {@link LifecycleBot} with the three real plugins in a new temporary
 * home and puts it in the test's {@code LifecycleBot} field; after the test, closes it and deletes
 * the home. For the lifecycle tests that need nothing else first:
 *
 * <pre>{@code
 * @ExtendWith(RealPluginsBot.class)
 * class SomeLifecycleTest {
 *     private LifecycleBot bot;
 * }
 * }</pre>
 */
final class RealPluginsBot implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealPluginsBot.class);

    private record Started(LifecycleBot bot, Path home) {
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Path home = Files.createTempDirectory("cogbot-lifecycle");
        LifecycleBot bot = LifecycleBot.start(home);
        context.getStore(NAMESPACE).put(Started.class, new Started(bot, home));
        Object test = context.getRequiredTestInstance();
        Field field = botField(test.getClass());
        field.setAccessible(true);
        field.set(test, bot);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Started started = context.getStore(NAMESPACE).remove(Started.class, Started.class);
        if (started != null) {
            try {
                started.bot().close();
            } finally {
                deleteTree(started.home());
            }
        }
    }

    private static Field botField(Class<?> testClass) {
        for (Field field : testClass.getDeclaredFields()) {
            if (field.getType() == LifecycleBot.class) {
                return field;
            }
        }
        throw new IllegalStateException(testClass.getSimpleName() + " has no LifecycleBot field to start a bot in");
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the test bot's home " + root, e);
        }
    }
}
