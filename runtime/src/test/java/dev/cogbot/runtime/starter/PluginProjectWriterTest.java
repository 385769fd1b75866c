package dev.cogbot.runtime.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The project new-plugin writes: its files, the names filled in, and when it writes nothing. */
class PluginProjectWriterTest {

    @TempDir
    Path dir;

    private final PluginProjectWriter writer = new PluginProjectWriter();

    private static NewPlugin greeter() {
        return NewPlugin.of("greeter", null, "0.1.0-SNAPSHOT", Optional.empty());
    }

    @Test
    void writesABuildableProjectIntoAFolderNamedForTheId() throws IOException {
        Path project = writer.write(greeter(), dir);

        assertThat(project).isEqualTo(dir.resolve("greeter"));
        assertThat(files(project)).containsExactlyInAnyOrder(
                "pom.xml", "README.md", ".gitignore", "build", "mvnw",
                ".mvn/wrapper/maven-wrapper.properties", ".mvn/find-java.sh",
                "src/main/java/org/example/greeter/GreeterCog.java",
                "src/test/java/org/example/greeter/GreeterCogTest.java");
    }

    @Test
    void thePomNamesTheParentOfThisVersionAndThePluginId() throws IOException {
        String pom = Files.readString(writer.write(greeter(), dir).resolve("pom.xml"));

        assertThat(pom).contains("<artifactId>cogbot-plugin-parent</artifactId>", "<version>0.1.0-SNAPSHOT</version>",
                "<plugin.id>greeter</plugin.id>", "<artifactId>greeter</artifactId>", "<groupId>org.example.greeter</groupId>",
                "<description>The greeter plugin: says hello.</description>");
        assertThat(pom.lines().count()).isLessThanOrEqualTo(22);
    }

    @Test
    void withoutARepositoryThePomNamesNone() throws IOException {
        String pom = Files.readString(writer.write(greeter(), dir).resolve("pom.xml"));

        assertThat(pom).doesNotContain("<repositories>", "{{");
    }

    @Test
    void withARepositoryThePomNamesItAsAFileUrl() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("cogbot").resolve("repository"));
        NewPlugin plugin = NewPlugin.of("greeter", null, "0.1.0", Optional.of(repository));

        String pom = Files.readString(writer.write(plugin, dir).resolve("pom.xml"));

        assertThat(pom).contains("<repositories>", "<url>" + repository.toUri() + "</url>");
    }

    @Test
    void theCogAndItsTestAreInTheGivenPackageUnderTheirNames() throws IOException {
        NewPlugin plugin = NewPlugin.of("dice-roller", "com.acme.dice", "0.1.0", Optional.empty());

        Path project = writer.write(plugin, dir);

        String cog = Files.readString(project.resolve("src/main/java/com/acme/dice/DiceRollerCog.java"));
        String test = Files.readString(project.resolve("src/test/java/com/acme/dice/DiceRollerCogTest.java"));
        assertThat(cog).startsWith("package com.acme.dice;").contains("public final class DiceRollerCog implements Cog",
                "@Extension", "@Command(name = \"hello\"");
        assertThat(test).startsWith("package com.acme.dice;").contains("class DiceRollerCogTest",
                "plugin(\"dice-roller\", new DiceRollerCog())", "bot.advance(");
    }

    @Test
    void noPlaceholderIsLeftInAnyFile() throws IOException {
        Path project = writer.write(greeter(), dir);

        for (String file : files(project)) {
            assertThat(Files.readString(project.resolve(file))).as(file).doesNotContain("{{");
        }
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void theScriptsAreExecutable() throws IOException {
        Path project = writer.write(greeter(), dir);

        assertThat(project.resolve("build")).isExecutable();
        assertThat(project.resolve("mvnw")).isExecutable();
    }

    @Test
    void theBuildScriptFindsAJdkWithCogbotsOwnFinderAndRunsTheWrapper() throws IOException {
        Path project = writer.write(greeter(), dir);

        assertThat(Files.readString(project.resolve("build"))).startsWith("#!/bin/sh")
                .contains(". \"$root/.mvn/find-java.sh\"", "cogbot_find_java", "./mvnw -B package \"$@\"");
        assertThat(Files.readString(project.resolve(".mvn/find-java.sh"))).contains("cogbot_find_java()");
        assertThat(Files.readString(project.resolve(".mvn/wrapper/maven-wrapper.properties"))).contains("distributionUrl=");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "POSIX permissions")
    void theProjectFolderIsAsOpenAsAnyOtherTheUserMakes() throws IOException {
        Path made = Files.createDirectory(dir.resolve("made-by-the-user"));

        Path project = writer.write(greeter(), dir);

        assertThat(Files.getPosixFilePermissions(project)).isEqualTo(Files.getPosixFilePermissions(made));
    }

    @Test
    void anEmptyFolderOfThatNameIsUsed() throws IOException {
        Files.createDirectories(dir.resolve("greeter"));

        assertThat(writer.write(greeter(), dir).resolve("pom.xml")).exists();
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAlone() throws IOException {
        Path mine = Files.createDirectories(dir.resolve("greeter")).resolve("notes.txt");
        Files.writeString(mine, "mine");

        assertThatThrownBy(() -> writer.write(greeter(), dir))
                .isInstanceOf(StarterException.class)
                .hasMessage(dir.resolve("greeter") + " already exists and is not empty: pick another --dir, or move it away first");
        assertThat(files(dir)).containsExactly("greeter/notes.txt");
    }

    @Test
    void aFileOfThatNameIsRefused() throws IOException {
        Files.writeString(dir.resolve("greeter"), "mine");

        assertThatThrownBy(() -> writer.write(greeter(), dir))
                .satisfies(e -> assertThat(((StarterException) e).problem()).isInstanceOf(StarterProblem.FolderNotEmpty.class));
        assertThat(dir.resolve("greeter")).hasContent("mine");
    }

    @Test
    void theFolderIsMadeWhenMissing() {
        assertThat(writer.write(greeter(), dir.resolve("a").resolve("b"))).isEqualTo(dir.resolve("a/b/greeter"));
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesNothingBehind() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where a folder should be");

        assertThatThrownBy(() -> writer.write(greeter(), blocked))
                .isInstanceOf(StarterException.class)
                .hasMessageStartingWith("cannot write the plugin project to " + blocked.resolve("greeter") + ": ");
        assertThat(files(dir)).containsExactly("blocked");
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).toList();
        }
    }
}
