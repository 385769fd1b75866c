package dev.cogbot.runtime.starter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The files of a new plugin project, as resources beside this class: templates ({@code .tmpl}) whose
 * {@code {{name}}} placeholders are filled in, and build tools copied as they are — cogbot's own
 * Maven wrapper and JDK finder, which its build puts here.
 */
final class ProjectTemplate {

    /**
     * One file of the project.
     *
     * @param resource   its resource under {@code template/}
     * @param target     its path in the project, itself a template ({@code src/main/java/{{package.path}}/...})
     * @param filled     whether its placeholders are filled in (the build tools are copied byte for byte)
     * @param executable whether it is a script the author runs
     */
    record File(String resource, String target, boolean filled, boolean executable) {
    }

    static final List<File> FILES = List.of(
            new File("pom.xml.tmpl", "pom.xml", true, false),
            new File("README.md.tmpl", "README.md", true, false),
            new File("gitignore.tmpl", ".gitignore", true, false),
            new File("Cog.java.tmpl", "src/main/java/{{package.path}}/{{Cog}}.java", true, false),
            new File("CogTest.java.tmpl", "src/test/java/{{package.path}}/{{Cog}}Test.java", true, false),
            new File("build.tmpl", "build", true, true),
            new File("mvnw", "mvnw", false, true),
            new File(".mvn/wrapper/maven-wrapper.properties", ".mvn/wrapper/maven-wrapper.properties", false, false),
            new File("find-java.sh", ".mvn/find-java.sh", false, false));

    private ProjectTemplate() {
    }

    /** The resource's bytes. */
    static byte[] read(String resource) {
        try (InputStream in = ProjectTemplate.class.getResourceAsStream("template/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the runtime has no new-plugin template " + resource
                        + ": it was built without its resources (build it with Maven)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the new-plugin template " + resource, e);
        }
    }

    /** The template resource as text, its placeholders replaced by {@code values}. */
    static String fill(String resource, Map<String, String> values) {
        return fill(new String(read(resource), StandardCharsets.UTF_8), values, resource);
    }

    /** {@code text} with each {@code {{name}}} replaced by its value; an unknown name is a bug in the template. */
    static String fill(String text, Map<String, String> values, String where) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return out.append(text, from, text.length()).toString();
            }
            int close = text.indexOf("}}", open);
            String name = close < 0 ? null : text.substring(open + 2, close);
            String value = name == null ? null : values.get(name);
            if (value == null) {
                throw new IllegalStateException("the new-plugin template " + where + " has an unknown placeholder at "
                        + open + ": " + text.substring(open, Math.min(text.length(), open + 30)));
            }
            out.append(text, from, open).append(value);
            from = close + 2;
        }
    }
}
