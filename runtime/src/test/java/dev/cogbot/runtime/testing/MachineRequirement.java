package dev.cogbot.runtime.testing;

import com.sun.security.auth.module.UnixSystem;

/**
 * What a test needs from the machine it runs on: root, Linux's {@code /proc}, PostgreSQL's server
 * programs. A missing requirement fails the test, saying what to install or do. No test skips
 * itself, on CI or anywhere else: what the suite claims is run wherever it is run.
 *
 * <pre>{@code
 * MachineRequirement.require(MachineRequirement.isRoot(), "root, to mount a small tmpfs");
 * }</pre>
 */
public final class MachineRequirement {

    private MachineRequirement() {
    }

    /**
     * Returns if {@code met}; otherwise fails the test.
     *
     * @param what what the test needs and why, e.g. {@code "root, to act as another user"}
     */
    public static void require(boolean met, String what) {
        if (!met) {
            throw new AssertionError("this test needs " + what + "; provide it (.ci/run shows how)");
        }
    }

    /** Whether the test JVM runs as root (uid 0), whatever the user is called. */
    public static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }
}
