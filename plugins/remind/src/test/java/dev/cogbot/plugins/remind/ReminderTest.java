package dev.cogbot.plugins.remind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReminderTest {

    @Test
    void aReminderComesBackWholeFromItsPayloadLineBreaksIncluded() {
        Reminder reminder = new Reminder("111", "alice", "222", "buy:\n- milk\n- tea");

        assertThat(Reminder.fromPayload(reminder.payload())).isEqualTo(reminder);
    }
}
