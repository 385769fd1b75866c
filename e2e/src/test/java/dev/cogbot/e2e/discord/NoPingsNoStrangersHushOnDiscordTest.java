package dev.cogbot.e2e.discord;

import static dev.cogbot.discordfake.FakeDiscordConfig.ALICE_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.BOB_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GENERAL_ID;
import static dev.cogbot.discordfake.FakeDiscordConfig.GUILD_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cogbot.api.AllowedMentions;
import dev.cogbot.discordfake.Recorded;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.GuildRef;
import dev.cogbot.api.Draft;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nobody mutes or pings where they don't belong, through the real JDA transport on a local Discord:
 * alice is a Moderator (and the bot's owner), bob a plain member.
 */
class NoPingsNoStrangersHushOnDiscordTest {

    @TempDir
    Path home;

    private DiscordSession bot;

    @BeforeEach
    void connect() {
        bot = new DiscordSession(home);
    }

    @AfterEach
    void disconnect() {
        bot.close();
    }

    @Test
    void echoedUserTextCannotPingEveryone() {
        int mark = bot.discord().mark();
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!@everyone")).singleElement().asString().contains("!@everyone");

        assertThat(messagesSentSince(mark)).singleElement().satisfies(sent -> {
            assertThat(sent.pingedEveryone()).isFalse();
            usersOnly(sent.allowedMentionsJson());
        });
    }

    @Test
    void everyReplyAllowsUserMentionsOnlyHelpAndErrorsIncluded() {
        int mark = bot.discord().mark();
        bot.says(BOB_ID, GENERAL_ID, "!help");
        bot.says(BOB_ID, GENERAL_ID, "!lightbulb");
        bot.says(ALICE_ID, GENERAL_ID, "!hush 99d");
        bot.says(BOB_ID, GENERAL_ID, "!plugins");
        bot.saysInDm(BOB_ID, "!nope");

        assertThat(messagesSentSince(mark)).hasSize(5)
                .allSatisfy(sent -> usersOnly(sent.allowedMentionsJson()));
    }

    @Test
    void aMessageAllowedToPingEveryoneDoes() {
        int mark = bot.discord().mark();
        ChannelRef general = new ChannelRef(Long.toString(GENERAL_ID), "general",
                new GuildRef(Long.toString(GUILD_ID), "Cog Test Guild", "0"));

        bot.transport().send(general, Draft.of("@everyone the server restarts").withMentions(AllowedMentions.users().withEveryone()));

        assertThat(messagesSentSince(mark)).singleElement()
                .satisfies(sent -> assertThat(sent.pingedEveryone()).isTrue());
    }

    @Test
    void aPlainMemberCannotHushTheServer() {
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!hush 24h")).containsExactly(
                "cogbot: Only members who can manage messages here, and the bot's owners, can use !hush and !unhush.");
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).hasSize(1);
    }

    @Test
    void aModeratorsHushIsEndedEarlyByUnhush() {
        bot.says(ALICE_ID, GENERAL_ID, "!hush 1h");
        long hush = bot.lastMessageOf(ALICE_ID, GENERAL_ID);
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).isEmpty();

        assertThat(bot.says(ALICE_ID, GENERAL_ID, "!unhush"))
                .containsExactlyInAnyOrder("cogbot: Hush lifted.", "removed 🔇 from " + hush);
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).hasSize(1);
    }

    @Test
    void aDmHushSilencesThatDmOnly() {
        assertThat(bot.saysInDm(BOB_ID, "!hush")).singleElement().asString().startsWith("reacted 🔇");
        assertThat(bot.saysInDm(BOB_ID, "!lightbulb")).isEmpty();
        assertThat(bot.says(BOB_ID, GENERAL_ID, "!lightbulb")).hasSize(1);
    }

    private List<Recorded.MessageSent> messagesSentSince(int mark) {
        List<Recorded> recorded = bot.discord().recorded();
        return recorded.subList(mark, recorded.size()).stream()
                .filter(Recorded.MessageSent.class::isInstance).map(Recorded.MessageSent.class::cast)
                .toList();
    }

    /** Discord's {@code allowed_mentions} letting user mentions ping and nothing else. */
    private void usersOnly(JsonNode allowed) {
        assertThat(allowed.isObject()).as("allowed_mentions sent: %s", allowed).isTrue();
        assertThat(allowed.path("parse").toString()).isEqualTo("[\"users\"]");
        assertThat(allowed.path("roles").isMissingNode() || allowed.path("roles").isEmpty()).isTrue();
    }
}
