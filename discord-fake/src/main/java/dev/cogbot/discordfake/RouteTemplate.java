package dev.cogbot.discordfake;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A REST path template such as {@code channels/{channel_id}/messages}; {@code {x}} matches one segment. */
final class RouteTemplate {

    private final String text;
    private final List<String> segments;

    private RouteTemplate(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
    }

    static RouteTemplate parse(String template) {
        String trimmed = stripSlashes(template);
        return new RouteTemplate(trimmed, trimmed.isEmpty() ? List.of() : List.of(trimmed.split("/")));
    }

    static List<String> split(String path) {
        String trimmed = stripSlashes(path);
        return trimmed.isEmpty() ? List.of() : Arrays.asList(trimmed.split("/", -1));
    }

    boolean matches(String path) {
        return match(split(path)) != null;
    }

    /** The values of the {@code {x}} segments, or {@code null} when the path does not fit. */
    Map<String, String> match(List<String> pathSegments) {
        if (pathSegments.size() != segments.size()) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String expected = segments.get(i);
            String actual = pathSegments.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                if (actual.isEmpty()) {
                    return null;
                }
                params.put(expected.substring(1, expected.length() - 1), actual);
            } else if (!expected.equals(actual)) {
                return null;
            }
        }
        return params;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }
}
