package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;

/**
 * {@code applications/{application_id}/commands} and {@code applications/{application_id}/guilds/{guild_id}/commands}:
 * list, bulk overwrite, create, get, edit and delete, for the configured application only. Every write
 * is counted for its scope.
 */
final class CommandEndpoints {

    private final WorldState world;
    private final ApplicationCommands commands;

    CommandEndpoints(WorldState world, ApplicationCommands commands) {
        this.world = world;
        this.commands = commands;
    }

    RestRouter addTo(RestRouter router) {
        for (String base : List.of("applications/{application_id}/commands",
                "applications/{application_id}/guilds/{guild_id}/commands")) {
            router.add("GET", base, r -> inScope(r, scope -> list(scope)))
                    .add("PUT", base, r -> inScope(r, scope -> write(r, scope, commands.overwrite(scope, r.json()))))
                    .add("POST", base, r -> inScope(r, scope -> write(r, scope, commands.create(scope, r.json()))))
                    .add("GET", base + "/{command_id}", r -> inScope(r, scope -> commands
                            .get(scope, r.idParam("command_id")).map(RestResponse::ok)
                            .orElseGet(ApplicationCommands::unknownCommand)))
                    .add("PATCH", base + "/{command_id}", r -> inScope(r,
                            scope -> write(r, scope, commands.edit(scope, r.idParam("command_id"), r.json()))))
                    .add("DELETE", base + "/{command_id}", r -> inScope(r, scope -> {
                        commands.countWrite(scope, "DELETE");
                        return commands.delete(scope, r.idParam("command_id")) ? RestResponse.noContent()
                                : ApplicationCommands.unknownCommand();
                    }));
        }
        return router;
    }

    private interface ScopedEndpoint {
        RestResponse handle(long scope);
    }

    /** Resolves the scope (0 = global) after checking the application and the guild. */
    private RestResponse inScope(RestRequest request, ScopedEndpoint endpoint) {
        if (request.idParam("application_id") != world.config().application().id()) {
            return RestResponse.error(403, 20012,
                    "You are not authorized to perform this action on this application");
        }
        long scope = request.params().containsKey("guild_id") ? request.idParam("guild_id") : 0;
        if (scope != 0 && world.guild(scope).isEmpty()) {
            return RestResponse.error(404, 10004, "Unknown Guild");
        }
        return endpoint.handle(scope);
    }

    private RestResponse list(long scope) {
        ArrayNode array = Json.array();
        commands.list(scope).forEach(array::add);
        return RestResponse.ok(array);
    }

    private RestResponse write(RestRequest request, long scope, ApplicationCommands.Outcome outcome) {
        commands.countWrite(scope, request.method());
        return switch (outcome) {
            case ApplicationCommands.Outcome.Done done -> RestResponse.json(done.created() ? 201 : 200, done.body());
            case ApplicationCommands.Outcome.Refused refused -> refused.response();
        };
    }
}
