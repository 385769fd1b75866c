package dev.cogbot.runtime.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Channel;
import dev.cogbot.api.User;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Which converter reads a type for a plugin's commands, and the one list of built-in types. */
class ConverterRegistryTest {

    enum Mood { HAPPY }

    private static final Lookups NOBODY = new Lookups() {
        @Override
        public Optional<User> user(String id) {
            return Optional.empty();
        }

        @Override
        public Optional<Channel> channel(String id) {
            return Optional.empty();
        }
    };

    private final ConverterRegistry registry = new ConverterRegistry("cogbot");

    {
        BuiltInConverters.registerInto(registry, NOBODY);
    }

    @Test
    void aPluginsOwnConverterComesBeforeTheRuntimes() {
        registry.register("dates", Integer.class, (ctx, text) -> 42);

        assertThat(registry.find("dates", int.class)).get().extracting(ConverterRegistry.Entry::owner).isEqualTo("dates");
        assertThat(registry.find("other", int.class)).get().extracting(ConverterRegistry.Entry::owner).isEqualTo("cogbot");
    }

    @Test
    void anEnumWithoutAConverterOfItsOwnIsReadByTheOneForEnum() {
        assertThat(registry.find("any", Mood.class)).get().extracting(ConverterRegistry.Entry::type).isEqualTo(Enum.class);
    }

    @Test
    void aCancelledRegistrationIsNoLongerFound() {
        Cancellable registration = registry.register("dates", LocalDate.class, (ctx, text) -> LocalDate.parse(text));

        registration.cancel();

        assertThat(registry.find("dates", LocalDate.class)).isEmpty();
    }

    @Test
    void theSameOwnerCannotRegisterATypeTwice() {
        registry.register("dates", LocalDate.class, (ctx, text) -> LocalDate.parse(text));

        assertThatThrownBy(() -> registry.register("dates", LocalDate.class, (ctx, text) -> LocalDate.EPOCH))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("plugin dates already has a converter for java.time.LocalDate; register one per type");
    }

    @Test
    void theApiDocumentsExactlyTheBuiltInTypes() throws IOException {
        String javadoc = Files.readString(Path.of("..", "api", "src", "main", "java", "dev", "cogbot", "api", "Converter.java"));
        Matcher builtIn = Pattern.compile("Built in: ([^.]+)\\.").matcher(javadoc);

        assertThat(builtIn.find()).as("Converter's javadoc has a 'Built in:' line").isTrue();
        assertThat(builtIn.group(1)).isEqualTo(registry.describe("nobody"));
    }
}
