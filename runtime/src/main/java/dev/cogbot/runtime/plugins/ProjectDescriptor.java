package dev.cogbot.runtime.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The PF4J manifest entries of a plugin project built on cogbot-plugin-parent, read from its
 * {@code pom.xml}: for dev mode's classes folder, which has no manifest until the JAR is packaged.
 * It reads what the parent reads — {@code plugin.id}, the project's version (or its parent's),
 * {@code plugin.requires} and {@code plugin.dependencies} — and leaves out a value that is itself
 * a {@code ${…}} expression (the parent's default range, say: dev mode runs on this runtime anyway).
 */
final class ProjectDescriptor {

    private ProjectDescriptor() {
    }

    /**
     * The manifest entries for the classes folder {@code classes} ({@code PROJECT/target/classes}).
     *
     * @throws DevBuilds.NotBuilt if there is no pom beside it or it names no {@code plugin.id}
     */
    static Map<String, String> of(Path classes) throws DevBuilds.NotBuilt, IOException {
        Path target = classes.toAbsolutePath().normalize().getParent();
        Path pom = target == null || target.getParent() == null ? null : target.getParent().resolve("pom.xml");
        if (pom == null || !Files.isRegularFile(pom)) {
            throw new DevBuilds.NotBuilt("it has no plugin.properties and there is no pom.xml two folders up"
                    + " to read plugin.id from; give the project folder instead, whose JAR has a manifest");
        }
        Element project = parse(pom).getDocumentElement();
        Optional<Element> properties = child(project, "properties");
        String id = properties.flatMap(p -> text(p, "plugin.id")).orElseThrow(() -> new DevBuilds.NotBuilt(
                pom + " sets no <plugin.id> property, so this is no plugin built on cogbot-plugin-parent"));
        String version = text(project, "version")
                .or(() -> child(project, "parent").flatMap(parent -> text(parent, "version")))
                .orElseThrow(() -> new DevBuilds.NotBuilt(pom + " has no <version>"));
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Plugin-Id", id);
        entries.put("Plugin-Version", version);
        properties.flatMap(p -> text(p, "plugin.requires")).ifPresent(r -> entries.put("Plugin-Requires", r));
        properties.flatMap(p -> text(p, "plugin.dependencies")).ifPresent(d -> entries.put("Plugin-Dependencies", d));
        return entries;
    }

    private static Document parse(Path pom) throws IOException, DevBuilds.NotBuilt {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // a pom is read, never fetched from: no external entities or DTDs
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(pom.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new DevBuilds.NotBuilt(pom + " cannot be read: " + e.getMessage());
        }
    }

    private static Optional<Element> child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /** The text of a direct child, unless blank or an unresolved {@code ${…}} expression. */
    private static Optional<String> text(Element parent, String name) {
        return child(parent, name).map(e -> e.getTextContent().strip())
                .filter(t -> !t.isEmpty() && !t.contains("${"));
    }
}
