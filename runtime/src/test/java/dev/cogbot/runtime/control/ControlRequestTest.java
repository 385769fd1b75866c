package dev.cogbot.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ControlRequestTest {

    @Test
    void everyRequestReadsBackAsItself() throws Exception {
        List<ControlRequest> requests = List.of(new ControlRequest.Plugins(), new ControlRequest.Settings(), new ControlRequest.Status(),
                new ControlRequest.Load("jokes"), new ControlRequest.Load("jokes-0.1.0.jar"),
                new ControlRequest.Unload("jokes", false), new ControlRequest.Unload("jokes", true),
                new ControlRequest.Unload("jokes", false, true), new ControlRequest.Unload("jokes", true, true),
                new ControlRequest.Reload("jokes"), new ControlRequest.Backup("/backups/cogbot 1.zip"));
        for (ControlRequest request : requests) {
            assertThat(ControlRequest.parse(request.line())).isEqualTo(request);
        }
    }

    @Test
    void aRequestIsOneLineOfTabSeparatedWords() {
        assertThat(new ControlRequest.Unload("jokes", true).line()).isEqualTo("unload\tjokes\twith-dependants");
        assertThat(new ControlRequest.Status().line()).isEqualTo("status");
    }

    @Test
    void tabsLineBreaksAndBackslashesInAWordSurviveTheTrip() throws Exception {
        ControlRequest odd = new ControlRequest.Load("a\tb\nc\\d\re");
        assertThat(odd.line()).doesNotContain("\t" + "b").doesNotContain("\n").doesNotContain("\r");
        assertThat(ControlRequest.parse(odd.line())).isEqualTo(odd);
    }

    @Test
    void anUnknownVerbIsNamed() {
        assertThatThrownBy(() -> ControlRequest.parse("restart\tjokes"))
                .isInstanceOf(ControlProtocolException.class)
                .hasMessage("unknown request 'restart'");
    }

    @Test
    void theWrongNumberOfWordsIsRefused() {
        assertThatThrownBy(() -> ControlRequest.parse("load")).hasMessage("load takes 1 word(s), not 0");
        assertThatThrownBy(() -> ControlRequest.parse("status\tnow")).hasMessage("status takes 0 word(s), not 1");
        assertThatThrownBy(() -> ControlRequest.parse("unload\ta\tb\tc\td")).hasMessage("unload takes 1 to 3 word(s), not 4");
    }

    @Test
    void unloadTakesOnlyItsOwnFlag() {
        assertThatThrownBy(() -> ControlRequest.parse("unload\tjokes\tforce"))
                .hasMessageContaining("with-dependants, not 'force'");
    }

    @Test
    void aBrokenEscapeIsRefused() {
        assertThatThrownBy(() -> ControlRequest.parse("load\tjokes\\")).isInstanceOf(ControlProtocolException.class);
        assertThatThrownBy(() -> ControlRequest.parse("load\tjo\\kes")).hasMessageContaining("unknown escape \\k");
    }
}
