package dev.cogbot.runtime.isolation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSigner;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader: PF4J's, except that each class of the plugin's JAR goes through
 * {@link ExitCallRewriter} before it is defined, and that the loader remembers which classes it
 * defined, so threads running its code can be recognised after an unload.
 */
public final class IsolatingClassLoader extends PluginClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final String pluginId;
    private final Set<String> defined = ConcurrentHashMap.newKeySet();

    IsolatingClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader parent) {
        super(manager, descriptor, parent);
        this.pluginId = descriptor.getPluginId();
    }

    public String pluginId() {
        return pluginId;
    }

    /** Whether a class of this name was defined by this loader: a stack frame of it is the plugin's code. */
    public boolean defined(String className) {
        return defined.contains(className);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/') + ".class";
        URL url = findResource(path);
        if (url == null) {
            throw new ClassNotFoundException(name);
        }
        byte[] original;
        try (InputStream in = url.openStream()) {
            original = in.readAllBytes();
        } catch (IOException e) {
            throw new ClassNotFoundException(name + " cannot be read from the plugin " + pluginId + ": " + e, e);
        }
        byte[] bytes;
        try {
            bytes = ExitCallRewriter.rewrite(original);
        } catch (RuntimeException malformed) {
            throw new ClassFormatError(name + " in plugin " + pluginId + " cannot be read: " + malformed);
        }
        definePackageOf(name);
        Class<?> type = defineClass(name, bytes, 0, bytes.length, domain(url));
        defined.add(name);
        return type;
    }

    private void definePackageOf(String className) {
        int dot = className.lastIndexOf('.');
        if (dot > 0) {
            String packageName = className.substring(0, dot);
            if (getDefinedPackage(packageName) == null) {
                try {
                    definePackage(packageName, null, null, null, null, null, null, null);
                } catch (IllegalArgumentException definedMeanwhile) {
                    // another thread defined it first: fine
                }
            }
        }
    }

    private ProtectionDomain domain(URL classUrl) {
        URL[] jars = getURLs();
        URL location = jars.length > 0 ? jars[0] : classUrl;
        return new ProtectionDomain(new CodeSource(location, (CodeSigner[]) null), null, this, null);
    }

    /**
     * Deregisters every JDBC driver whose class this loader defined. {@code DriverManager} only
     * lets code see and deregister drivers its own class loader can see, so the work is done by a
     * small class defined here, in the plugin's loader.
     *
     * @return a line per driver: deregistered, or why not
     */
    @SuppressWarnings("unchecked")
    List<String> deregisterDrivers() {
        String name = DriverSweep.class.getName();
        try {
            Class<?> sweep;
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    byte[] bytes;
                    try (InputStream in = DriverSweep.class.getResourceAsStream(DriverSweep.class.getSimpleName() + ".class")) {
                        bytes = in.readAllBytes();
                    }
                    loaded = defineClass(name, bytes, 0, bytes.length);
                }
                sweep = loaded;
            }
            return ((Supplier<List<String>>) sweep.getDeclaredConstructor().newInstance()).get();
        } catch (IOException | ReflectiveOperationException | LinkageError | RuntimeException e) {
            return List.of("! the JDBC drivers could not be checked: " + e);
        }
    }
}
