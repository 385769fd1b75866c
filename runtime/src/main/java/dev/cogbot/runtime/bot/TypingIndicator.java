package dev.cogbot.runtime.bot;

import dev.cogbot.api.Cancellable;
import dev.cogbot.api.Typing;
import dev.cogbot.runtime.scheduling.Lifetime;
import dev.cogbot.runtime.transport.ChannelRef;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * "Is typing…" held open: Discord drops the indicator after about ten seconds, so it is sent again
 * every {@link #REFRESH} until closed.
 */
final class TypingIndicator implements Typing, Cancellable {

    static final Duration REFRESH = Duration.ofSeconds(8);

    private final BotRuntime runtime;
    private final ChannelRef channel;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private volatile Cancellable refresh;
    private volatile Lifetime owner;

    private TypingIndicator(BotRuntime runtime, ChannelRef channel) {
        this.runtime = runtime;
        this.channel = channel;
    }

    static TypingIndicator start(BotRuntime runtime, ChannelRef channel) {
        TypingIndicator typing = new TypingIndicator(runtime, channel);
        runtime.transport().sendTyping(channel);
        typing.scheduleRefresh();
        // a cog that never closes its indicator must not keep typing after it is unloaded
        Lifetime.current().ifPresent(owner -> {
            typing.owner = owner;
            owner.own(typing);
        });
        return typing;
    }

    private void scheduleRefresh() {
        refresh = runtime.scheduler().schedule(REFRESH, () -> {
            if (open.get()) {
                runtime.scheduler().spawn("typing refresh", () -> {
                    if (open.get()) {
                        runtime.transport().sendTyping(channel);
                        scheduleRefresh();
                    }
                });
            }
        });
    }

    @Override
    public void close() {
        if (open.compareAndSet(true, false)) {
            Cancellable pending = refresh;
            if (pending != null) {
                pending.cancel();
            }
            Lifetime o = owner;
            if (o != null) {
                o.release(this);
            }
        }
    }

    @Override
    public void cancel() {
        close();
    }

    @Override
    public boolean isCancelled() {
        return !open.get();
    }
}
