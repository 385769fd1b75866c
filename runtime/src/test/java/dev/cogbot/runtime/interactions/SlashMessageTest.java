package dev.cogbot.runtime.interactions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The stand-in message of a slash command reads as the command was typed. */
class SlashMessageTest {

    @Test
    void aCommandWithoutOptionsIsItsName() {
        assertThat(SlashMessage.typed(List.of("ping"), Map.of())).isEqualTo("/ping");
    }

    @Test
    void optionsFollowAsNameColonValue() {
        assertThat(SlashMessage.typed(List.of("hush"), Map.of("duration", "5m"))).isEqualTo("/hush duration:5m");
    }

    @Test
    void aSubcommandIsItsGroupThenItsName() {
        assertThat(SlashMessage.typed(List.of("plugins", "load"), Map.of("id", "jokes"))).isEqualTo("/plugins load id:jokes");
    }

    @Test
    void aValueWithSpacesIsQuoted() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("when", "10m");
        options.put("what", "buy tea");

        assertThat(SlashMessage.typed(List.of("remind"), options)).isEqualTo("/remind when:10m what:\"buy tea\"");
    }
}
