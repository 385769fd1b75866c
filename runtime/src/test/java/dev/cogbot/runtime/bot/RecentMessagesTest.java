package dev.cogbot.runtime.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.api.User;
import dev.cogbot.runtime.transport.ChannelRef;
import dev.cogbot.runtime.transport.IncomingMessage;
import org.junit.jupiter.api.Test;

class RecentMessagesTest {

    private static final ChannelRef DM = ChannelRef.dm("dm", "DM with alice");
    private static final User ALICE = new User("alice", "alice", false);

    private final RecentMessages recent = new RecentMessages();

    private static IncomingMessage message(int id, String content) {
        return new IncomingMessage(Integer.toString(id), DM, ALICE, content);
    }

    @Test
    void rememberingAnEditGivesTheMessageAsItReadBefore() {
        recent.remember(message(1, "helo"));

        assertThat(recent.remember(message(1, "hello"))).map(IncomingMessage::content).contains("helo");
    }

    @Test
    void aMessageNeverSeenHasNothingBefore() {
        assertThat(recent.remember(message(1, "hello"))).isEmpty();
    }

    @Test
    void forgettingADeletedMessageGivesItOnce() {
        recent.remember(message(1, "oops"));

        assertThat(recent.forget("1")).map(IncomingMessage::content).contains("oops");
        assertThat(recent.forget("1")).isEmpty();
    }

    @Test
    void onlyTheLastThousandAreKept() {
        for (int id = 1; id <= RecentMessages.CAPACITY + 1; id++) {
            recent.remember(message(id, "message " + id));
        }

        assertThat(recent.forget("1")).isEmpty();
        assertThat(recent.forget("2")).isPresent();
    }
}
