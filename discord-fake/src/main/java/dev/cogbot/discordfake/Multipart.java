package dev.cogbot.discordfake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of {@code multipart/form-data} for message uploads: the {@code payload_json} part and
 * the files (their names, types and sizes; the bytes are not kept).
 */
final class Multipart {

    /** A file of an upload. */
    record FilePart(String field, String filename, String contentType, int size) {
    }

    /** What an upload held. */
    record Parsed(String payloadJson, List<FilePart> files) {
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("\\bfilename=\"([^\"]*)\"");

    private Multipart() {
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static Parsed parse(byte[] body, String contentType) {
        Matcher boundaryMatch = BOUNDARY.matcher(contentType);
        if (!boundaryMatch.find()) {
            return new Parsed("", List.of());
        }
        // ISO-8859-1 maps bytes 1:1 to chars, so part bodies can be cut out and turned back into bytes
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundaryMatch.group(1);
        String payloadJson = "";
        List<FilePart> files = new ArrayList<>();
        for (String part : text.split(Pattern.quote(delimiter))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                continue;
            }
            String headers = part.substring(0, headerEnd);
            String content = part.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            Matcher name = NAME.matcher(headers);
            Matcher filename = FILENAME.matcher(headers);
            if (filename.find()) {
                files.add(new FilePart(name.find() ? name.group(1) : "", filename.group(1), contentTypeOf(headers),
                        content.length()));
            } else if (name.find() && name.group(1).equals("payload_json")) {
                payloadJson = new String(content.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return new Parsed(payloadJson, List.copyOf(files));
    }

    private static String contentTypeOf(String headers) {
        for (String line : headers.split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                return line.substring("content-type:".length()).trim();
            }
        }
        return "application/octet-stream";
    }
}
