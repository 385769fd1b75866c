package dev.cogbot.e2e.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/plugins.md promises that every example is taken from a bundled plugin or a generated one.
 * Each code block follows a {@code <!-- from: path -->} line, and its lines must appear in that file
 * in the same order (lines of {@code …} stand for what the example leaves out), so an example cannot
 * drift from code that compiles and is tested.
 */
class PluginGuideExamplesTest {

    private static final Path ROOT = Path.of(System.getProperty("cogbot.test.sources", "..")).toAbsolutePath().normalize();
    private static final Path GUIDE = ROOT.resolve("docs/plugins.md");
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- from: (\\S+) -->\\n```\\w*\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void everyExampleIsTakenFromTheFileItNames() throws IOException {
        List<Example> examples = examples(Files.readString(GUIDE));

        assertThat(examples).isNotEmpty();
        for (Example example : examples) {
            Path source = ROOT.resolve(example.source());
            assertThat(source).as("the source of an example in docs/plugins.md").isRegularFile();
            assertThat(missingLines(example, Files.readAllLines(source)))
                    .as("lines of the example from %s not found there, in this order", example.source())
                    .isEmpty();
        }
    }

    @Test
    void everySectionHasAnExample() throws IOException {
        String guide = Files.readString(GUIDE);
        String[] sections = guide.split("\\n## ");
        for (int i = 1; i < sections.length; i++) {
            String title = sections[i].lines().findFirst().orElse("");
            assertThat(examples(sections[i])).as("examples in the section '%s'", title).isNotEmpty();
        }
    }

    @Test
    void theReadmeLinksTheGuide() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("(docs/plugins.md)");
    }

    private static List<Example> examples(String markdown) {
        List<Example> found = new ArrayList<>();
        Matcher matcher = EXAMPLE.matcher(markdown);
        while (matcher.find()) {
            found.add(new Example(matcher.group(1), matcher.group(2).lines().toList()));
        }
        return found;
    }

    /** The example's lines not found in {@code source} after the previous one's place. */
    private static List<String> missingLines(Example example, List<String> source) {
        List<String> missing = new ArrayList<>();
        int at = 0;
        for (String line : example.lines()) {
            String wanted = line.strip();
            if (wanted.isEmpty() || isElision(wanted)) {
                continue;
            }
            int found = -1;
            for (int i = at; i < source.size(); i++) {
                if (source.get(i).strip().equals(wanted)) {
                    found = i;
                    break;
                }
            }
            if (found < 0) {
                missing.add(wanted);
            } else {
                at = found + 1;
            }
        }
        return missing;
    }

    private static boolean isElision(String line) {
        return line.equals("…") || line.equals("// …") || line.equals("# …");
    }

    private record Example(String source, List<String> lines) {
    }
}
