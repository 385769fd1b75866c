package dev.cogbot.runtime.transport.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cogbot.runtime.transport.console.ConsoleInput.Blank;
import dev.cogbot.runtime.transport.console.ConsoleInput.Help;
import dev.cogbot.runtime.transport.console.ConsoleInput.ListPlugins;
import dev.cogbot.runtime.transport.console.ConsoleInput.Quit;
import dev.cogbot.runtime.transport.console.ConsoleInput.Say;
import dev.cogbot.runtime.transport.console.ConsoleInput.SwitchUser;
import dev.cogbot.runtime.transport.console.ConsoleInput.Unknown;
import org.junit.jupiter.api.Test;

class ConsoleInputTest {

    @Test
    void plainLinesAreMessages() {
        assertThat(ConsoleInput.parse("!joke")).isEqualTo(new Say("!joke"));
        assertThat(ConsoleInput.parse("  hello there \t")).isEqualTo(new Say("hello there"));
    }

    @Test
    void blankLinesAreNothing() {
        assertThat(ConsoleInput.parse("")).isEqualTo(new Blank());
        assertThat(ConsoleInput.parse(" \t ")).isEqualTo(new Blank());
    }

    @Test
    void doubleSlashEscapesASlash() {
        assertThat(ConsoleInput.parse("//shrug")).isEqualTo(new Say("/shrug"));
        assertThat(ConsoleInput.parse("///")).isEqualTo(new Say("//"));
    }

    @Test
    void consoleCommands() {
        assertThat(ConsoleInput.parse("/as bob")).isEqualTo(new SwitchUser("bob"));
        assertThat(ConsoleInput.parse("/as   bob  ")).isEqualTo(new SwitchUser("bob"));
        assertThat(ConsoleInput.parse("/as")).isEqualTo(new SwitchUser(""));
        assertThat(ConsoleInput.parse("/AS Bob")).isEqualTo(new SwitchUser("Bob"));
        assertThat(ConsoleInput.parse("/plugins")).isEqualTo(new ListPlugins());
        assertThat(ConsoleInput.parse("/help")).isEqualTo(new Help());
        assertThat(ConsoleInput.parse("/quit")).isEqualTo(new Quit());
    }

    @Test
    void unknownCommandsKeepTheirName() {
        assertThat(ConsoleInput.parse("/dance wildly")).isEqualTo(new Unknown("/dance"));
        assertThat(ConsoleInput.parse("/")).isEqualTo(new Unknown("/"));
    }

    @Test
    void reactUnreactEditAndDeleteNameAMessageByItsNumber() {
        assertThat(ConsoleInput.parse("/react 3 👍")).isEqualTo(new ConsoleInput.React("3", "👍", true));
        assertThat(ConsoleInput.parse("/unreact 3 👍")).isEqualTo(new ConsoleInput.React("3", "👍", false));
        assertThat(ConsoleInput.parse("/edit 3 hello world")).isEqualTo(new ConsoleInput.Edit("3", "hello world"));
        assertThat(ConsoleInput.parse("/delete 3")).isEqualTo(new ConsoleInput.Delete("3"));
    }

    @Test
    void aReactWithoutANumberSaysHowToWriteIt() {
        assertThat(ConsoleInput.parse("/react 👍")).isEqualTo(
                new ConsoleInput.Malformed("/react N EMOJI, N being a message's number, e.g. /react 3 👍"));
    }

    @Test
    void anEditWithoutTextSaysHowToWriteIt() {
        assertThat(ConsoleInput.parse("/edit 3")).isInstanceOf(ConsoleInput.Malformed.class);
    }
}
