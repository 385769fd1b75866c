package dev.cogbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Arg;
import dev.cogbot.api.Button;
import dev.cogbot.api.Click;
import dev.cogbot.api.Cog;
import dev.cogbot.api.Command;
import dev.cogbot.api.Context;
import dev.cogbot.api.Draft;
import dev.cogbot.api.OnComponent;
import dev.cogbot.api.Typing;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The test kit's slash commands, suggestions and clicks, as a plugin's tests use them. */
class SlashCommandsTest {

    static final class EchoCog implements Cog {
        @Command(help = "Says it back")
        public void echo(Context ctx, @Arg(value = "text", rest = true) String text) {
            ctx.send(text);
            ctx.send("(" + ctx.prefix() + ctx.invokedWith() + ", slash: " + ctx.isSlash() + ")");
        }

        @Command
        public void add(Context ctx, int a, Optional<Integer> b) {
            ctx.send(String.valueOf(a + b.orElse(0)));
        }

        @Command
        public void slow(Context ctx) {
            ctx.sleep(Duration.ofSeconds(5));
            ctx.send("finally");
        }

        @Command
        public void ponder(Context ctx) {
            try (Typing typing = ctx.typing()) {
                ctx.sleep(Duration.ofSeconds(1));
            }
            ctx.send("42");
        }

        @Command
        public void nothing(Context ctx) {
        }

        @Command
        public void lunch(Context ctx) {
            ctx.send(Draft.of("Lunch?").withRow(Button.success("lunch:yes", "Yes"), Button.danger("lunch:no", "No")));
        }

        @OnComponent("lunch")
        public void vote(Click click) {
            click.update(Draft.of(click.user().name() + " said " + click.componentId().substring(6)));
        }

        @Command
        public void tag(Context ctx, @Arg(complete = "tagNames") String name) {
            ctx.send("tag " + name);
        }

        List<String> tagNames(String typed) {
            return List.of("tea", "toast", "coffee").stream().filter(t -> t.startsWith(typed)).toList();
        }
    }

    private final TestBot bot = TestBot.builder().plugin("echo", new EchoCog()).build();
    private final TestUser alice = bot.user("alice");

    @AfterEach
    void close() {
        bot.close();
    }

    @Test
    void aSlashCommandsFirstSendIsTheResponseAndTheNextAFollowUp() {
        TestInteraction echo = alice.slash("/echo text:\"hello there\"");

        assertThat(echo.response().text()).isEqualTo("hello there");
        assertThat(echo.response().ephemeral()).isFalse();
        assertThat(echo.followUps()).extracting(BotEvent.Sent::text).containsExactly("(/echo, slash: true)");
        assertThat(echo.lines()).containsExactly("cogbot: hello there", "cogbot: (/echo, slash: true)");
    }

    @Test
    void optionsAreConvertedAsArgumentsAre() {
        assertThat(alice.slash("/add a:2 b:3").response().text()).isEqualTo("5");
        assertThat(alice.slash("/add a:2").response().text()).isEqualTo("2");
    }

    @Test
    void anOptionDiscordWouldNotSendIsRefusedInTheTest() {
        assertThatThrownBy(() -> alice.slash("/add a:two")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'two'");
        assertThatThrownBy(() -> alice.slash("/add c:2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no option 'c'");
    }

    @Test
    void aMissingOptionIsAnsweredPrivately() {
        BotEvent.Sent answer = alice.slash("/add").response();

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo("Missing argument <a>. Usage: /add <a> [b]");
    }

    @Test
    void aSilentSlashCommandIsDeferredAfterTwoSeconds() {
        TestInteraction slow = alice.slash("/slow");
        assertThat(slow.answered()).isFalse();

        assertThat(bot.advance(Duration.ofSeconds(2))).containsExactly("cogbot is thinking…");
        assertThat(slow.deferred()).isTrue();

        bot.advance(Duration.ofSeconds(3));
        assertThat(slow.response().text()).isEqualTo("finally");
    }

    @Test
    void typingInASlashCommandIsThinking() {
        TestInteraction ponder = alice.slash("/ponder");
        assertThat(ponder.lines()).containsExactly("cogbot is thinking…");

        bot.advance(Duration.ofSeconds(1));
        assertThat(ponder.response().text()).isEqualTo("42");
    }

    @Test
    void aCommandThatSaysNothingIsAcknowledgedPrivately() {
        BotEvent.Sent answer = alice.slash("/nothing").response();

        assertThat(answer.ephemeral()).isTrue();
        assertThat(answer.text()).isEqualTo("/nothing is done.");
    }

    @Test
    void aClickReachesItsPluginsHandler() {
        BotEvent.Sent lunch = alice.slash("/lunch").response();
        assertThat(lunch.line()).isEqualTo("cogbot: Lunch? [Yes] [No]");

        TestInteraction vote = bot.user("bob").clicks(lunch, "lunch:yes");

        assertThat(vote.updatedMessage().orElseThrow().text()).isEqualTo("bob said yes");
    }

    @Test
    void autocompleteAnswersTheCogsSuggestions() {
        assertThat(alice.autocompletes("/tag name:t", "name")).containsExactly("tea", "toast");
    }
}
