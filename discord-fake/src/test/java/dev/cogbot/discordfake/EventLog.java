package dev.cogbot.discordfake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;

/** A JDA listener keeping every event, with futures for the ones a test waits for. */
final class EventLog implements EventListener {

    private record Waiter(Predicate<GenericEvent> condition, CompletableFuture<GenericEvent> future) {
    }

    private final List<GenericEvent> events = new ArrayList<>();
    private final List<Waiter> waiters = new ArrayList<>();

    @Override
    public synchronized void onEvent(GenericEvent event) {
        events.add(event);
        waiters.removeIf(w -> w.condition().test(event) && w.future().complete(event));
    }

    /** The first event (received before or after this call) of {@code type} meeting {@code condition}. */
    synchronized <T extends GenericEvent> CompletableFuture<T> first(Class<T> type, Predicate<? super T> condition) {
        Predicate<GenericEvent> matches = e -> type.isInstance(e) && condition.test(type.cast(e));
        CompletableFuture<GenericEvent> future = new CompletableFuture<>();
        events.stream().filter(matches).findFirst().ifPresentOrElse(future::complete,
                () -> waiters.add(new Waiter(matches, future)));
        return future.thenApply(type::cast);
    }

    /** Every event received so far of {@code type} meeting {@code condition}. */
    synchronized <T extends GenericEvent> List<T> all(Class<T> type, Predicate<? super T> condition) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(condition::test).toList();
    }

}
