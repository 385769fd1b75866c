package dev.cogbot.api;

import java.util.List;
import java.util.Objects;

/**
 * A drop-down of text options on a message; what a member chooses reaches the plugin's
 * {@link OnComponent} method as {@link Click#values()}.
 *
 * <pre>{@code
 * Draft.of("Pick a colour").withRow(SelectMenu.of("colour", "Colours",
 *         SelectMenu.Option.of("red", "Red"), SelectMenu.Option.of("blue", "Blue")))
 * }</pre>
 *
 * @param placeholder shown while nothing is chosen; may be empty
 * @param options     1 to {@link #MAX_OPTIONS}
 * @param min         the fewest options a member must choose (0 to 25)
 * @param max         the most (1 to the number of options)
 */
public record SelectMenu(String id, String placeholder, List<Option> options, int min, int max) implements Component {

    /** The most options of one menu. */
    public static final int MAX_OPTIONS = 25;

    /**
     * One option: {@code value} is what {@link Click#values()} reports, {@code label} what members see.
     *
     * @param description shown under the label; may be empty
     */
    public record Option(String value, String label, String description) {

        public Option {
            Objects.requireNonNull(description, "description");
            if (value == null || value.isBlank() || value.length() > 100 || label == null || label.isBlank()
                    || label.length() > 100) {
                throw new IllegalArgumentException("an option's value and label are 1 to 100 characters");
            }
        }

        public static Option of(String value, String label) {
            return new Option(value, label, "");
        }
    }

    public SelectMenu {
        Component.checkedId(id);
        Objects.requireNonNull(placeholder, "placeholder");
        options = List.copyOf(options);
        if (options.isEmpty() || options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException("a select menu has 1 to " + MAX_OPTIONS + " options, not " + options.size());
        }
        if (min < 0 || min > max || max < 1 || max > options.size()) {
            throw new IllegalArgumentException("a select menu lets members choose between min and max options, with 0 <= min"
                    + " <= max <= " + options.size() + "; not " + min + " to " + max);
        }
    }

    /** A menu on which a member chooses exactly one of {@code options}. */
    public static SelectMenu of(String id, String placeholder, Option... options) {
        return new SelectMenu(id, placeholder, List.of(options), 1, 1);
    }
}
