package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a test makes users (and the bot's servers) do reaches the gateway as Discord's dispatches, by intent. */
class UserActionDispatchesTest {

    private static final int GUILDS = 1;
    private static final int GUILD_MEMBERS = 1 << 1;
    private static final int GUILD_MESSAGES = 1 << 9;
    private static final int MESSAGE_CONTENT = 1 << 15;

    private FakeDiscord fake;
    private RawGatewayClient client;

    @BeforeEach
    void start() {
        fake = FakeDiscord.start();
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        fake.close();
    }

    /** Connects with {@code intents} and reads READY and the guild's GUILD_CREATE. */
    private void connect(int intents) {
        client = RawGatewayClient.connect(fake.gatewayUrl());
        client.next();
        client.identify(fake.token(), intents);
        assertThat(client.nextDispatch().path("t").asText()).isEqualTo("READY");
        assertThat(client.nextDispatch().path("t").asText()).isEqualTo("GUILD_CREATE");
    }

    @Test
    void aJoinIsAGuildMemberAddWithTheMembersIntent() {
        connect(GUILDS | GUILD_MEMBERS);

        fake.userJoins(BOB_ID, GUILD_ID);

        JsonNode join = client.nextDispatch();
        assertThat(join.path("t").asText()).isEqualTo("GUILD_MEMBER_ADD");
        assertThat(join.path("d").path("guild_id").asText()).isEqualTo(Long.toString(GUILD_ID));
        assertThat(join.path("d").path("user").path("id").asText()).isEqualTo(Long.toString(BOB_ID));
    }

    @Test
    void aLeaveIsAGuildMemberRemoveWithTheMembersIntent() {
        connect(GUILDS | GUILD_MEMBERS);

        fake.userLeaves(BOB_ID, GUILD_ID);

        JsonNode leave = client.nextDispatch();
        assertThat(leave.path("t").asText()).isEqualTo("GUILD_MEMBER_REMOVE");
        assertThat(leave.path("d").path("user").path("username").asText()).isEqualTo("bob");
    }

    @Test
    void withoutTheMembersIntentJoinsAndLeavesAreNotSent() {
        connect(GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);

        fake.userJoins(BOB_ID, GUILD_ID);
        fake.userLeaves(BOB_ID, GUILD_ID);
        fake.userSays(ALICE_ID, GENERAL_ID, "after");

        assertThat(client.nextDispatch().path("t").asText()).isEqualTo("MESSAGE_CREATE");
    }

    @Test
    void aUsersEditIsAMessageUpdateWithTheNewText() {
        connect(GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);
        long id = fake.userSays(ALICE_ID, GENERAL_ID, "helo");
        client.nextDispatch();

        fake.userEdits(ALICE_ID, GENERAL_ID, id, "hello");

        JsonNode update = client.nextDispatch();
        assertThat(update.path("t").asText()).isEqualTo("MESSAGE_UPDATE");
        assertThat(update.path("d").path("content").asText()).isEqualTo("hello");
        assertThat(update.path("d").path("edited_timestamp").isNull()).isFalse();
    }

    @Test
    void nobodyEditsAnothersMessage() {
        long id = fake.userSays(ALICE_ID, GENERAL_ID, "mine");

        assertThatThrownBy(() -> fake.userEdits(BOB_ID, GENERAL_ID, id, "yours"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bob can edit only their own messages");
    }

    @Test
    void aUsersDeletionIsAMessageDelete() {
        connect(GUILDS | GUILD_MESSAGES | MESSAGE_CONTENT);
        long id = fake.userSays(ALICE_ID, GENERAL_ID, "oops");
        client.nextDispatch();

        fake.userDeletes(ALICE_ID, GENERAL_ID, id);

        JsonNode delete = client.nextDispatch();
        assertThat(delete.path("t").asText()).isEqualTo("MESSAGE_DELETE");
        assertThat(delete.path("d").path("id").asText()).isEqualTo(Long.toString(id));
        assertThat(fake.messagesIn(GENERAL_ID)).isEmpty();
    }

    @Test
    void theBotJoiningIsAGuildCreateAfterReady() {
        connect(GUILDS);
        long newGuild = GUILD_ID + 100;

        fake.botJoins(new FakeGuild(newGuild, "New Guild", ALICE_ID, List.of(),
                List.of(FakeChannel.text(newGuild + 1, "welcome", 0)), List.of(FakeMember.of(BOT_ID))));

        JsonNode create = client.nextDispatch();
        assertThat(create.path("t").asText()).isEqualTo("GUILD_CREATE");
        assertThat(create.path("d").path("name").asText()).isEqualTo("New Guild");
    }

    @Test
    void theBotLeavingIsAGuildDeleteThatIsNoOutage() {
        connect(GUILDS);

        fake.botLeaves(GUILD_ID);

        JsonNode delete = client.nextDispatch();
        assertThat(delete.path("t").asText()).isEqualTo("GUILD_DELETE");
        assertThat(delete.path("d").path("id").asText()).isEqualTo(Long.toString(GUILD_ID));
        assertThat(delete.path("d").has("unavailable")).isFalse();
    }
}
