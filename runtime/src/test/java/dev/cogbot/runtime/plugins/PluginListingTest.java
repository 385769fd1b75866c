package dev.cogbot.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rendering of the plugin list, and reading it back as the CLI does. */
class PluginListingTest {

    private static final PluginProblem CRASHED = new PluginProblem.StartFailed("crashy", "crashy-1.0.0.jar",
            "IllegalStateException: not today");

    private final PluginListing listing = new PluginListing(List.of(
            new PluginSummary("jokes", "0.1.0", "STARTED", List.of("knock_knock", "lightbulb"), "jokes-0.1.0.jar"),
            new PluginSummary("crashy", "1.0.0", "FAILED", List.of(), "crashy-1.0.0.jar", Optional.of(CRASHED))),
            Path.of("plugins"));

    @Test
    void theTableSaysBelowItWhyAJarFailed() {
        assertThat(listing.table()).containsExactly(
                "ID      VERSION  STATE    COMMANDS               FILE",
                "jokes   0.1.0    STARTED  knock_knock,lightbulb  jokes-0.1.0.jar",
                "crashy  1.0.0    FAILED   -                      crashy-1.0.0.jar",
                "failed: crashy-1.0.0.jar: " + CRASHED.message());
    }

    @Test
    void theStateOfAJarIsReadBackFromTheTable() {
        assertThat(PluginListing.stateIn(listing.table(), "crashy", "crashy-1.0.0.jar")).contains("FAILED");
        assertThat(PluginListing.stateIn(listing.table(), "jokes", "jokes-0.1.0.jar")).contains("STARTED");
    }

    @Test
    void aJarTheTableDoesNotListHasNoState() {
        assertThat(PluginListing.stateIn(listing.table(), "greeter", "greeter-1.0.0.jar")).isEmpty();
    }

    @Test
    void whyAJarFailedIsReadBackFromTheTable() {
        assertThat(PluginListing.problemIn(listing.table(), "crashy-1.0.0.jar")).contains(CRASHED.message());
        assertThat(PluginListing.problemIn(listing.table(), "jokes-0.1.0.jar")).isEmpty();
    }

    @Test
    void statusCountsTheStartedAndListsEachIndented() {
        assertThat(listing.statusLines()).containsExactly(
                "plugins:   1 started, 1 not",
                "  jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)",
                "  crashy 1.0.0 FAILED (crashy-1.0.0.jar)");
    }

    @Test
    void chatGetsOneLinePerPlugin() {
        assertThat(listing.chatText()).isEqualTo("jokes 0.1.0 STARTED: knock_knock, lightbulb (jokes-0.1.0.jar)\n"
                + "crashy 1.0.0 FAILED (crashy-1.0.0.jar)");
    }

    @Test
    void suggestionsSplitTheRunningFromTheOthers() {
        assertThat(listing.runningIds()).containsExactly("jokes");
        assertThat(listing.notRunningIds()).containsExactly("crashy");
    }
}
