package dev.cogbot.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionsInTextTest {

    private static final GuildRef GUILD = new GuildRef("g", "Guild", "alice");
    private static final ChannelRef GENERAL = new ChannelRef("general", "general", GUILD);
    private static final User ALICE = new User("alice", "alice", false);
    private static final User BOB = new User("42", "bob", false);
    private static final User CAROL = new User("carol", "carol", false);
    private static final Role MODS = new Role("7", "Moderator");
    private static final MemberRef PLAIN_BOB = MemberRef.of(BOB, "bob", Set.of(Permission.SEND_MESSAGES));

    private static IncomingMessage.Details read(String content, ChannelRef channel, MemberRef author) {
        return MentionsInText.details(content, channel, author,
                id -> Optional.ofNullable(Map.of("42", BOB, "carol", CAROL).get(id)), guild -> List.of(MODS), null);
    }

    private static IncomingMessage.Details read(String content, ChannelRef channel) {
        return read(content, channel, PLAIN_BOB);
    }

    @Test
    void usersAreMentionedOnceEachInTheOrderWritten() {
        assertThat(read("<@!42> <@carol> <@42>", GENERAL).mentions()).containsExactly(BOB, CAROL);
    }

    @Test
    void anIdTheNetworkDoesNotKnowMentionsNobody() {
        assertThat(read("<@nobody> <@42>", GENERAL).mentions()).containsExactly(BOB);
    }

    @Test
    void onlyTheServersRolesAreMentioned() {
        assertThat(read("<@&7> <@&8> <@&7>", GENERAL).roleMentions()).containsExactly(MODS);
    }

    @Test
    void aDmMentionsNoRole() {
        assertThat(read("<@&7>", ChannelRef.dm("d", "DM"), null).roleMentions()).isEmpty();
    }

    @Test
    void everyoneAndHereMentionEveryoneFromAMemberWithMentionEveryone() {
        MemberRef herald = MemberRef.of(BOB, "bob", Set.of(Permission.MENTION_EVERYONE));

        assertThat(read("@everyone", GENERAL, herald).mentionsEveryone()).isTrue();
        assertThat(read("@here", GENERAL, herald).mentionsEveryone()).isTrue();
        assertThat(read("every one", GENERAL, herald).mentionsEveryone()).isFalse();
    }

    @Test
    void aPlainMembersEveryoneMentionsNobody() {
        assertThat(read("@everyone", GENERAL, PLAIN_BOB).mentionsEveryone()).isFalse();
        assertThat(read("@here", GENERAL, PLAIN_BOB).mentionsEveryone()).isFalse();
    }

    @Test
    void theOwnerAndAdministratorsMayMentionEveryone() {
        assertThat(read("@everyone", GENERAL, MemberRef.of(ALICE, "alice", Set.of())).mentionsEveryone()).isTrue();
        assertThat(read("@here", GENERAL, MemberRef.of(BOB, "bob", Set.of(Permission.ADMINISTRATOR))).mentionsEveryone())
                .isTrue();
    }

    @Test
    void nobodyMentionsEveryoneInADm() {
        assertThat(read("@everyone", ChannelRef.dm("d", "DM"), null).mentionsEveryone()).isFalse();
    }
}
