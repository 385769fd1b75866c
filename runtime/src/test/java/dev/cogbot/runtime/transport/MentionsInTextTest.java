package dev.cogbot.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionsInTextTest {

    private static final GuildRef GUILD = new GuildRef("g", "Guild", "alice");
    private static final ChannelRef GENERAL = new ChannelRef("general", "general", GUILD);
    private static final User BOB = new User("42", "bob", false);
    private static final Role MODS = new Role("7", "Moderator");

    private static IncomingMessage.Details read(String content, ChannelRef channel) {
        return MentionsInText.details(content, channel, id -> Optional.ofNullable(Map.of("42", BOB).get(id)),
                guild -> List.of(MODS), null);
    }

    @Test
    void usersAreMentionedOnceEachInTheOrderWritten() {
        assertThat(read("<@!42> <@carol> <@42>", GENERAL).mentions())
                .containsExactly(BOB, new User("carol", "carol", false));
    }

    @Test
    void onlyTheServersRolesAreMentioned() {
        assertThat(read("<@&7> <@&8> <@&7>", GENERAL).roleMentions()).containsExactly(MODS);
    }

    @Test
    void aDmMentionsNoRole() {
        assertThat(read("<@&7>", ChannelRef.dm("d", "DM")).roleMentions()).isEmpty();
    }

    @Test
    void everyoneAndHereMentionEveryone() {
        assertThat(read("@everyone", GENERAL).mentionsEveryone()).isTrue();
        assertThat(read("@here", GENERAL).mentionsEveryone()).isTrue();
        assertThat(read("every one", GENERAL).mentionsEveryone()).isFalse();
    }
}
