package dev.cogbot.plugins.remind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.User;
import dev.cogbot.api.error.BadArgument;
import org.junit.jupiter.api.Test;

class RecipientTest {

    private static final User ALICE = new User("111", "alice", false);

    @Test
    void meIsTheAuthor() {
        assertThat(Recipient.parse("me", ALICE)).isEqualTo(new Recipient("111"));
        assertThat(Recipient.parse("ME", ALICE)).isEqualTo(new Recipient("111"));
    }

    @Test
    void aMentionIsTheUserItNames() {
        assertThat(Recipient.parse("<@222>", ALICE)).isEqualTo(new Recipient("222"));
        assertThat(Recipient.parse("<@!222>", ALICE)).isEqualTo(new Recipient("222"));
    }

    @Test
    void anythingElseIsABadArgumentNamingWho() {
        assertThatThrownBy(() -> Recipient.parse("@bob", ALICE))
                .isInstanceOfSatisfying(BadArgument.class, bad -> assertThat(bad.argument()).isEqualTo("who"))
                .hasMessage("who to remind must be 'me' or a mention like @bob, not '@bob'");
    }

    @Test
    void aLongWordIsCutInTheError() {
        assertThatThrownBy(() -> Recipient.parse("x".repeat(100), ALICE))
                .hasMessageEndingWith("not '" + "x".repeat(40) + "…'");
    }
}
