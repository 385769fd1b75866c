package dev.cogbot.runtime.interactions;

import dev.cogbot.api.Draft;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.runtime.commands.CommandDefinition;
import dev.cogbot.runtime.commands.CommandRegistry;
import dev.cogbot.runtime.commands.Completers;
import dev.cogbot.runtime.commands.Dispatcher;
import dev.cogbot.runtime.commands.MethodInvoker;
import dev.cogbot.runtime.commands.SlashName;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.transport.ApplicationCommand;
import dev.cogbot.runtime.transport.IncomingInteraction.Autocomplete;
import dev.cogbot.runtime.transport.IncomingInteraction.CommandUse;
import dev.cogbot.runtime.transport.IncomingInteraction.ComponentUse;
import dev.cogbot.runtime.transport.IncomingInteraction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves what users do through interactions: a slash command runs through the {@link Dispatcher}
 * as a prefix command does, answering its interaction; a request for suggestions asks the cog's
 * {@code @Arg(complete)} method; a click reaches the {@code @OnComponent} method of the plugin that
 * claims its id. Each runs on a thread of its plugin; whatever happens, the interaction is answered.
 *
 * <pre>{@code
 * Interactions interactions = new Interactions(registry, dispatcher, components, host);
 * interactions.serve(interaction);   // from the transport listener, off the transport's thread
 * }</pre>
 */
public final class Interactions {

    /** The most suggestions Discord shows, and the most characters of each. */
    static final int MAX_SUGGESTIONS = 25;
    static final int MAX_SUGGESTION_LENGTH = 100;

    private static final Logger log = LoggerFactory.getLogger(Interactions.class);

    private final CommandRegistry registry;
    private final Dispatcher dispatcher;
    private final ComponentHandlers components;
    private final InteractionHost host;

    public Interactions(CommandRegistry registry, Dispatcher dispatcher, ComponentHandlers components,
            InteractionHost host) {
        this.registry = registry;
        this.dispatcher = dispatcher;
        this.components = components;
        this.host = host;
    }

    /** Starts serving {@code interaction} and returns; its plugin's thread answers it. */
    public void serve(IncomingInteraction interaction) {
        switch (interaction) {
            case CommandUse use -> command(use);
            case Autocomplete asked -> suggest(asked);
            case ComponentUse click -> click(click);
        }
    }

    private void command(CommandUse use) {
        String label = SlashName.label(use.path());
        Optional<CommandDefinition> found = registry.findSlash(use.path());
        if (found.isEmpty()) {
            use.responder().respond(Draft.of(Acknowledgements.unservedCommand(label)).ephemeral());
            return;
        }
        CommandDefinition command = found.get();
        InteractionReplies replies = new InteractionReplies(use.responder(), host, use.channel(), null, label);
        replies.deferWhenSilent(command.cog().bot().lifetime());
        dispatcher.dispatch(new Dispatcher.SlashUse(command, new SlashMessage(use, host, replies),
                String.join(" ", use.path()), use.options(), replies));
    }

    private void suggest(Autocomplete asked) {
        Optional<CommandDefinition> command = registry.findSlash(asked.path());
        Optional<MethodInvoker> completer = command.flatMap(c -> Completers.completer(c, asked.focused()));
        if (completer.isEmpty()) {
            asked.responder().suggest(List.of());
            return;
        }
        Object cog = command.get().cog().cog();
        Lifetime lifetime = command.get().cog().bot().lifetime();
        String typed = asked.options().getOrDefault(asked.focused(), "");
        String name = "suggestions for " + asked.focused() + " of " + SlashName.label(asked.path());
        try {
            lifetime.spawnVirtual(name, () -> asked.responder().suggest(choices(completer.get(), cog, typed, name)));
        } catch (IllegalStateException stopping) {
            asked.responder().suggest(List.of());
        }
    }

    /** What the cog's method suggests, within Discord's limits; a method that fails suggests nothing. */
    private static List<ApplicationCommand.Choice> choices(MethodInvoker completer, Object cog, String typed, String name) {
        Object answered;
        try {
            answered = completer.invoke(cog, typed);
        } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError failed) {
            log.warn("The {} failed; suggesting nothing", name, failed);
            return List.of();
        } catch (Error fatal) {
            throw fatal;
        } catch (Throwable checked) {
            log.warn("The {} failed; suggesting nothing", name, checked);
            return List.of();
        }
        List<ApplicationCommand.Choice> choices = new ArrayList<>();
        if (answered instanceof List<?> suggestions) {
            for (Object suggestion : suggestions) {
                if (choices.size() == MAX_SUGGESTIONS) {
                    break;
                }
                if (suggestion instanceof String text && !text.isEmpty() && text.length() <= MAX_SUGGESTION_LENGTH) {
                    choices.add(new ApplicationCommand.Choice(text, text));
                }
            }
        }
        return List.copyOf(choices);
    }

    private void click(ComponentUse use) {
        Optional<ComponentHandler> found = components.find(use.componentId());
        if (found.isEmpty()) {
            use.responder().respond(Draft.of(Acknowledgements.unclaimedClick()).ephemeral());
            return;
        }
        ComponentHandler handler = found.get();
        InteractionReplies replies = new InteractionReplies(use.responder(), host, use.channel(), use.message(),
                use.componentId());
        Lifetime lifetime = handler.cog().bot().lifetime();
        PluginClick click = new PluginClick(handler.cog().bot(), use, host, replies);
        replies.deferWhenSilent(lifetime);
        try {
            lifetime.spawnVirtual("click " + use.componentId(), new Lifetime.Undoable() {
                @Override
                public void run() {
                    boolean failed = true;
                    try {
                        handler.method().invoke(handler.cog().cog(), click);
                        failed = false;
                    } catch (CommandCancelled stopped) {
                        log.debug("{} stopped on a click on {}: {}", handler.name(), use.componentId(), stopped.getMessage());
                    } catch (RuntimeException | LinkageError | AssertionError | StackOverflowError e) {
                        log.warn("{} of plugin {} failed on a click on {}", handler.name(), handler.cog().pluginId(),
                                use.componentId(), e);
                    } catch (Error fatal) {
                        throw fatal;
                    } catch (Throwable checked) {
                        log.warn("{} of plugin {} failed on a click on {}", handler.name(), handler.cog().pluginId(),
                                use.componentId(), checked);
                    } finally {
                        replies.finished(failed);
                    }
                }

                @Override
                public void neverRan() {
                    replies.finished(false);
                }
            });
        } catch (IllegalStateException stopping) {
            use.responder().respond(Draft.of(Acknowledgements.unclaimedClick()).ephemeral());
        }
    }
}
