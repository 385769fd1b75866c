package dev.cogbot.plugins.hush;

import static dev.cogbot.api.Permission.MANAGE_MESSAGES;
import static dev.cogbot.plugins.hush.PingCog.PONG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.testkit.TestBot;
import dev.cogbot.testkit.TestUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HushDurationTest {

    @ParameterizedTest(name = "!hush {0} lasts {1}")
    @CsvSource({
            "2,     PT2M",
            "30s,   PT30S",
            "1h,    PT1H",
            "90s,   PT1M30S",
            "1h30m, PT1H30M",
            "2M,    PT2M",
            "5 minutes, PT5M"})
    void hushesForTheDurationAsked(String asked, Duration lasts) {
        try (TestBot bot = hushAndPing().build()) {
            assertHushLasts(bot, "!hush " + asked, lasts);
        }
    }

    @Test
    void aBareNumberIsMinutes() {
        try (TestBot bot = hushAndPing().build()) {
            assertHushLasts(bot, "!hush 2", Duration.ofMinutes(2));
        }
    }

    @Test
    void theDefaultSettingChangesHowLongABareHushLasts() {
        try (TestBot bot = hushAndPing().setting("hush.default", "90s").build()) {
            assertHushLasts(bot, "!hush", Duration.ofSeconds(90));
        }
    }

    @Test
    void aBareNumberInTheDefaultSettingIsMinutesLikeTheUsersOwn() {
        // The setting is read "like the user's own words", so the command's unit applies.
        try (TestBot bot = hushAndPing().setting("hush.default", "2").build()) {
            assertHushLasts(bot, "!hush", Duration.ofMinutes(2));
        }
    }

    @Test
    void theDefaultSettingLeavesAnExplicitDurationAlone() {
        try (TestBot bot = hushAndPing().setting("hush.default", "90s").build()) {
            assertHushLasts(bot, "!hush 3", Duration.ofMinutes(3));
        }
    }

    @Test
    void theDefaultSettingAppliesToTheAliasesToo() {
        try (TestBot bot = hushAndPing().setting("hush.default", "90s").build()) {
            assertHushLasts(bot, "!sh", Duration.ofSeconds(90));
        }
    }

    @Test
    void refusesMoreThanADayByDefault() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(alice.says("!hush 25h")).singleElement().asString().contains("at most 1d");
            assertNotHushed(bot, alice);
        }
    }

    @Test
    void allowsExactlyADayByDefault() {
        try (TestBot bot = hushAndPing().build()) {
            assertHushLasts(bot, "!hush 1d", Duration.ofDays(1));
        }
    }

    @Test
    void theMaxSettingLowersTheLongestHush() {
        try (TestBot bot = hushAndPing().setting("hush.max", "1h").build()) {
            TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(alice.says("!hush 61")).singleElement().asString().contains("at most 1h");
            assertNotHushed(bot, alice);
        }
    }

    @Test
    void theMaxSettingStillAllowsAHushOfExactlyTheMax() {
        try (TestBot bot = hushAndPing().setting("hush.max", "1h").build()) {
            assertHushLasts(bot, "!hush 60", Duration.ofHours(1));
        }
    }

    @Test
    void theMaxSettingCanRaiseTheLongestHush() {
        try (TestBot bot = hushAndPing().setting("hush.max", "2d").build()) {
            assertHushLasts(bot, "!hush 36h", Duration.ofHours(36));
        }
    }

    @Test
    void aZeroHushIsRefusedAsNotPositive() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(alice.says("!hush 0")).singleElement().asString().contains("positive");
            assertNotHushed(bot, alice);
        }
    }

    @Test
    void aNegativeHushIsRefused() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(alice.says("!hush -5")).singleElement().asString().contains("-5").contains("not a duration");
            assertNotHushed(bot, alice);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "five", "1.5", "1w", "5mins"})
    void aDurationThatIsNotADurationIsRefused(String garbage) {
        try (TestBot bot = hushAndPing().build()) {
            TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(alice.says("!hush " + garbage)).singleElement().asString().contains("not a duration");
            assertNotHushed(bot, alice);
        }
    }

    @Test
    void anAbsurdHushIsRefusedWithTheLongestAllowed() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(alice.says("!hush 100000")).singleElement().asString().contains("at most 1d");
            assertNotHushed(bot, alice);
        }
    }

    @Test
    void aHushTooLongToEvenCountIsRefused() {
        try (TestBot bot = hushAndPing().build()) {
            TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);

            assertThat(alice.says("!hush 99999999999999999999")).singleElement().asString().contains("too long");
            assertNotHushed(bot, alice);
        }
    }

    @Test
    void aRefusedHushShowsHowToCallHush() {
        try (TestBot bot = hushAndPing().build()) {
            assertThat(bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!hush abc")).singleElement().asString().contains("!hush [duration]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "abc", "100000", "99999999999999999999"})
    void aRefusalIsWrittenAsPlainSentences(String refused) {
        try (TestBot bot = hushAndPing().build()) {
            assertThat(bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!hush " + refused)).singleElement().asString()
                    .doesNotContain("..")
                    .endsWith(". Usage: !hush [duration]");
        }
    }

    @Test
    void refusesAnOverlongHushInOneClearSentence() {
        try (TestBot bot = hushAndPing().build()) {
            assertThat(bot.user("alice").withPermissions(MANAGE_MESSAGES).says("!hush 2d"))
                    .containsExactly("cogbot: I can hush for at most 1d. Usage: !hush [duration]");
        }
    }

    /** Sends {@code command}, and checks the hush holds until just before {@code lasts} and ends exactly then. */
    private static void assertHushLasts(TestBot bot, String command, Duration lasts) {
        TestUser alice = bot.user("alice").withPermissions(MANAGE_MESSAGES);
        TestUser bob = bot.user("bob");
        assertThat(alice.says(command)).containsExactly("cogbot reacted 🔇 to " + alice.lastMessageId());
        String hushId = alice.lastMessageId();

        assertThat(bot.advance(lasts.minusSeconds(1))).isEmpty();
        assertThat(bob.says("!ping")).isEmpty();
        assertThat(bot.advance(Duration.ofSeconds(1))).containsExactly("cogbot removed 🔇 from " + hushId);
        assertThat(bob.says("!ping")).containsExactly(PONG);
    }

    private static void assertNotHushed(TestBot bot, TestUser hushAttempter) {
        assertThat(bot.reactionsOn(hushAttempter.lastMessageId())).isEmpty();
        assertThat(bot.user("bob").says("!ping")).containsExactly(PONG);
    }

    private static TestBot.Builder hushAndPing() {
        return TestBot.builder().plugin("hush", new HushCog()).plugin("ping", new PingCog());
    }
}
