package dev.cogbot.discordfake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The application's commands per scope (global, or one guild: scope 0 is global), the writes each scope
 * received, and Discord's daily limit on creates. Thread-safe (one monitor).
 */
final class ApplicationCommands {

    /** Discord's limits per scope: 100 CHAT_INPUT, 15 USER and 15 MESSAGE commands. */
    private static final Map<Integer, Integer> MAX_PER_TYPE = Map.of(1, 100, 2, 15, 3, 15, 4, 1);
    /** Discord's limit on command creates per scope and day. */
    static final int DAILY_CREATES = 200;

    /** The outcome of a write: the stored commands, or Discord's error. */
    sealed interface Outcome {
        record Done(JsonNode body, boolean created) implements Outcome {
        }

        record Refused(RestResponse response) implements Outcome {
        }
    }

    private final long applicationId;
    private final LongSupplier ids;
    private final Clock clock;
    private final Map<Long, LinkedHashMap<Long, ObjectNode>> byScope = new HashMap<>();
    private final Map<Long, CommandWrites> writes = new HashMap<>();
    private final Map<Long, Integer> createsToday = new HashMap<>();
    private LocalDate today;

    ApplicationCommands(long applicationId, LongSupplier ids, Clock clock) {
        this.applicationId = applicationId;
        this.ids = ids;
        this.clock = clock;
    }

    synchronized void countWrite(long scope, String method) {
        writes.merge(scope, CommandWrites.NONE.plus(method), (a, b) -> a.plus(method));
    }

    synchronized CommandWrites writes(long scope) {
        return writes.getOrDefault(scope, CommandWrites.NONE);
    }

    synchronized List<ObjectNode> list(long scope) {
        return commands(scope).values().stream().map(ObjectNode::deepCopy).toList();
    }

    synchronized Optional<ObjectNode> get(long scope, long commandId) {
        return Optional.ofNullable(commands(scope).get(commandId)).map(ObjectNode::deepCopy);
    }

    /** The command called {@code name} of a type, in the scope. */
    synchronized Optional<ObjectNode> find(long scope, int type, String name) {
        return commands(scope).values().stream()
                .filter(c -> c.path("type").asInt() == type && c.path("name").asText().equals(name))
                .findFirst().map(ObjectNode::deepCopy);
    }

    /** {@code PUT}: the scope's whole set becomes {@code body}; a command keeps its id while its name and type do. */
    synchronized Outcome overwrite(long scope, JsonNode body) {
        if (!body.isArray()) {
            return new Outcome.Refused(FormErrors.single(List.of(), "BASE_TYPE_ARRAY", "Must be an array."));
        }
        FormErrors errors = new FormErrors();
        Map<String, Integer> seen = new HashMap<>();
        Map<Integer, Integer> perType = new HashMap<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode command = body.get(i);
            List<String> path = List.of(Integer.toString(i));
            CommandValidator.validate(command, path, errors);
            int type = command.path("type").asInt(1);
            if (seen.putIfAbsent(type + "/" + command.path("name").asText(), i) != null) {
                errors.add(CommandValidator.at(path, "name"), "APPLICATION_COMMANDS_DUPLICATE_NAME",
                        "Application command names must be unique");
            }
            int count = perType.merge(type, 1, Integer::sum);
            if (count == MAX_PER_TYPE.getOrDefault(type, 100) + 1) {
                errors.add(List.of(), "APPLICATION_COMMAND_TOO_MANY",
                        "Maximum number of application commands of type " + type + " reached ("
                                + MAX_PER_TYPE.getOrDefault(type, 100) + ")");
            }
        }
        if (!errors.isEmpty()) {
            return new Outcome.Refused(errors.response());
        }
        LinkedHashMap<Long, ObjectNode> old = commands(scope);
        int creates = 0;
        for (JsonNode command : body) {
            if (existing(old, command).isEmpty()) {
                creates++;
            }
        }
        Optional<RestResponse> limited = takeCreates(scope, creates);
        if (limited.isPresent()) {
            return new Outcome.Refused(limited.get());
        }
        LinkedHashMap<Long, ObjectNode> replaced = new LinkedHashMap<>();
        ArrayNode answer = Json.array();
        for (JsonNode command : body) {
            ObjectNode stored = store(scope, command, existing(old, command).orElse(null));
            replaced.put(Json.snowflake(stored.path("id")), stored);
            answer.add(stored.deepCopy());
        }
        byScope.put(scope, replaced);
        return new Outcome.Done(answer, false);
    }

    /** {@code POST}: creates the command, or overwrites the one with its name and type (then 200, not 201). */
    synchronized Outcome create(long scope, JsonNode command) {
        FormErrors errors = new FormErrors();
        CommandValidator.validate(command, List.of(), errors);
        if (!errors.isEmpty()) {
            return new Outcome.Refused(errors.response());
        }
        LinkedHashMap<Long, ObjectNode> commands = commands(scope);
        Optional<ObjectNode> existing = existing(commands, command);
        if (existing.isEmpty()) {
            int type = command.path("type").asInt(1);
            long ofType = commands.values().stream().filter(c -> c.path("type").asInt() == type).count();
            if (ofType >= MAX_PER_TYPE.getOrDefault(type, 100)) {
                return new Outcome.Refused(RestResponse.error(400, 30032,
                        "Maximum number of application commands reached (" + MAX_PER_TYPE.get(type) + ")"));
            }
            Optional<RestResponse> limited = takeCreates(scope, 1);
            if (limited.isPresent()) {
                return new Outcome.Refused(limited.get());
            }
        }
        ObjectNode stored = store(scope, command, existing.orElse(null));
        commands.put(Json.snowflake(stored.path("id")), stored);
        byScope.put(scope, commands);
        return new Outcome.Done(stored.deepCopy(), existing.isEmpty());
    }

    /** {@code PATCH}: the fields given replace the command's; {@code null} when there is no such command. */
    synchronized Outcome edit(long scope, long commandId, JsonNode patch) {
        LinkedHashMap<Long, ObjectNode> commands = commands(scope);
        ObjectNode current = commands.get(commandId);
        if (current == null) {
            return new Outcome.Refused(unknownCommand());
        }
        ObjectNode merged = current.deepCopy();
        patch.fields().forEachRemaining(e -> merged.set(e.getKey(), e.getValue()));
        FormErrors errors = new FormErrors();
        CommandValidator.validate(merged, List.of(), errors);
        if (!errors.isEmpty()) {
            return new Outcome.Refused(errors.response());
        }
        boolean clash = commands.values().stream().anyMatch(c -> Json.snowflake(c.path("id")) != commandId
                && c.path("type").asInt() == merged.path("type").asInt(1)
                && c.path("name").asText().equals(merged.path("name").asText()));
        if (clash) {
            return new Outcome.Refused(FormErrors.single(List.of("name"), "APPLICATION_COMMANDS_DUPLICATE_NAME",
                    "Application command names must be unique"));
        }
        ObjectNode stored = store(scope, merged, current);
        commands.put(commandId, stored);
        return new Outcome.Done(stored.deepCopy(), false);
    }

    synchronized boolean delete(long scope, long commandId) {
        return commands(scope).remove(commandId) != null;
    }

    static RestResponse unknownCommand() {
        return RestResponse.error(404, 10063, "Unknown application command");
    }

    private LinkedHashMap<Long, ObjectNode> commands(long scope) {
        return byScope.computeIfAbsent(scope, s -> new LinkedHashMap<>());
    }

    private static Optional<ObjectNode> existing(Map<Long, ObjectNode> commands, JsonNode command) {
        int type = command.path("type").asInt(1);
        String name = command.path("name").asText();
        return commands.values().stream()
                .filter(c -> c.path("type").asInt() == type && c.path("name").asText().equals(name))
                .findFirst();
    }

    /** Discord's 200 creates a day per scope; the day is the UTC date of the fake's clock. */
    private Optional<RestResponse> takeCreates(long scope, int creates) {
        LocalDate now = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (!now.equals(today)) {
            today = now;
            createsToday.clear();
        }
        int used = createsToday.getOrDefault(scope, 0);
        if (creates > 0 && used + creates > DAILY_CREATES) {
            long retryAfter = Math.max(1, now.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                    - clock.instant().getEpochSecond());
            RestResponse response = RestResponse.json(429, Json.object()
                    .put("message", "Max number of daily application command creates has been reached ("
                            + DAILY_CREATES + ")")
                    .put("code", 30034)
                    .put("retry_after", retryAfter)
                    .put("global", false));
            return Optional.of(response.withHeaders(Map.of("Retry-After", Long.toString(retryAfter),
                    "X-RateLimit-Scope", "shared")));
        }
        createsToday.put(scope, used + creates);
        return Optional.empty();
    }

    /** The command as Discord stores and answers it: ids assigned, defaults filled, the fields cogbot uses kept. */
    private ObjectNode store(long scope, JsonNode given, ObjectNode previous) {
        int type = given.path("type").asInt(1);
        ObjectNode command = Json.object()
                .put("id", previous == null ? Json.id(ids.getAsLong()) : previous.path("id").asText())
                .put("application_id", Json.id(applicationId))
                .put("version", "0")
                .put("type", type)
                .put("name", given.path("name").asText())
                .put("description", type == CommandValidator.CHAT_INPUT ? given.path("description").asText() : "");
        if (scope != 0) {
            command.put("guild_id", Json.id(scope));
        }
        copy(given, command, "name_localizations");
        copy(given, command, "description_localizations");
        JsonNode permissions = given.path("default_member_permissions");
        command.put("default_member_permissions", permissions.isNull() || permissions.isMissingNode() ? null
                : permissions.asText());
        if (scope == 0) {
            command.put("dm_permission", given.path("dm_permission").asBoolean(true));
        }
        copy(given, command, "contexts");
        copy(given, command, "integration_types");
        command.put("nsfw", given.path("nsfw").asBoolean(false));
        if (given.path("options").isArray() && !given.path("options").isEmpty()) {
            command.set("options", given.path("options").deepCopy());
        }
        boolean unchanged = previous != null && withoutVersion(previous).equals(withoutVersion(command));
        command.put("version", unchanged ? previous.path("version").asText() : Json.id(ids.getAsLong()));
        return command;
    }

    private static void copy(JsonNode from, ObjectNode to, String field) {
        JsonNode value = from.path(field);
        if (value.isMissingNode() || value.isNull()) {
            to.putNull(field);
        } else {
            to.set(field, value.deepCopy());
        }
    }

    private static ObjectNode withoutVersion(ObjectNode command) {
        ObjectNode copy = command.deepCopy();
        copy.remove("version");
        return copy;
    }

    /** The public view of a stored command. */
    static RegisteredCommand registered(JsonNode command) {
        OptionalLong guild = command.hasNonNull("guild_id") ? OptionalLong.of(Json.snowflake(command.path("guild_id")))
                : OptionalLong.empty();
        return new RegisteredCommand(Json.snowflake(command.path("id")), guild, command.path("type").asInt(),
                command.path("name").asText(), command.path("description").asText(""),
                Json.snowflake(command.path("version")), Json.write(command));
    }
}
