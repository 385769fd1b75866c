package dev.cogbot.discordfake;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOT_ROLE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.MODERATOR_ROLE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogbot.discordfake.model.FakeChannel;
import dev.cogbot.discordfake.model.FakeGuild;
import dev.cogbot.discordfake.model.FakeMember;
import dev.cogbot.discordfake.model.Permissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Messages after they are sent, their mentions and reactions, and members, as Discord's REST API has them. */
class MessageModelEndpointsTest {

    private static final String MESSAGES = "channels/" + GENERAL_ID + "/messages";

    private FakeDiscord fake = FakeDiscord.start();
    private BotRest rest = new BotRest(fake);

    @AfterEach
    void stop() {
        rest.close();
        fake.close();
    }

    private JsonNode message(long id) {
        return rest.json("GET", MESSAGES + "/" + id, null);
    }

    @Test
    void whoReactedIsListedByUserId() {
        long poll = fake.userSays(ALICE_ID, GENERAL_ID, "Lunch?");
        fake.userReacts(BOB_ID, GENERAL_ID, poll, "👍");
        fake.userReacts(ALICE_ID, GENERAL_ID, poll, "👍");
        fake.userReacts(BOB_ID, GENERAL_ID, poll, "👎");

        JsonNode users = rest.json("GET", MESSAGES + "/" + poll + "/reactions/" + BotRest.segment("👍"), null);

        assertThat(users.findValuesAsText("username")).containsExactly("alice", "bob");
    }

    @Test
    void reactorsComeInPagesAfterAUserId() {
        long poll = fake.userSays(ALICE_ID, GENERAL_ID, "Lunch?");
        fake.userReacts(BOB_ID, GENERAL_ID, poll, "👍");
        fake.userReacts(ALICE_ID, GENERAL_ID, poll, "👍");
        String path = MESSAGES + "/" + poll + "/reactions/" + BotRest.segment("👍");

        assertThat(rest.json("GET", path + "?limit=1", null).findValuesAsText("username")).containsExactly("alice");
        assertThat(rest.json("GET", path + "?limit=1&after=" + ALICE_ID, null).findValuesAsText("username"))
                .containsExactly("bob");
        assertThat(rest.call("GET", path + "?limit=101", null).statusCode()).isEqualTo(400);
    }

    @Test
    void nobodyReactedWithAnEmojiNoOneUsed() {
        long poll = fake.userSays(ALICE_ID, GENERAL_ID, "Lunch?");

        assertThat(rest.json("GET", MESSAGES + "/" + poll + "/reactions/" + BotRest.segment("🍕"), null)).isEmpty();
        assertThat(rest.call("GET", MESSAGES + "/" + poll + "/reactions/" + BotRest.segment("party:123"), null)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void aCustomEmojiIsOneReactionHoweverItIsWritten() {
        long poll = fake.userSays(ALICE_ID, GENERAL_ID, "Dance?");
        fake.userReacts(BOB_ID, GENERAL_ID, poll, "<a:dance:123>");
        rest.call("PUT", MESSAGES + "/" + poll + "/reactions/" + BotRest.segment("a:dance:123") + "/@me", null);

        JsonNode users = rest.json("GET", MESSAGES + "/" + poll + "/reactions/" + BotRest.segment("dance:123"), null);

        assertThat(users.findValuesAsText("username")).containsExactly("cogbot", "bob");
        assertThat(message(poll).path("reactions")).singleElement()
                .satisfies(r -> assertThat(r.path("count").asInt()).isEqualTo(2));
    }

    @Test
    void mentionsNameKnownUsersAndTheGuildsRolesOnly() {
        long said = fake.userSays(BOB_ID, GENERAL_ID,
                "<@" + ALICE_ID + "> <@!" + ALICE_ID + "> <@123> <@&" + MODERATOR_ROLE_ID + "> <@&456>");

        JsonNode message = message(said);

        assertThat(message.path("mentions").findValuesAsText("username")).containsExactly("alice");
        assertThat(message.path("mention_roles")).extracting(JsonNode::asText)
                .containsExactly(Long.toString(MODERATOR_ROLE_ID));
    }

    @Test
    void theOwnersEveryoneMentionsEveryone() {
        assertThat(message(fake.userSays(ALICE_ID, GENERAL_ID, "@everyone lunch")).path("mention_everyone").asBoolean())
                .isTrue();
        assertThat(message(fake.userSays(ALICE_ID, GENERAL_ID, "@here lunch")).path("mention_everyone").asBoolean())
                .isTrue();
    }

    @Test
    void aMemberWithoutMentionEveryoneMentionsNobodyWithEveryone() {
        assertThat(message(fake.userSays(BOB_ID, GENERAL_ID, "@everyone lunch")).path("mention_everyone").asBoolean())
                .isFalse();
    }

    @Test
    void aMemberJoinedWhenTheConfigSays() {
        Instant joined = Instant.parse("2025-06-01T12:00:00Z");
        FakeDiscordConfig defaults = FakeDiscordConfig.defaults();
        FakeGuild guild = defaults.guild();
        List<FakeMember> members = new ArrayList<>(guild.members().stream()
                .map(m -> m.userId() == BOB_ID ? m.joinedAt(joined) : m).toList());
        restartWith(defaults.toBuilder().guild(new FakeGuild(guild.id(), guild.name(), guild.ownerId(), guild.roles(),
                guild.channels(), members)).build());

        JsonNode bob = rest.json("GET", "guilds/" + GUILD_ID + "/members/" + BOB_ID, null);
        JsonNode alice = rest.json("GET", "guilds/" + GUILD_ID + "/members/" + ALICE_ID, null);

        assertThat(Instant.parse(bob.path("joined_at").asText())).isEqualTo(joined);
        assertThat(Instant.parse(alice.path("joined_at").asText())).isEqualTo(FakeMember.DEFAULT_JOINED_AT);
        assertThat(alice.path("roles")).extracting(JsonNode::asText).containsExactly(Long.toString(MODERATOR_ROLE_ID));
    }

    @Test
    void aSentEmbedIsRichAndRecordedWithTheReplyTarget() {
        long question = fake.userSays(ALICE_ID, GENERAL_ID, "score?");

        JsonNode sent = rest.json("POST", MESSAGES, "{\"content\":\"\",\"embeds\":[{\"title\":\"Score\"}],"
                + "\"message_reference\":{\"message_id\":\"" + question + "\"}}");

        assertThat(sent.path("embeds").get(0).path("type").asText()).isEqualTo("rich");
        assertThat(sent.path("referenced_message").path("id").asText()).isEqualTo(Long.toString(question));
        assertThat(fake.recorded()).filteredOn(Recorded.MessageSent.class::isInstance).map(Recorded.MessageSent.class::cast)
                .singleElement().satisfies(m -> {
                    assertThat(m.replyToMessageId()).isEqualTo(question);
                    assertThat(m.embedsJson().get(0).path("title").asText()).isEqualTo("Score");
                });
    }

    @Test
    void theBotsEditsAndDeletionsAreRecorded() {
        long id = rest.json("POST", MESSAGES, "{\"content\":\"Counting\"}").path("id").asLong();
        long bobs = fake.userSays(BOB_ID, GENERAL_ID, "spam");

        rest.call("PATCH", MESSAGES + "/" + id, "{\"content\":\"Counted\"}");
        rest.call("DELETE", MESSAGES + "/" + id, null);
        rest.call("DELETE", MESSAGES + "/" + bobs, null);

        assertThat(fake.recorded()).filteredOn(Recorded.MessageEdited.class::isInstance)
                .map(Recorded.MessageEdited.class::cast)
                .singleElement().satisfies(e -> assertThat(e.content()).isEqualTo("Counted"));
        assertThat(fake.recorded()).filteredOn(Recorded.MessageDeleted.class::isInstance)
                .map(Recorded.MessageDeleted.class::cast)
                .extracting(Recorded.MessageDeleted::authorId).containsExactly(BOT_ID, BOB_ID);
        assertThat(fake.messagesIn(GENERAL_ID)).isEmpty();
    }

    @Test
    void theBotCannotEditSomeoneElsesMessage() {
        long bobs = fake.userSays(BOB_ID, GENERAL_ID, "mine");

        assertThat(rest.call("PATCH", MESSAGES + "/" + bobs, "{\"content\":\"no\"}").statusCode()).isEqualTo(403);
        assertThat(message(bobs).path("content").asText()).isEqualTo("mine");
    }

    @Test
    void theBotCannotDeleteSomeoneElsesMessageWithoutManageMessagesThere() {
        FakeDiscordConfig defaults = FakeDiscordConfig.defaults();
        FakeGuild guild = defaults.guild();
        FakeChannel general = new FakeChannel(GENERAL_ID, "general", 0, null,
                List.of(new FakeChannel.Overwrite(BOT_ROLE_ID, 0, 0, Permissions.MANAGE_MESSAGES)));
        restartWith(defaults.toBuilder().guild(new FakeGuild(guild.id(), guild.name(), guild.ownerId(), guild.roles(),
                List.of(general, guild.channel("random")), guild.members())).build());
        long bobs = fake.userSays(BOB_ID, GENERAL_ID, "spam");
        long own = rest.json("POST", MESSAGES, "{\"content\":\"mine\"}").path("id").asLong();

        var refused = rest.call("DELETE", MESSAGES + "/" + bobs, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("50013");
        assertThat(message(bobs).path("content").asText()).isEqualTo("spam");
        assertThat(rest.call("DELETE", MESSAGES + "/" + own, null).statusCode()).isEqualTo(204);
    }

    @Test
    void aMemberWhoLeftIsAnUnknownMemberUntilTheyJoinAgain() {
        fake.userLeaves(BOB_ID, GUILD_ID);

        var gone = rest.call("GET", "guilds/" + GUILD_ID + "/members/" + BOB_ID, null);
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(gone.body()).contains("10007");

        fake.userJoins(BOB_ID, GUILD_ID);
        assertThat(rest.call("GET", "guilds/" + GUILD_ID + "/members/" + BOB_ID, null).statusCode()).isEqualTo(200);
    }

    private void restartWith(FakeDiscordConfig config) {
        rest.close();
        fake.close();
        fake = FakeDiscord.start(config);
        rest = new BotRest(fake);
    }
}
