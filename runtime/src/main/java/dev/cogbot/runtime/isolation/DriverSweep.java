package dev.cogbot.runtime.isolation;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Deregisters the JDBC drivers of one plugin. Not used as it is: {@link IsolatingClassLoader}
 * defines a copy of this class in the plugin's own loader, because {@code DriverManager} only shows
 * a caller the drivers its class loader can see. It must therefore use nothing but the JDK.
 *
 * <p>Each line is {@code "<driver class>"} when deregistered, {@code "! <driver class>: <why>"}
 * when not.
 */
public final class DriverSweep implements Supplier<List<String>> {

    @Override
    public List<String> get() {
        ClassLoader plugin = DriverSweep.class.getClassLoader();
        List<String> lines = new ArrayList<>();
        for (Driver driver : Collections.list(DriverManager.getDrivers())) {
            if (driver.getClass().getClassLoader() != plugin) {
                continue;
            }
            try {
                DriverManager.deregisterDriver(driver);
                lines.add(driver.getClass().getName());
            } catch (SQLException | SecurityException e) {
                lines.add("! " + driver.getClass().getName() + ": " + e);
            }
        }
        return lines;
    }
}
