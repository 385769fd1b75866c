package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.CAROL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.FakeUser;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Request Guild Members (op 8) by name, as Discord documents it: a {@code query} is a prefix of a
 * username or nickname, ignoring case, answered up to {@code limit} without the privileged
 * server-members intent; the whole list (an empty query) only with it. Alice goes by {@code Bea}
 * in the server and Bob by {@code Bobby}; Carol has no nickname.
 */
class MemberQueryProtocolTest {

    private static final int GUILDS = 1;
    private static final int GUILD_MEMBERS = 1 << 1;

    private FakeDiscord fake;
    private RawGatewayClient client;

    @BeforeEach
    void start() {
        FakeDiscordConfig defaults = FakeDiscordConfig.defaults();
        FakeGuild guild = defaults.guild();
        FakeGuild nicknamed = new FakeGuild(guild.id(), guild.name(), guild.ownerId(), guild.roles(), guild.channels(),
                List.of(FakeMember.of(BOT_ID), new FakeMember(ALICE_ID, List.of(), "Bea"),
                        new FakeMember(BOB_ID, List.of(), "Bobby"), FakeMember.of(CAROL_ID)));
        List<FakeUser> users = new ArrayList<>(defaults.users());
        users.add(FakeUser.human(CAROL_ID, "carol"));
        fake = FakeDiscord.start(defaults.toBuilder().guild(nicknamed).users(users).build());
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        fake.close();
    }

    @Test
    void aQueryFindsMembersWhoseUsernameStartsWithItIgnoringCase() {
        connect(GUILDS);

        assertThat(members(ask("CAR", 100))).containsExactly(CAROL_ID);
    }

    @Test
    void aQueryFindsMembersWhoseNicknameStartsWithIt() {
        connect(GUILDS);

        assertThat(members(ask("bobb", 100))).containsExactly(BOB_ID);
        assertThat(members(ask("bea", 100))).containsExactly(ALICE_ID);
    }

    @Test
    void aQueryAnswersAtMostItsLimit() {
        connect(GUILDS);

        assertThat(members(ask("b", 100))).containsExactlyInAnyOrder(ALICE_ID, BOB_ID);
        assertThat(members(ask("b", 1))).hasSize(1);
    }

    @Test
    void aQueryNobodyMatchesIsAnsweredWithAnEmptyChunk() {
        connect(GUILDS);

        assertThat(members(ask("zed", 100))).isEmpty();
    }

    @Test
    void theWholeMemberListIsNotAnsweredWithoutTheMembersIntent() {
        connect(GUILDS);

        client.send(request("", 0, "whole"));
        JsonNode answer = ask("car", 100);

        assertThat(answer.path("nonce").asText()).as("the first answer is to the named query").isEqualTo("car");
    }

    @Test
    void theWholeMemberListIsAnsweredWithTheMembersIntent() {
        connect(GUILDS | GUILD_MEMBERS);

        assertThat(members(ask("", 0))).containsExactlyInAnyOrder(BOT_ID, ALICE_ID, BOB_ID, CAROL_ID);
    }

    private void connect(int intents) {
        client = RawGatewayClient.connect(fake.gatewayUrl());
        client.next();
        client.identify(fake.token(), intents);
        assertThat(client.nextDispatch().path("t").asText()).isEqualTo("READY");
        assertThat(client.nextDispatch().path("t").asText()).isEqualTo("GUILD_CREATE");
    }

    /** Sends a query (its nonce is the query itself, or "all") and returns the chunk's data. */
    private JsonNode ask(String query, int limit) {
        client.send(request(query, limit, query.isEmpty() ? "all" : query));
        JsonNode chunk = client.nextDispatch();
        assertThat(chunk.path("t").asText()).isEqualTo("GUILD_MEMBERS_CHUNK");
        return chunk.path("d");
    }

    private static String request(String query, int limit, String nonce) {
        return "{\"op\":8,\"d\":{\"guild_id\":\"" + GUILD_ID + "\",\"query\":\"" + query + "\",\"limit\":" + limit
                + ",\"nonce\":\"" + nonce + "\"}}";
    }

    private static List<Long> members(JsonNode chunk) {
        return StreamSupport.stream(chunk.path("members").spliterator(), false)
                .map(m -> m.path("user").path("id").asLong()).toList();
    }
}
