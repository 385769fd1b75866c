package dev.cogbot.runtime.bot;

import dev.cogbot.api.Activity;
import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Channel;
import dev.cogbot.api.Check;
import dev.cogbot.api.Converter;
import dev.cogbot.api.ErrorHandler;
import dev.cogbot.api.Hook;
import dev.cogbot.api.Loop;
import dev.cogbot.api.Message;
import dev.cogbot.api.Settings;
import dev.cogbot.api.GlobalStore;
import dev.cogbot.api.Timers;
import dev.cogbot.api.User;
import dev.cogbot.api.error.CommandCancelled;
import dev.cogbot.api.error.CommandError;
import dev.cogbot.api.error.ReplyTimeout;
import dev.cogbot.api.error.WaitTimedOut;
import dev.cogbot.api.event.Event;
import dev.cogbot.api.event.MessageReceived;
import dev.cogbot.runtime.commands.HostedBot;
import dev.cogbot.runtime.commands.CheckNames;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.scheduling.Park;
import dev.cogbot.runtime.storage.JsonRecords;
import dev.cogbot.runtime.storage.NamespaceStore;
import dev.cogbot.runtime.storage.StoreScope;
import dev.cogbot.runtime.timers.PluginTimers;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** One plugin's {@link dev.cogbot.api.Bot}: the runtime's abilities, with everything tied to the plugin's {@link Lifetime}. */
final class PluginBot implements HostedBot {

    private final BotRuntime runtime;
    private final String pluginId;
    private final Lifetime lifetime;
    private final Settings settings;
    /** The plugin's own: Jackson's knowledge of the plugin's record types goes with the plugin. */
    private final JsonRecords records = JsonRecords.create();
    private final GlobalStore store;
    private final PluginTimers timers;

    PluginBot(BotRuntime runtime, String pluginId, Lifetime lifetime, Settings settings) {
        this.runtime = runtime;
        this.pluginId = pluginId;
        this.lifetime = lifetime;
        this.settings = settings;
        this.store = NamespaceStore.of(runtime.storage(), StoreScope.plugin(pluginId), records);
        this.timers = new PluginTimers(pluginId, lifetime, runtime.timerStore(), new BoundChannels(runtime),
                this::waitUntilReady);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public Lifetime lifetime() {
        return lifetime;
    }

    @Override
    public User user() {
        return runtime.self();
    }

    @Override
    public boolean isReady() {
        return runtime.isReady();
    }

    @Override
    public void waitUntilReady() {
        requireRunning();
        try {
            runtime.awaitReady();
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    @Override
    public void changePresence(Activity activity) {
        runtime.changePresence(activity);
    }

    @Override
    public Instant now() {
        return runtime.scheduler().now();
    }

    @Override
    public void sleep(Duration duration) {
        requireRunning();
        try {
            runtime.scheduler().sleep(duration);
        } catch (InterruptedException e) {
            throw cancelled();
        }
    }

    @Override
    public Message waitFor(Predicate<Message> check, Duration timeout) {
        Event reply = await(MessageReceived.class, null, event -> check.test(((MessageReceived) event).message()), timeout,
                () -> new ReplyTimeout(timeout));
        return ((MessageReceived) reply).message();
    }

    @Override
    public <E extends Event> E waitFor(Class<E> type, Predicate<? super E> check, Duration timeout) {
        return type.cast(await(type, null, event -> check.test(type.cast(event)), timeout,
                () -> new WaitTimedOut(type, timeout)));
    }

    @Override
    public Message waitForReply(User author, Channel channel, Predicate<Message> check, Duration timeout) {
        Event reply = await(MessageReceived.class, new EventWaiters.Key(channel.id(), author.id()),
                event -> check.test(((MessageReceived) event).message()), timeout, () -> new ReplyTimeout(timeout));
        return ((MessageReceived) reply).message();
    }

    /** Waits for an event; {@code timedOut} is what an unanswered wait throws (a message wait's differs from an event wait's). */
    private Event await(Class<? extends Event> type, EventWaiters.Key key, Predicate<Event> check, Duration timeout,
            Supplier<CommandError> timedOut) {
        requireRunning();
        if (runtime.isDraining()) {
            throw new CommandCancelled("no more input is coming");
        }
        Park<Event> park = runtime.scheduler().park();
        EventWaiters.Waiter waiter = new EventWaiters.Waiter(type, key, check, park);
        runtime.waiters().add(waiter);
        if (runtime.isDraining()) {
            park.fail(new CommandCancelled("no more input is coming"));
        }
        try {
            return runtime.scheduler().await(park, timeout);
        } catch (TimeoutException e) {
            throw timedOut.get();
        } catch (InterruptedException e) {
            throw cancelled();
        } catch (ExecutionException e) {
            // a CommandError (no more input), or what the plugin's own check threw: the plugin's to handle
            if (e.getCause() instanceof RuntimeException thrown) {
                throw thrown;
            }
            if (e.getCause() instanceof Error thrown) {
                throw thrown;
            }
            throw cancelled();
        } finally {
            runtime.waiters().remove(waiter);
        }
    }

    @Override
    public Loop loop(Duration interval, Runnable body) {
        return new RuntimeLoop(lifetime, interval, body, runtime.options().leader());
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        return lifetime.schedule("timer", delay, task);
    }

    @Override
    public Timers timers() {
        return timers;
    }

    /** Arms the plugin's durable timers, once its cogs are loaded. */
    void startTimers() {
        timers.start();
    }

    @Override
    public void addCheck(Check check) {
        lifetime.own(runtime.registry().addCheck(CheckNames.withOrigin(check, "a bot-wide check of plugin " + pluginId)));
    }

    @Override
    public void beforeInvoke(Hook hook) {
        lifetime.own(runtime.registry().addBeforeHook(hook));
    }

    @Override
    public void afterInvoke(Hook hook) {
        lifetime.own(runtime.registry().addAfterHook(hook));
    }

    @Override
    public void onCommandError(ErrorHandler handler) {
        lifetime.own(runtime.registry().addErrorHandler(handler));
    }

    @Override
    public <T> void addConverter(Class<T> type, Converter<? extends T> converter) {
        lifetime.own(runtime.registry().converters().register(pluginId, type, converter));
    }

    @Override
    public boolean isOwner(User user) {
        return runtime.isOwner(user);
    }

    @Override
    public GlobalStore store() {
        return store;
    }

    @Override
    public GlobalStore sharedStore(String name) {
        return NamespaceStore.of(runtime.storage(), StoreScope.shared(name), records);
    }

    @Override
    public Settings settings() {
        return settings;
    }

    private void requireRunning() {
        if (lifetime.isClosed()) {
            throw cancelled();
        }
    }

    private CommandCancelled cancelled() {
        return new CommandCancelled("plugin " + pluginId + " is stopping");
    }
}
