package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Message;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How a slash command's answers reach its user: the same {@code Context} calls as a prefix command's. */
class SlashRepliesTest {

    static final class RepliesCog implements Cog {
        @Command
        public void ok(Context ctx) {
            ctx.send("ok");
            ctx.message().addReaction("👍");
        }

        @Command
        public void mute(Context ctx) {
            ctx.message().addReaction("🔇");
        }

        @Command
        public void secret(Context ctx) {
            ctx.send(Draft.of("only you see this").ephemeral());
        }

        @Command
        public void echo(Context ctx) {
            ctx.reply("you typed " + ctx.message().content());
        }

        @Command(name = "knock_knock")
        public void knockKnock(Context ctx) {
            ctx.send("Knock knock!");
            Message answer = ctx.waitForReply(m -> m.content().equalsIgnoreCase("who's there?"), Duration.ofSeconds(60));
            ctx.send("Lettuce.");
            ctx.waitForReply(m -> m.content().equalsIgnoreCase("lettuce who?"), Duration.ofSeconds(60));
            ctx.send("Lettuce in, it's cold out here! (" + answer.author().name() + ")");
        }

        @Command
        public void tidy(Context ctx) {
            ctx.message().delete();
            ctx.send("tidied");
        }
    }

    private final TestBot bot = TestBot.builder().plugin("replies", new RepliesCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void reactionsOnASlashCommandsMessageGoToItsResponse() {
        TestInteraction ok = alice.slash("/ok");

        assertThat(bot.reactionsOn(ok.response().messageId())).containsExactly("👍");
    }

    @Test
    void aReactionBeforeAnyAnswerIsTheAnswer() {
        TestInteraction mute = alice.slash("/mute");

        assertThat(mute.response().text()).isEqualTo("🔇");
        assertThat(mute.response().ephemeral()).isFalse();
    }

    @Test
    void anEphemeralDraftIsAnsweredPrivately() {
        TestInteraction secret = alice.slash("/secret");

        assertThat(secret.lines()).containsExactly("cogbot (privately): only you see this");
    }

    @Test
    void theStandInMessageReadsAsTheCommandWasTyped() {
        assertThat(alice.slash("/echo").response().text()).isEqualTo("you typed /echo");
    }

    @Test
    void waitForReplyWorksInASlashCommand() {
        TestInteraction knock = alice.slash("/knock_knock");
        assertThat(knock.response().text()).isEqualTo("Knock knock!");

        assertThat(alice.says("who's there?")).containsExactly("cogbot: Lettuce.");
        assertThat(alice.says("lettuce who?")).containsExactly("cogbot: Lettuce in, it's cold out here! (alice)");
        assertThat(knock.followUps()).extracting(BotEvent.Sent::text)
                .containsExactly("Lettuce.", "Lettuce in, it's cold out here! (alice)");
    }

    @Test
    void deletingTheStandInMessageDoesNothing() {
        assertThat(alice.slash("/tidy").lines()).containsExactly("cogbot: tidied");
    }
}
