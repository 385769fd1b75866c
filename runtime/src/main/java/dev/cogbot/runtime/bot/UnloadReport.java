package dev.cogbot.runtime.bot;

import java.util.List;

/**
 * How an unload went. An unload always completes; this says what had to be forced.
 *
 * @param pluginId         the plugin
 * @param callbackProblems what went wrong in the cogs' unload callbacks (threw, or did not return in time)
 * @param strayThreads     names of the plugin's threads still running after the grace period
 */
public record UnloadReport(String pluginId, List<String> callbackProblems, List<String> strayThreads) {

    public boolean clean() {
        return callbackProblems.isEmpty() && strayThreads.isEmpty();
    }

    /** One line for a log or a reply. */
    public String summary() {
        if (clean()) {
            return "unloaded " + pluginId;
        }
        StringBuilder text = new StringBuilder("unloaded " + pluginId + ", but ");
        if (!callbackProblems.isEmpty()) {
            text.append(String.join("; ", callbackProblems));
        }
        if (!strayThreads.isEmpty()) {
            text.append(callbackProblems.isEmpty() ? "" : "; ")
                    .append(strayThreads.size()).append(" thread(s) ignored the stop: ")
                    .append(String.join(", ", strayThreads));
        }
        return text.toString();
    }
}
