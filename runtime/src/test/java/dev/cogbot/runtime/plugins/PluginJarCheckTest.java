package dev.cogbot.runtime.plugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A built JAR checked as the runtime will load it, on JARs compiled in the test with PF4J's
 * annotation processor: each problem is one line saying what is wrong and what to do, and whether
 * the runtime refuses the JAR or loads it with a warning.
 */
class PluginJarCheckTest {

    private static final String API = "0.1.0";

    @TempDir
    Path dir;

    @Test
    void aJarBuiltAsThePluginParentBuildsItPasses() {
        Path jar = TestPluginJar.plugin("hello", "1.0.0").helloCog().writeTo(dir);

        assertThat(PluginJarCheck.check(jar, API).passes()).isTrue();
    }

    @Test
    void aCogWithoutExtensionIsNamedWithWhatToDo() {
        TestPluginJar plugin = TestPluginJar.plugin("hello", "1.0.0").helloCog().source("""
                public final class ForgottenCog implements Cog {
                }""");
        Path jar = plugin.writeTo(dir);

        PluginJarCheck.Report report = PluginJarCheck.check(jar, API);

        assertThat(report.refusals()).isEmpty();
        assertThat(report.warnings()).extracting(PluginProblem::message).containsExactly(
                "plugin hello (hello-1.0.0.jar): class " + plugin.className("ForgottenCog") + " implements Cog"
                        + " but is missing @Extension, so the bot will not load it; add @Extension (org.pf4j.Extension)"
                        + " and compile with PF4J's annotation processor");
    }

    @Test
    void aCogInheritingCogFromASuperclassInTheJarStillNeedsExtension() {
        TestPluginJar plugin = TestPluginJar.plugin("hello", "1.0.0").helloCog()
                .source("public abstract class BaseCog implements Cog { }")
                .source("public class ChildCog extends BaseCog { }");

        PluginJarCheck.Report report = PluginJarCheck.check(plugin.writeTo(dir), API);

        // the abstract base is no cog of its own; the concrete child is
        assertThat(report.warnings()).containsExactly(
                new PluginProblem.MissingExtension("hello", "hello-1.0.0.jar", plugin.className("ChildCog")));
    }

    @Test
    void aJarWithoutAnExtensionIndexNamesItsCogsAndTheProcessor() {
        TestPluginJar plugin = TestPluginJar.plugin("hello", "1.0.0").helloCog().withoutIndex();

        PluginJarCheck.Report report = PluginJarCheck.check(plugin.writeTo(dir), API);

        assertThat(report.refusals()).isEmpty();
        assertThat(report.warnings()).extracting(PluginProblem::message).containsExactly(
                "plugin hello (hello-1.0.0.jar) has no META-INF/extensions.idx, so the bot finds none of its cogs ("
                        + plugin.className("HelloCog") + "); compile with PF4J's annotation processor"
                        + " (org.pf4j:pf4j on the annotation processor path, as cogbot-plugin-parent does)");
    }

    @Test
    void aJarWithNoCogAtAllSaysSo() {
        Path jar = TestPluginJar.plugin("empty", "1.0.0").source("public final class Helper { }").writeTo(dir);

        assertThat(PluginJarCheck.check(jar, API).warnings()).extracting(PluginProblem::message).containsExactly(
                "plugin empty (empty-1.0.0.jar) has no cogs: no class in it implements dev.cogbot.api.Cog;"
                        + " write a public class that implements Cog and mark it @Extension");
    }

    @Test
    void anIndexedClassMissingFromTheJarIsARefusal() {
        TestPluginJar plugin = TestPluginJar.plugin("ghost", "1.0.0").helloCog().indexAlso("GhostCog");

        PluginJarCheck.Report report = PluginJarCheck.check(plugin.writeTo(dir), API);

        assertThat(report.refusals()).extracting(PluginProblem::message).containsExactly(
                "plugin ghost (ghost-1.0.0.jar) lists class " + plugin.className("GhostCog")
                        + " in META-INF/extensions.idx, but the JAR has no such class; rebuild it from clean (mvn clean package)");
    }

    @Test
    void anExtensionThatIsNoCogIsNamed() {
        TestPluginJar plugin = TestPluginJar.plugin("hello", "1.0.0").helloCog().source("""
                @Extension public final class NotACog implements org.pf4j.ExtensionPoint {
                }""");

        PluginJarCheck.Report report = PluginJarCheck.check(plugin.writeTo(dir), API);

        assertThat(report.warnings()).containsExactly(
                new PluginProblem.NotACog("hello", "hello-1.0.0.jar", plugin.className("NotACog")));
        assertThat(report.warnings().getFirst().message()).endsWith(
                "but it does not implement dev.cogbot.api.Cog; implement Cog, or remove its @Extension");
    }

    @Test
    void aCogWhoseSuperclassIsElsewhereIsLeftToTheRuntime() {
        // the superclass may come from a plugin it depends on: only loading can tell
        TestPluginJar plugin = TestPluginJar.plugin("orphan", "1.0.0")
                .source("public abstract class ParentCog implements Cog { }")
                .source("@Extension public final class OrphanCog extends ParentCog { }")
                .leaveOut("ParentCog");

        assertThat(PluginJarCheck.check(plugin.writeTo(dir), API).passes()).isTrue();
    }

    @Test
    void aBundledCopyOfTheApiIsARefusalInTheRuntimesWords() {
        Path jar = TestPluginJar.plugin("heavy", "1.0.0").helloCog().bundlingTheApi().writeTo(dir);

        assertThat(PluginJarCheck.check(jar, API).refusals()).extracting(PluginProblem::message).containsExactly(
                "plugin heavy (heavy-1.0.0.jar) contains its own copy of cogbot-api, so the bot cannot see its cogs;"
                        + " depend on cogbot-api with scope provided");
    }

    @Test
    void aWrongPluginRequiresIsTheRuntimesRefusal() {
        Path jar = TestPluginJar.plugin("future", "1.0.0").helloCog().requires(">=5.0.0").writeTo(dir);

        assertThat(PluginJarCheck.check(jar, API).refusals()).extracting(PluginProblem::message).containsExactly(
                "plugin future (future-1.0.0.jar) requires cogbot >=5.0.0, but this is 0.1.0;"
                        + " upgrade cogbot or use a matching plugin version");
    }

    @Test
    void aPluginRequiresThatIsNoRangeIsRefused() {
        Path jar = TestPluginJar.plugin("odd", "1.0.0").helloCog().requires("soon").writeTo(dir);

        assertThat(PluginJarCheck.check(jar, API).refusals()).extracting(PluginProblem::message)
                .containsExactly("odd-1.0.0.jar is not a plugin: its Plugin-Requires 'soon' is not a version range");
    }

    @Test
    void aManifestWithoutPluginIdIsTheDescriptorsRefusal() {
        Path jar = TestPluginJar.plugin("nameless", "1.0.0").helloCog().manifest("Plugin-Id", null).writeTo(dir);

        assertThat(PluginJarCheck.check(jar, API).refusals()).extracting(PluginProblem::message)
                .containsExactly("nameless-1.0.0.jar is not a plugin: its manifest has no Plugin-Id");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        Path jar = Files.writeString(dir.resolve("text.jar"), "not a zip");

        assertThat(PluginJarCheck.check(jar, API).problems()).extracting(PluginProblem::message).containsExactly(
                "text.jar is not a plugin: it is not a JAR (zip) file, or it is damaged or still being copied");
    }

    @Test
    void everyProblemIsReportedNotOnlyTheFirst() {
        TestPluginJar plugin = TestPluginJar.plugin("messy", "1.0.0").requires(">=5.0.0")
                .source("public final class ACog implements Cog { }")
                .source("public final class BCog implements Cog { }");

        List<PluginProblem> problems = PluginJarCheck.check(plugin.writeTo(dir), API).problems();

        assertThat(problems).hasSize(3).first().isInstanceOf(PluginProblem.NeedsNewerRuntime.class);
        assertThat(problems.subList(1, 3)).allMatch(p -> p instanceof PluginProblem.MissingExtension);
    }
}
