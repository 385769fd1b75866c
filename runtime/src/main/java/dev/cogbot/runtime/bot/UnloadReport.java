package dev.cogbot.runtime.bot;

import dev.cogbot.runtime.isolation.Zombie;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How an unload went. An unload always completes; this says what had to be forced, and names
 * everything of the plugin that could not be stopped or freed.
 *
 * @param pluginId         the plugin
 * @param callbackProblems what went wrong in the cogs' unload callbacks (threw, or did not return in time)
 * @param zombies          what of the plugin is still there: threads that ignored the stop, drivers
 * @param freed            what was freed on the plugin's behalf, e.g. {@code JDBC driver org.example.Driver}
 */
public record UnloadReport(String pluginId, List<String> callbackProblems, List<Zombie> zombies, List<String> freed) {

    public UnloadReport {
        callbackProblems = List.copyOf(callbackProblems);
        zombies = List.copyOf(zombies);
        freed = List.copyOf(freed);
    }

    /** An unload with nothing to report. */
    public static UnloadReport clean(String pluginId) {
        return new UnloadReport(pluginId, List.of(), List.of(), List.of());
    }

    public boolean clean() {
        return callbackProblems.isEmpty() && zombies.isEmpty();
    }

    /** Names of the plugin's own tasks (commands, loops) still running after the grace period. */
    public List<String> strayThreads() {
        return tasks().map(Zombie.StrayThread::name).toList();
    }

    /** This report with more zombies and freed things, found after the plugin's own tasks had stopped. */
    public UnloadReport with(List<? extends Zombie> moreZombies, List<String> moreFreed) {
        List<Zombie> allZombies = new ArrayList<>(zombies);
        allZombies.addAll(moreZombies);
        List<String> allFreed = new ArrayList<>(freed);
        allFreed.addAll(moreFreed);
        return new UnloadReport(pluginId, callbackProblems, allZombies, allFreed);
    }

    /** One line for a log or a reply. */
    public String summary() {
        List<String> parts = new ArrayList<>(callbackProblems);
        List<String> stray = strayThreads();
        if (!stray.isEmpty()) {
            parts.add(stray.size() + " thread(s) ignored the stop: " + String.join(", ", stray));
        }
        List<String> others = zombies.stream()
                .filter(z -> !(z instanceof Zombie.StrayThread t && t.kind() == Zombie.ThreadKind.TASK))
                .map(Zombie::describe).toList();
        if (!others.isEmpty()) {
            parts.add("still there: " + String.join(", ", others));
        }
        String text = "unloaded " + pluginId + (parts.isEmpty() ? "" : ", but " + String.join("; ", parts));
        return freed.isEmpty() ? text : text + " (freed " + String.join(", ", freed) + ")";
    }

    private Stream<Zombie.StrayThread> tasks() {
        return zombies.stream()
                .map(z -> z instanceof Zombie.StrayThread t && t.kind() == Zombie.ThreadKind.TASK ? t : null)
                .filter(Objects::nonNull);
    }
}
