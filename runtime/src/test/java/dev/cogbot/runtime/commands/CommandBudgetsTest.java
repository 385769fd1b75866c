package dev.cogbot.runtime.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Members' budgets: kept while they matter, forgotten a few at a time, the same work per message however many. */
class CommandBudgetsTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    /** Long enough for any bucket of the budgets here to refill. */
    private static final Duration REFILLED = Duration.ofSeconds(3);

    private final CommandBudgets budgets = new CommandBudgets(20, 10);

    @Test
    void aMemberMaySendTheBurstAtOnceAndNoMore() {
        for (int i = 0; i < 20; i++) {
            assertThat(budgets.take("mallory", START)).as("command %d", i).isTrue();
        }

        assertThat(budgets.take("mallory", START)).isFalse();
    }

    @Test
    void anEarlierInstantFromASlowerCallerNeverRefillsABucket() {
        for (int i = 0; i < 20; i++) {
            budgets.take("mallory", START.plusSeconds(1));
        }

        assertThat(budgets.take("mallory", START)).isFalse();
    }

    @Test
    void membersWhoseBudgetRefilledAreForgottenWhileOthersSendEvenWhenFewAreKept() {
        for (int i = 0; i < 100; i++) {
            budgets.take("member " + i, START);
        }

        for (int i = 0; i < 100; i++) {
            budgets.take("alice", START.plus(REFILLED));
        }

        assertThat(budgets.kept()).isEqualTo(1);
    }

    @Test
    void oneMessageSweepsOnlyAFewOfTheMembersKept() {
        for (int i = 0; i < 5_000; i++) {
            budgets.take("raider " + i, START);
        }
        int before = budgets.kept();

        budgets.take("alice", START.plus(REFILLED));

        assertThat(before - budgets.kept()).as("members swept by one message").isBetween(0, 2);
    }

    @Test
    void aRaidByManyAccountsKeepsOnlyTheRecentOnes() {
        for (int second = 0; second < 100; second++) {
            for (int i = 0; i < 1_000; i++) {
                budgets.take("raider " + second + "/" + i, START.plusSeconds(second));
            }
        }

        assertThat(budgets.kept()).as("about the accounts of the last %s", REFILLED).isLessThan(5_000);
    }
}
