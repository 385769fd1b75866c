package dev.cogbot.runtime.transport;

import dev.cogbot.api.User;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Something a user did that the bot must answer: a slash command, a request for suggestions while
 * typing one, or a click on a component. Plain data, and the {@link InteractionResponder} to answer
 * with.
 *
 * <p>Option values arrive as text, as a user would type them: a number as digits, a boolean as
 * {@code true}/{@code false}, a user, channel or role as its id (which the transport has seen, so
 * looking it up asks nothing of the network).
 */
public sealed interface IncomingInteraction {

    String id();

    ChannelRef channel();

    User user();

    /** The user as a member of the channel's server; {@code null} in a DM. */
    MemberRef member();

    InteractionResponder responder();

    /**
     * A slash command.
     *
     * @param path    the command and, for a subcommand, its name: {@code ["plugins", "load"]}
     * @param options the options given, by name, in the order given
     */
    record CommandUse(String id, ChannelRef channel, User user, MemberRef member, List<String> path,
            Map<String, String> options, InteractionResponder responder) implements IncomingInteraction {

        public CommandUse {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(responder, "responder");
            path = List.copyOf(path);
            options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /**
     * A user typing an option that has suggestions.
     *
     * @param options what is typed so far, the focused option's partial value included
     * @param focused the name of the option being typed
     */
    record Autocomplete(String id, ChannelRef channel, User user, MemberRef member, List<String> path,
            Map<String, String> options, String focused, InteractionResponder responder) implements IncomingInteraction {

        public Autocomplete {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(focused, "focused");
            Objects.requireNonNull(responder, "responder");
            path = List.copyOf(path);
            options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        }
    }

    /**
     * A click on a button, or a choice in a select menu.
     *
     * @param message     the message the component is on
     * @param componentId the component's id, as the plugin gave it
     * @param values      a select menu's chosen values; empty for a button
     */
    record ComponentUse(String id, ChannelRef channel, User user, MemberRef member, IncomingMessage message,
            String componentId, List<String> values, InteractionResponder responder) implements IncomingInteraction {

        public ComponentUse {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(componentId, "componentId");
            Objects.requireNonNull(responder, "responder");
            values = List.copyOf(values);
        }
    }
}
