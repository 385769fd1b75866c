package dev.cogbot.discordfake;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;

/** Builds a bare JDA client against a {@link FakeDiscord}, the way cogbot's transport would. */
final class Jda {

    static final Set<GatewayIntent> INTENTS = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT,
            GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGE_REACTIONS);
    static final Duration READY_TIMEOUT = Duration.ofSeconds(30);

    private Jda() {
    }

    static JDABuilder builder(FakeDiscord fake, String token, Set<GatewayIntent> intents) {
        return JDABuilder.createLight(token, intents)
                .setRestConfig(new RestConfig().setBaseUrl(fake.restBaseUrl()))
                .setSessionController(new FakeGatewaySessionController(fake.restBaseUrl()))
                .setEnableShutdownHook(false);
    }

    /** Logs in with {@link #INTENTS} and waits (with a timeout) until JDA is ready. */
    static JDA login(FakeDiscord fake, Object... listeners) {
        return login(builder(fake, fake.token(), INTENTS), listeners);
    }

    static JDA login(JDABuilder builder, Object... listeners) {
        CompletableFuture<JDA> ready = new CompletableFuture<>();
        EventListener readiness = event -> {
            // READY's event fires just before the status turns CONNECTED; wait for the status
            if (event instanceof StatusChangeEvent change && change.getNewStatus() == JDA.Status.CONNECTED) {
                ready.complete(event.getJDA());
            } else if (event instanceof ShutdownEvent) {
                ready.completeExceptionally(new IllegalStateException("JDA shut down before it was ready"));
            }
        };
        JDA jda = builder.addEventListeners(readiness).addEventListeners(listeners).build();
        try {
            // JDA has no awaitReady(timeout); an incomplete GUILD_CREATE would stall it for over a minute
            return ready.get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            shutdown(jda);
            throw new AssertionError("JDA did not get ready within " + READY_TIMEOUT + " (status " + jda.getStatus()
                    + ")", e);
        }
    }

    static void shutdown(JDA jda) {
        if (jda == null) {
            return;
        }
        jda.shutdownNow();
        try {
            jda.awaitShutdown(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a JDA future with a timeout; failures surface as the cause. */
    static <T> T get(CompletableFuture<T> future) {
        try {
            return future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }
}
