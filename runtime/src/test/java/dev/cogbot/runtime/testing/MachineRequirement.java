package dev.cogbot.runtime.testing;

import com.sun.security.auth.module.UnixSystem;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine it runs on: root, Linux's {@code /proc}, PostgreSQL's server
 * programs. A missing requirement fails the test, with what to install or do. No test skips itself:
 * a developer whose machine cannot provide it says so with {@value #SKIP_VARIABLE}{@code =true},
 * and only then, and never under CI ({@code CI=true}, which {@code .ci/run} sets), is such a test
 * skipped, with the reason in the report.
 *
 * <pre>{@code
 * MachineRequirement.require(MachineRequirement.isRoot(), "root, to mount a small tmpfs");
 * }</pre>
 */
public final class MachineRequirement {

    /** The environment variable by which a developer asks to skip what the machine cannot run. */
    public static final String SKIP_VARIABLE = "COGBOT_SKIP_MACHINE_TESTS";

    private MachineRequirement() {
    }

    /**
     * Returns if {@code met}; otherwise fails, or skips when the developer asked for it off CI.
     *
     * @param what what the test needs and why, e.g. {@code "root, to act as another user"}
     */
    public static void require(boolean met, String what) {
        if (met) {
            return;
        }
        boolean onCi = "true".equals(System.getenv("CI"));
        if (!onCi && "true".equals(System.getenv(SKIP_VARIABLE))) {
            Assumptions.abort("this test needs " + what + "; skipped here because " + SKIP_VARIABLE + "=true");
        }
        throw new AssertionError("this test needs " + what + (onCi ? ", which CI must provide"
                : "; provide it (.ci/run shows how), or set " + SKIP_VARIABLE + "=true to skip such tests on this machine"));
    }

    /** Whether the test JVM runs as root (uid 0), whatever the user is called. */
    public static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }
}
