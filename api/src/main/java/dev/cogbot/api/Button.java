package dev.cogbot.api;

import java.util.Objects;

/**
 * A button on a message. A click on one with an id reaches the plugin's {@link OnComponent}
 * method; a link button opens its URL and reports nothing.
 *
 * <pre>{@code
 * Draft.of("Ready?").withRow(Button.primary("ready:yes", "Yes"), Button.link("https://example.org", "Rules"))
 * }</pre>
 *
 * @param label at most {@link #MAX_LABEL_LENGTH} characters
 * @param url   the link of a {@link Style#LINK} button, else {@code null}
 */
public record Button(Style style, String id, String label, String url, boolean disabled) implements Component {

    /** The most characters of a label. */
    public static final int MAX_LABEL_LENGTH = 80;

    /** Discord's button styles. */
    public enum Style { PRIMARY, SECONDARY, SUCCESS, DANGER, LINK }

    public Button {
        Objects.requireNonNull(style, "style");
        if (label == null || label.isBlank() || label.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("a button's label is 1 to " + MAX_LABEL_LENGTH + " characters, not '"
                    + label + "'");
        }
        if (style == Style.LINK) {
            if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
                throw new IllegalArgumentException("a link button needs an http(s) URL, not '" + url + "'");
            }
            if (id != null) {
                throw new IllegalArgumentException("a link button has no id: Discord reports no click on it");
            }
        } else {
            Component.checkedId(id);
            if (url != null) {
                throw new IllegalArgumentException("only a link button has a URL");
            }
        }
    }

    public static Button primary(String id, String label) {
        return new Button(Style.PRIMARY, id, label, null, false);
    }

    public static Button secondary(String id, String label) {
        return new Button(Style.SECONDARY, id, label, null, false);
    }

    public static Button success(String id, String label) {
        return new Button(Style.SUCCESS, id, label, null, false);
    }

    public static Button danger(String id, String label) {
        return new Button(Style.DANGER, id, label, null, false);
    }

    /** A button that opens {@code url}. */
    public static Button link(String url, String label) {
        return new Button(Style.LINK, null, label, url, false);
    }

    /** The same button, greyed out: shown, but nobody can click it. */
    public Button asDisabled() {
        return new Button(style, id, label, url, true);
    }
}
