package dev.cogbot.runtime.testing;

import com.sun.security.auth.module.UnixSystem;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine it runs on (root, Linux's {@code /proc}). CI has all of it, so
 * there a missing requirement fails the test rather than skip it; on a developer's machine the test
 * is skipped, with the reason in the report.
 *
 * <pre>{@code
 * MachineRequirement.require(MachineRequirement.isRoot(), "root, to mount a small tmpfs");
 * }</pre>
 */
public final class MachineRequirement {

    private MachineRequirement() {
    }

    /**
     * Returns if {@code met}; otherwise fails under CI ({@code CI=true}) and skips elsewhere.
     *
     * @param what what the test needs and why, e.g. {@code "root, to act as another user"}
     */
    public static void require(boolean met, String what) {
        if (met) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("this test needs " + what + ", which CI must provide");
        }
        Assumptions.abort("this test needs " + what + "; skipped here (CI runs it)");
    }

    /** Whether the test JVM runs as root (uid 0), whatever the user is called. */
    public static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }
}
