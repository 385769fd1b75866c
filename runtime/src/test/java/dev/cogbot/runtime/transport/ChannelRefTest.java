package dev.cogbot.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.ChannelKind;
import org.junit.jupiter.api.Test;

class ChannelRefTest {

    private static final GuildRef CLUB = new GuildRef("7", "Cog Club", "1");

    @Test
    void aDmKeepsTheUserItIsWith() {
        ChannelRef dm = ChannelRef.dm("43", "DM with alice", "1001");

        assertThat(dm.isPrivate()).isTrue();
        assertThat(dm.recipientId()).isEqualTo("1001");
    }

    @Test
    void aDmWhoseUserTheTransportDoesNotNameHasNoRecipient() {
        assertThat(ChannelRef.dm("43", "DM").recipientId()).isNull();
    }

    @Test
    void aServersChannelHasNoRecipient() {
        assertThat(new ChannelRef("42", "general", CLUB).recipientId()).isNull();
        assertThatThrownBy(() -> new ChannelRef("42", "general", CLUB, ChannelKind.TEXT, "1001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("only a DM has a recipient; TEXT channel 42 has 1001");
    }
}
