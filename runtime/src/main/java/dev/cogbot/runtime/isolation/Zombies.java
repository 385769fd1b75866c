package dev.cogbot.runtime.isolation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The zombies of every plugin unloaded so far, for {@code cogbot status}: each stays listed until
 * it is {@link Zombie#gone() gone}.
 *
 * <pre>{@code
 * zombies.add(report.zombies());
 * zombies.current().forEach(z -> System.out.println(z.line()));   // leaky: thread 'poller' (WAITING)
 * }</pre>
 */
public final class Zombies {

    private final List<Zombie> zombies = new CopyOnWriteArrayList<>();

    /** Adds what an unload left behind. */
    public void add(List<? extends Zombie> left) {
        zombies.addAll(left);
    }

    /** The zombies still there, oldest first. */
    public List<Zombie> current() {
        zombies.removeIf(Zombie::gone);
        return List.copyOf(new ArrayList<>(zombies));
    }
}
