package dev.cogbot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandInfoTest {

    private static CommandInfo info(String usage) {
        return new CommandInfo("hush", List.of("sh"), usage, "Mutes everyone", "Hush", "hush");
    }

    @Test
    void theSignatureIsThePrefixTheNameAndTheUsage() {
        assertThat(info("[duration]").signature("!")).isEqualTo("!hush [duration]");
    }

    @Test
    void theSignatureUsesTheGivenPrefix() {
        assertThat(info("[duration]").signature("?")).isEqualTo("?hush [duration]");
        assertThat(info("[duration]").signature("cog.")).isEqualTo("cog.hush [duration]");
    }

    @Test
    void aCommandWithoutUsageHasNoTrailingSpace() {
        assertThat(info("").signature("!")).isEqualTo("!hush");
        assertThat(info("   ").signature("!")).isEqualTo("!hush");
    }

    @Test
    void theAliasesAreACopyThatCannotBeChanged() {
        List<String> aliases = new ArrayList<>(List.of("sh", "quiet"));
        CommandInfo info = new CommandInfo("hush", aliases, "", "", "Hush", "hush");

        aliases.add("later");

        assertThat(info.aliases()).containsExactly("sh", "quiet");
        assertThatThrownBy(() -> info.aliases().add("more")).isInstanceOf(UnsupportedOperationException.class);
    }
}
