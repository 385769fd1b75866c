package dev.cogbot.runtime.isolation;

import java.nio.file.Path;
import org.pf4j.JarPluginLoader;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * PF4J's loader of plugin JARs, giving each plugin an {@link IsolatingClassLoader}. A plugin
 * manager uses it by returning it from {@code createPluginLoader()}:
 *
 * <pre>{@code
 * PluginManager manager = new DefaultPluginManager(cacheDir) {
 *     @Override protected PluginLoader createPluginLoader() {
 *         return new IsolatingPluginLoader(this);
 *     }
 * };
 * }</pre>
 */
public final class IsolatingPluginLoader extends JarPluginLoader {

    public IsolatingPluginLoader(PluginManager manager) {
        super(manager);
    }

    @Override
    protected PluginClassLoader createPluginClassLoader(Path pluginPath, PluginDescriptor descriptor) {
        return new IsolatingClassLoader(pluginManager, descriptor, getClass().getClassLoader());
    }
}
