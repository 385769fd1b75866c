package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Draft;
import dev.cogbot.api.Embed;
import dev.cogbot.api.Guild;
import dev.cogbot.api.Member;
import dev.cogbot.api.Message;
import dev.cogbot.api.Permission;
import dev.cogbot.api.Role;
import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.MemberRef;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a plugin does with messages after sending them, and what it learns of the server, on the test kit. */
class MessageModelTest {

    static final class ModelCog implements Cog {
        @Command(help = "Sends a message and edits it.")
        public void count(Context ctx) {
            ctx.send("Counting…").edit("Counted: 5");
        }

        @Command(help = "Sends a message and deletes it.")
        public void flash(Context ctx) {
            ctx.send("now you see me").delete();
        }

        @Command(help = "Sends a card with a reply.")
        public void card(Context ctx) {
            ctx.send(Draft.of("Here").with(Embed.builder().title("Score").description("42").build())
                    .replyingTo(ctx.message()));
        }

        @Command(help = "Says what a message of this channel says now, and its reactions.")
        public void fetch(Context ctx, String id) {
            ctx.send(ctx.channel().fetchMessage(id)
                    .map(m -> m.author().name() + " said " + m.content() + " " + m.reactions())
                    .orElse("no message " + id));
        }

        @Command(help = "Reacts to its own message and says who reacted.")
        public void vote(Context ctx) {
            Message poll = ctx.send("Lunch?");
            poll.addReaction("👍");
            ctx.send("voted: " + poll.reactors("👍").stream().map(User::name).toList());
        }

        @Command(help = "Says who the mentioned users are in this server.")
        public void whois(Context ctx, @Arg(value = "who", rest = true) String who) {
            Guild guild = ctx.message().guild().orElseThrow();
            for (User mentioned : ctx.message().mentions()) {
                Member member = guild.member(mentioned.id()).orElseThrow();
                ctx.send(member.displayName() + ": " + member.roles().stream().map(Role::name).collect(Collectors.joining(", ")));
            }
        }

        @Command(help = "Says the user names of who in this server goes by a name.")
        public void named(Context ctx, String name) {
            Guild guild = ctx.message().guild().orElseThrow();
            ctx.send(name + ": " + guild.membersNamed(name).stream().map(m -> m.user().name()).toList());
        }

        @Command(help = "Says the user names of the members the bot holds.")
        public void held(Context ctx) {
            Guild guild = ctx.message().guild().orElseThrow();
            ctx.send("held: " + guild.members().stream().map(m -> m.user().name()).toList());
        }

        @Command(help = "Says which roles the message mentions.")
        public void roles(Context ctx, @Arg(value = "roles", rest = true) String roles) {
            ctx.send(ctx.message().roleMentions().stream().map(Role::name).toList() + " everyone="
                    + ctx.message().mentionsEveryone());
        }

        @Command(help = "Edits a message that is not the bot's.")
        public void hijack(Context ctx) {
            try {
                ctx.message().edit("mine now");
            } catch (IllegalStateException e) {
                ctx.send(e.getMessage());
            }
        }

        @Command(help = "Deletes a message of this channel, whoever wrote it.")
        public void remove(Context ctx, String id) {
            try {
                ctx.channel().fetchMessage(id).orElseThrow().delete();
            } catch (IllegalStateException e) {
                ctx.send(e.getMessage());
            }
        }

        @Command(help = "Deletes a message twice.")
        public void twice(Context ctx) {
            Message sent = ctx.send("once");
            sent.delete();
            try {
                sent.delete();
            } catch (NoSuchElementException e) {
                ctx.send(e.getMessage());
            }
        }
    }

    private final TestBot bot = TestBot.builder().plugin("model", new ModelCog()).build();

    @AfterEach
    void closeBot() {
        bot.close();
    }

    /** Sam and Samuel, whom the network knows but the bot does not hold, both go by "Sam" in the server. */
    private void twoSamsOnlyTheNetworkKnows() {
        bot.transport().addUncachedMember(TestBot.GUILD, MemberRef.of(new User("2001", "sam", false), "Sam", Set.of()));
        bot.transport().addUncachedMember(TestBot.GUILD, MemberRef.of(new User("2002", "samuel", false), "Sam", Set.of()));
    }

    @Test
    void aServerFindsEveryMemberGoingByANameFromTheNetwork() {
        twoSamsOnlyTheNetworkKnows();

        assertThat(bot.user("bob").says("!named Sam")).containsExactly("cogbot: Sam: [sam, samuel]");
    }

    @Test
    void membersOnlyTheNetworkKnowsAreNotAmongThoseTheBotHolds() {
        twoSamsOnlyTheNetworkKnows();

        assertThat(bot.user("bob").says("!held")).containsExactly("cogbot: held: [bob]");
    }

    @Test
    void aSentMessageCanBeEdited() {
        assertThat(bot.user("bob").says("!count")).containsExactly("cogbot: Counting…", "cogbot edited 2: Counted: 5");
    }

    @Test
    void anEditedMessageReadsAsEditedWhenFetched() {
        TestUser bob = bot.user("bob");
        bob.says("!count");

        assertThat(bob.says("!fetch 2")).containsExactly("cogbot: cogbot said Counted: 5 []");
    }

    @Test
    void aSentMessageCanBeDeletedAndIsThenGone() {
        TestUser bob = bot.user("bob");

        assertThat(bob.says("!flash")).containsExactly("cogbot: now you see me", "cogbot deleted 2");
        assertThat(bob.says("!fetch 2")).containsExactly("cogbot: no message 2");
    }

    @Test
    void aCardIsRecordedWithItsEmbedAndTheMessageItReplies() {
        TestUser bob = bot.user("bob");

        assertThat(bob.says("!card")).containsExactly("cogbot: Here [Score | 42]");
        assertThat(bot.events().getLast()).isInstanceOfSatisfying(BotEvent.Sent.class, sent -> {
            assertThat(sent.replyToId()).isEqualTo(bob.lastMessageId());
            assertThat(sent.embeds()).singleElement().satisfies(e -> assertThat(e.title()).contains("Score"));
        });
    }

    @Test
    void aUsersMessageCanBeFetched() {
        TestUser bob = bot.user("bob");
        bob.says("hello");

        assertThat(bob.says("!fetch " + bob.lastMessageId())).containsExactly("cogbot: bob said hello []");
    }

    @Test
    void theBotsReactionIsCountedAndItsReactorListed() {
        TestUser bob = bot.user("bob");

        assertThat(bob.says("!vote")).containsExactly("cogbot: Lunch?", "cogbot reacted 👍 to 2", "cogbot: voted: [cogbot]");
        assertThat(bob.says("!fetch 2")).containsExactly("cogbot: cogbot said Lunch? [Reaction[emoji=👍, count=1, me=true]]");
    }

    @Test
    void aTypedCustomEmojiIsTheSameReactionAsItsNameAndId() {
        TestUser bob = bot.user("bob");
        bob.says("dance?");
        String asked = bob.lastMessageId();
        bob.reacts(asked, "<a:dance:456>");

        assertThat(bob.says("!fetch " + asked))
                .containsExactly("cogbot: bob said dance? [Reaction[emoji=dance:456, count=1, me=false]]");
        assertThat(bot.transport().reactors(bob.channel(), asked, "dance:456")).extracting(User::name)
                .containsExactly("bob");
    }

    @Test
    void mentionedUsersAreLookedUpAsMembersWithTheirRoles() {
        Role moderator = bot.role("Moderator");
        TestUser alice = bot.user("alice").withRoles(moderator);
        TestUser carol = bot.user("carol");

        assertThat(bot.user("bob").says("!whois " + alice.mention() + " " + carol.mention()))
                .containsExactly("cogbot: alice: Moderator", "cogbot: carol: ");
    }

    @Test
    void roleMentionsAndEveryoneAreRead() {
        Role moderator = bot.role("Moderator");
        TestUser herald = bot.user("bob").withPermissions(Permission.MENTION_EVERYONE);

        assertThat(herald.says("!roles " + moderator.mention() + " <@&nosuchrole> @here"))
                .containsExactly("cogbot: [Moderator] everyone=true");
    }

    @Test
    void aPlainMembersEveryoneMentionsNobodyAsOnDiscord() {
        assertThat(bot.user("bob").says("!roles @everyone")).containsExactly("cogbot: [] everyone=false");
    }

    @Test
    void anUnknownUserIdMentionsNobodyAsOnDiscord() {
        assertThat(bot.user("bob").says("!whois <@nobody>")).isEmpty();
    }

    @Test
    void deletingSomeoneElsesMessageNeedsManageMessagesAsOnDiscord() {
        TestUser alice = bot.user("alice");
        alice.says("spam");
        String spam = alice.lastMessageId();

        assertThat(bot.user("bob").says("!remove " + spam)).containsExactly("cogbot: cannot delete message " + spam
                + " in general: the bot lacks the Manage Messages permission there (needed to delete alice's message)");
        assertThat(bot.transport().fetchMessage(alice.channel(), spam)).isPresent();
    }

    @Test
    void inADmTheBotCannotDeleteTheOthersMessageWhateverItsPermissions() {
        bot.grantBot(Permission.ADMINISTRATOR);
        TestUser bob = bot.user("bob").inDm();
        bob.says("secret");
        String secret = bob.lastMessageId();

        assertThat(bob.says("!remove " + secret)).singleElement().asString()
                .startsWith("cogbot: cannot delete message " + secret).endsWith(": in a DM the bot can delete only its own messages");
        assertThat(bot.transport().fetchMessage(bob.channel(), secret)).isPresent();
    }

    @Test
    void aBotWithManageMessagesDeletesSomeoneElsesMessage() {
        bot.grantBot(Permission.MANAGE_MESSAGES);
        TestUser alice = bot.user("alice");
        alice.says("spam");
        String spam = alice.lastMessageId();

        assertThat(bot.user("bob").says("!remove " + spam)).containsExactly("cogbot deleted " + spam);
    }

    @Test
    void editingSomeoneElsesMessageSaysWhyNot() {
        assertThat(bot.user("bob").says("!hijack"))
                .containsExactly("cogbot: cannot edit message 1: the bot can edit only its own messages, not bob's");
    }

    @Test
    void deletingAMessageTwiceSaysItIsGone() {
        assertThat(bot.user("bob").says("!twice")).containsExactly(
                "cogbot: once", "cogbot deleted 2", "cogbot: cannot delete message 2: there is none in general");
    }
}
