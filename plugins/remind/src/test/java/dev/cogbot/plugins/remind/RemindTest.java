package dev.cogbot.plugins.remind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.MemberRef;
import dev.cogbot.testkit.BotEvent;
import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RemindTest {

    private static final String USAGE = " Usage: !remind <me|member> <when> <text> | cancel <n>";

    private final TestBot bot = TestBot.builder().plugin("remind", new RemindCog()).build();
    private final TestUser alice = bot.user("alice");
    private final TestUser bob = bot.user("bob");

    @AfterEach
    void closeBot() {
        bot.close();
    }

    private void member(String id, String name, String nickname) {
        bot.transport().addMember(TestBot.GUILD, new MemberRef(new User(id, name, false), nickname, Set.of(), List.of(), null));
    }

    @Test
    void remindMeSaysWhenItWillRemind() {
        assertThat(alice.says("!remind me 10m tea")).containsExactly("cogbot: I'll remind you in 10m.");
    }

    @Test
    void theReminderIsSaidWhenDueMentioningWhoItIsFor() {
        alice.says("!remind me 10m put the kettle on");

        assertThat(bot.advance(Duration.ofMinutes(9))).isEmpty();
        assertThat(bot.advance(Duration.ofMinutes(1)))
                .containsExactly("cogbot: <@alice>, you asked me to remind you: put the kettle on");
    }

    @Test
    void aMemberIsFoundByMentionAndTheReminderMentionsThemAndSaysWhoAsked() {
        assertThat(alice.says("!remind <@bob> 1h30m stand-up")).containsExactly("cogbot: I'll remind <@bob> in 1h30m.");

        assertThat(bot.advance(Duration.ofMinutes(90)))
                .containsExactly("cogbot: <@bob>, alice asked me to remind you: stand-up");
    }

    @Test
    void theReminderIsSaidInTheChannelItWasAskedIn() {
        alice.in("kitchen").says("!remind me 5 tea");

        bot.advance(Duration.ofMinutes(5));

        assertThat(bot.events().getLast()).isInstanceOfSatisfying(BotEvent.Sent.class,
                sent -> assertThat(sent.channel().name()).isEqualTo("kitchen"));
    }

    @Test
    void aBareNumberIsMinutes() {
        assertThat(alice.says("!remind me 5 tea")).containsExactly("cogbot: I'll remind you in 5m.");
    }

    @Test
    void remindersListsYoursInDueOrderWithTimeLeft() {
        alice.says("!remind me 2h call mum");
        alice.says("!remind <@bob> 10m tea");
        bob.says("!remind me 5m not alice's");
        bot.advance(Duration.ofMinutes(1));

        assertThat(alice.says("!reminders")).containsExactly("""
                cogbot: Your reminders:
                1. in 9m (for <@bob>): tea
                2. in 1h59m: call mum""");
    }

    @Test
    void remindersListsOnlyThoseAskedForInThisServer() {
        alice.says("!remind me 10m tea");
        alice.inGuild("Other Guild").says("!remind me 20m secret plans");
        alice.inDm().says("!remind me 30m private");

        assertThat(alice.says("!reminders")).containsExactly("""
                cogbot: Your reminders:
                1. in 10m: tea""");
        assertThat(alice.inDm().says("!reminders")).containsExactly("""
                cogbot: Your reminders:
                1. in 30m: private""");
    }

    @Test
    void remindersSaysSoWhenThereAreNone() {
        assertThat(alice.says("!reminders")).containsExactly("cogbot: You have no reminders. !remind me 10m tea sets one.");
    }

    @Test
    void cancelCallsOffTheReminderOfThatNumber() {
        alice.says("!remind me 10m tea");
        alice.says("!remind me 20m cake");

        assertThat(alice.says("!remind cancel 1")).containsExactly("cogbot: Cancelled reminder 1: tea");
        assertThat(bot.advance(Duration.ofMinutes(30)))
                .containsExactly("cogbot: <@alice>, you asked me to remind you: cake");
    }

    @Test
    void cancelCannotReachSomeoneElsesReminders() {
        bob.says("!remind me 10m tea");

        assertThat(alice.says("!remind cancel 1")).containsExactly("cogbot: You have no reminder 1; !reminders lists yours.");
        assertThat(bot.advance(Duration.ofMinutes(10))).containsExactly("cogbot: <@bob>, you asked me to remind you: tea");
    }

    @Test
    void aMemberIsFoundByName() {
        assertThat(alice.says("!remind bob 10m tea")).containsExactly("cogbot: I'll remind <@bob> in 10m.");

        assertThat(bot.advance(Duration.ofMinutes(10)))
                .containsExactly("cogbot: <@bob>, alice asked me to remind you: tea");
    }

    @Test
    void aMemberIsFoundByNickname() {
        member("1001", "carol", "Caz");

        assertThat(alice.says("!remind Caz 10m tea")).containsExactly("cogbot: I'll remind <@1001> in 10m.");
    }

    @Test
    void aMemberIsFoundById() {
        member("1001", "carol", "Caz");

        assertThat(alice.says("!remind 1001 10m tea")).containsExactly("cogbot: I'll remind <@1001> in 10m.");
    }

    @Test
    void aMentionWithTheNicknameMarkFindsTheMemberToo() {
        member("1001", "carol", "Caz");

        assertThat(alice.says("!remind <@!1001> 10m tea")).containsExactly("cogbot: I'll remind <@1001> in 10m.");
    }

    @Test
    void namingYourselfIsTheSameAsMe() {
        assertThat(alice.says("!remind alice 10m tea")).containsExactly("cogbot: I'll remind you in 10m.");
    }

    @Test
    void meIsWhoAskedEvenWhenAMemberIsCalledMe() {
        member("1001", "me", "me");

        assertThat(alice.says("!remind me 10m tea")).containsExactly("cogbot: I'll remind you in 10m.");
    }

    @Test
    void anUnknownMemberIsTheMemberNotFoundReplyNamingWho() {
        assertThat(alice.says("!remind zed 10m tea")).containsExactly(
                "cogbot: <who>: no member 'zed' in this server; mention them, or give their id or name." + USAGE);
        assertThat(alice.says("!reminders")).containsExactly("cogbot: You have no reminders. !remind me 10m tea sets one.");
    }

    @Test
    void aMentionOfSomeoneOutsideTheServerIsNotFound() {
        assertThat(alice.says("!remind <@9999> 10m tea")).containsExactly(
                "cogbot: <who>: no member '<@9999>' in this server; mention them, or give their id or name." + USAGE);
    }

    @Test
    void aWordLongerThanAnyNameIsNotFoundAndQuotedShort() {
        assertThat(alice.says("!remind " + "x".repeat(101) + " 10m tea")).containsExactly(
                "cogbot: <who>: no member '" + "x".repeat(40) + "…' in this server; mention them, or give their id or name."
                        + USAGE);
    }

    @Test
    void inADmMeWorksAndIsSaidThere() {
        TestUser dm = alice.inDm();

        assertThat(dm.says("!remind me 10m tea")).containsExactly("cogbot: I'll remind you in 10m.");
        assertThat(bot.advance(Duration.ofMinutes(10)))
                .containsExactly("cogbot: <@alice>, you asked me to remind you: tea");
        assertThat(bot.events().getLast()).isInstanceOfSatisfying(BotEvent.Sent.class,
                sent -> assertThat(sent.channel().isPrivate()).isTrue());
    }

    @Test
    void inADmOnlyMeWorks() {
        assertThat(alice.inDm().says("!remind bob 10m tea")).containsExactly(
                "cogbot: <who>: in a DM only 'me' works, e.g. !remind me 10m tea; remind a member in your server."
                        + USAGE);
    }

    @Test
    void whenMustBeADuration() {
        assertThat(alice.says("!remind me soon tea")).containsExactly(
                "cogbot: 'soon' is not a duration; try 30s, 5m or 1h." + USAGE);
    }

    @Test
    void aReminderMoreThanAYearAheadIsRefused() {
        assertThat(alice.says("!remind me 366d tea")).containsExactly(
                "cogbot: A reminder can be set from 1s to 365d ahead, not 366d." + USAGE);
    }

    @Test
    void aReminderNeedsAText() {
        assertThat(alice.says("!remind me 10m")).containsExactly(
                "cogbot: What should I remind of? e.g. !remind me 10m tea." + USAGE);
    }

    @Test
    void aMemberHasAtMostTwentyFiveReminders() {
        for (int i = 0; i < RemindCog.MOST_PER_MEMBER; i++) {
            alice.says("!remind me " + (i + 1) + "h tea " + i);
            bot.advance(Duration.ofSeconds(1)); // within the member's command rate
        }

        assertThat(alice.says("!remind me 1h one more"))
                .containsExactly("cogbot: You have 25 reminders already; !remind cancel <n> one of !reminders first.");
    }
}
