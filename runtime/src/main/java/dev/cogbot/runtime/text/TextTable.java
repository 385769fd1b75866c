package dev.cogbot.runtime.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of cells as lines of plain text for a terminal or a chat code block: every column as wide as
 * its widest cell, two spaces apart, the last column unpadded so that no line ends in spaces. The
 * one table layout of the CLI's and the console's listings (plugins, settings, cluster nodes).
 *
 * <pre>{@code
 * TextTable.aligned(List.of(new String[] {"ID", "STATE"}, new String[] {"jokes", "STARTED"}));
 * // ["ID     STATE", "jokes  STARTED"]
 * }</pre>
 */
public final class TextTable {

    private TextTable() {
    }

    /** {@code rows} (the first one usually the headings) as aligned lines; every row has the same number of cells. */
    public static List<String> aligned(List<String[]> rows) {
        int[] widths = new int[rows.getFirst().length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].length() + 2));
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
