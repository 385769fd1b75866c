package dev.cogbot.runtime.interactions;

import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.CogDefinitionException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Every loaded cog's {@code @OnComponent} handlers, by the id prefix each claims. A prefix belongs
 * to one plugin: a second plugin claiming it is refused at load, so a click can never reach the
 * wrong plugin. A plugin's handlers go with its cogs at unload.
 *
 * <pre>{@code
 * handlers.add(ComponentScanner.scan(binding));   // at load; throws if another plugin has the prefix
 * handlers.find("poll:42:yes");                   // the poll plugin's handler
 * handlers.remove(binding);                       // at unload
 * }</pre>
 */
public final class ComponentHandlers {

    private final ReentrantLock writes = new ReentrantLock();
    private volatile Map<String, ComponentHandler> byPrefix = Map.of();

    /**
     * Adds a cog's handlers; from now on clicks on their ids reach them.
     *
     * @throws CogDefinitionException if another cog claims one of their prefixes, naming both
     */
    public void add(List<ComponentHandler> handlers) {
        writes.lock();
        try {
            Map<String, ComponentHandler> next = new HashMap<>(byPrefix);
            for (ComponentHandler handler : handlers) {
                ComponentHandler before = next.putIfAbsent(handler.prefix(), handler);
                if (before != null) {
                    String owner = before.cog().pluginId().equals(handler.cog().pluginId())
                            ? before.name() : "plugin " + before.cog().pluginId() + " (" + before.name() + ")";
                    throw new CogDefinitionException("@OnComponent(\"" + handler.prefix() + "\") on " + handler.name()
                            + ": component ids starting with \"" + handler.prefix() + "\" are claimed by " + owner
                            + "; choose another prefix");
                }
            }
            byPrefix = Map.copyOf(next);
        } finally {
            writes.unlock();
        }
    }

    /** Removes a cog's handlers; clicks on their ids get the polite "not loaded" answer from now on. */
    public void remove(CogBinding cog) {
        writes.lock();
        try {
            Map<String, ComponentHandler> next = new HashMap<>(byPrefix);
            next.values().removeIf(handler -> handler.cog() == cog);
            byPrefix = Map.copyOf(next);
        } finally {
            writes.unlock();
        }
    }

    /** The handler of {@code componentId}: the one claiming its part before the first {@code :}. */
    public Optional<ComponentHandler> find(String componentId) {
        int colon = componentId.indexOf(':');
        return Optional.ofNullable(byPrefix.get(colon < 0 ? componentId : componentId.substring(0, colon)));
    }

    /** How many handlers are loaded. */
    public int size() {
        return byPrefix.size();
    }
}
