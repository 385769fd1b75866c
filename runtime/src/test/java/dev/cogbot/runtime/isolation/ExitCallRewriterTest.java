package dev.cogbot.runtime.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ExitCallRewriterTest {

    /** A class file version no ASM release knows (Java 55). */
    private static final int FUTURE_MAJOR_VERSION = 99;

    static final class Quits {
        static void quit() {
            System.exit(3);
        }
    }

    static final class Adds {
        static int add(int a, int b) {
            return a + b;
        }
    }

    @Test
    void aClassThatCallsSystemExitIsRewritten() throws IOException {
        byte[] original = classFile(Quits.class);

        assertThat(ExitCallRewriter.rewrite(original)).isNotSameAs(original);
    }

    @Test
    void aClassThatNamesNoneOfTheGuardedClassesIsLeftAsItIs() throws IOException {
        byte[] original = classFile(Adds.class);

        assertThat(ExitCallRewriter.rewrite(original)).isSameAs(original);
    }

    @Test
    void aClassFromANewerJavaThatCannotExitLoadsUnread() throws IOException {
        byte[] future = withMajorVersion(classFile(Adds.class), FUTURE_MAJOR_VERSION);

        assertThat(ExitCallRewriter.rewrite(future)).isSameAs(future);
    }

    @Test
    void aClassFromANewerJavaThatMayExitIsRefusedRatherThanLoadedUnguarded() throws IOException {
        byte[] future = withMajorVersion(classFile(Quits.class), FUTURE_MAJOR_VERSION);

        assertThatThrownBy(() -> ExitCallRewriter.rewrite(future)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] classFile(Class<?> type) throws IOException {
        String resource = type.getName().substring(type.getPackageName().length() + 1) + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }

    /** The class file's major version is the big-endian short at bytes 6 and 7. */
    private static byte[] withMajorVersion(byte[] classFile, int major) {
        byte[] copy = classFile.clone();
        copy[6] = (byte) (major >> 8);
        copy[7] = (byte) major;
        return copy;
    }
}
