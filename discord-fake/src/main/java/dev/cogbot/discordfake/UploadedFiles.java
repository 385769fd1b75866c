package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.function.Supplier;

/** The attachment objects Discord makes for the files of a multipart message request. */
final class UploadedFiles {

    private final WorldState world;
    private final Supplier<String> restBaseUrl;

    UploadedFiles(WorldState world, Supplier<String> restBaseUrl) {
        this.world = world;
        this.restBaseUrl = restBaseUrl;
    }

    /** The request's files as an {@code attachments} array, as text; {@code "[]"} without files. */
    String of(RestRequest request) {
        ArrayNode array = Json.array();
        for (Multipart.FilePart file : request.files()) {
            long id = world.newId();
            String url = restBaseUrl.get() + "attachments/" + Json.id(id) + "/" + file.filename();
            array.addObject()
                    .put("id", Json.id(id))
                    .put("filename", file.filename())
                    .put("size", file.size())
                    .put("url", url)
                    .put("proxy_url", url)
                    .put("content_type", file.contentType());
        }
        return Json.write(array);
    }
}
