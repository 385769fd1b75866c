package dev.cogbot.runtime.interactions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.api.Click;
import dev.cogbot.api.Cog;
import dev.cogbot.api.OnComponent;
import dev.cogbot.runtime.commands.CogBinding;
import dev.cogbot.runtime.commands.CogDefinitionException;
import org.junit.jupiter.api.Test;

/** Which {@code @OnComponent} methods a cog may declare, checked when it loads. */
class ComponentScannerTest {

    static final class PollCog implements Cog {
        @OnComponent("poll")
        public void vote(Click click) {
        }

        @OnComponent("poll-admin_2")
        public void close(Click click) {
        }
    }

    static final class ColonCog implements Cog {
        @OnComponent("poll:yes")
        public void vote(Click click) {
        }
    }

    static final class TwiceCog implements Cog {
        @OnComponent("poll")
        public void vote(Click click) {
        }

        @OnComponent("poll")
        public void again(Click click) {
        }
    }

    static final class NoClickCog implements Cog {
        @OnComponent("poll")
        public void vote() {
        }
    }

    private static CogBinding bound(Cog cog) {
        return new CogBinding(cog, null, false);
    }

    @Test
    void readsEachHandlerWithItsPrefix() {
        assertThat(ComponentScanner.scan(bound(new PollCog())))
                .extracting(ComponentHandler::prefix, ComponentHandler::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("poll-admin_2", "PollCog.close"),
                        org.assertj.core.groups.Tuple.tuple("poll", "PollCog.vote"));
    }

    @Test
    void aPrefixIsTheIdsFirstPartOnly() {
        assertThatThrownBy(() -> ComponentScanner.scan(bound(new ColonCog())))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@OnComponent(\"poll:yes\") on ColonCog.vote: the prefix must be 1 to 50 letters, digits,"
                        + " '-' or '_' (the part of a component id before its first ':'), e.g. @OnComponent(\"poll\")");
    }

    @Test
    void onePrefixHasOneHandler() {
        assertThatThrownBy(() -> ComponentScanner.scan(bound(new TwiceCog())))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@OnComponent(\"poll\") on TwiceCog.vote: TwiceCog.again handles \"poll\" already;"
                        + " one method handles each prefix");
    }

    @Test
    void aHandlerTakesTheClick() {
        assertThatThrownBy(() -> ComponentScanner.scan(bound(new NoClickCog())))
                .isInstanceOf(CogDefinitionException.class)
                .hasMessage("@OnComponent(\"poll\") on NoClickCog.vote must be declared as void vote(Click click)");
    }
}
