package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Member;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A slash command's options are read by the same converters as a prefix command's words. */
class SlashOptionsTest {

    static final class OptionsCog implements Cog {
        @Command
        public void say(Context ctx, @Arg(value = "text", rest = true) String text) {
            ctx.send("[" + text + "]");
        }

        @Command
        public void first(Context ctx, String word) {
            ctx.send("[" + word + "]");
        }

        @Command
        public void sum(Context ctx, List<Integer> numbers) {
            ctx.send(String.valueOf(numbers.stream().mapToInt(Integer::intValue).sum()));
        }

        @Command
        public void all(Context ctx, String... words) {
            ctx.send(String.join("|", words));
        }

        @Command
        public void hug(Context ctx, Optional<Member> whom) {
            ctx.send(whom.map(m -> "hugs " + m.displayName()).orElse("hugs everyone"));
        }

        @Command
        public void wait(Context ctx, @Arg(value = "duration", fallback = "5m") Duration duration) {
            ctx.send("waiting " + duration.toMinutes() + " minutes");
        }
    }

    private final TestBot bot = TestBot.builder().plugin("options", new OptionsCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aRestOptionIsTakenAsItIs() {
        assertThat(alice.slash("/say text:\"two  spaces, one: colon\"").response().text())
                .isEqualTo("[two  spaces, one: colon]");
    }

    @Test
    void aSingleOptionIsOneValueEvenWithSpaces() {
        assertThat(alice.slash("/first word:\"buy tea\"").response().text()).isEqualTo("[buy tea]");
    }

    @Test
    void aListOptionIsReadAsWords() {
        assertThat(alice.slash("/sum numbers:\"1 2 3\"").response().text()).isEqualTo("6");
    }

    @Test
    void aVarargsOptionIsReadAsWords() {
        assertThat(alice.slash("/all words:\"a b c\"").response().text()).isEqualTo("a|b|c");
    }

    @Test
    void anAbsentOptionalOptionIsEmpty() {
        assertThat(alice.slash("/hug").response().text()).isEqualTo("hugs everyone");
    }

    @Test
    void anOptionalOptionThatDoesNotConvertIsReportedNotSkipped() {
        BotEvent.Sent answer = alice.slash("/hug whom:nobody").response();

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo("<whom>: no member 'nobody' in this server; mention them, or give their id or name."
                + " Usage: /hug [whom]");
    }

    @Test
    void anOptionalOptionIsConverted() {
        bot.user("bob").withPermissions();

        assertThat(alice.slash("/hug whom:bob").response().text()).isEqualTo("hugs bob");
    }

    @Test
    void aFallbackAppliesToAnAbsentOption() {
        assertThat(alice.slash("/wait").response().text()).isEqualTo("waiting 5 minutes");
        assertThat(alice.slash("/wait duration:10m").response().text()).isEqualTo("waiting 10 minutes");
    }
}
