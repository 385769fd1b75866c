package dev.cogbot.runtime.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cogbot.runtime.plugins.PluginProblem;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlResponseTest {

    private static ControlResponse read(String wire) throws Exception {
        return ControlResponse.read(new BufferedReader(new StringReader(wire)));
    }

    @Test
    void linesAndOutcomeReadBack() throws Exception {
        ControlResponse response = ControlResponse.ok(List.of("first", "", "tab\there"));
        assertThat(response.wireText()).isEqualTo("line\tfirst\nline\t\nline\ttab\\there\nend\tok\n");
        assertThat(read(response.wireText())).isEqualTo(response);
    }

    @Test
    void aTextWithLineBreaksGoesAsSeveralLines() throws Exception {
        ControlResponse response = ControlResponse.refused(Outcome.PLUGIN_FAILED, "one\ntwo");
        assertThat(read(response.wireText())).isEqualTo(new ControlResponse(Outcome.PLUGIN_FAILED, List.of("one", "two")));
    }

    @Test
    void everyOutcomeHasAWireName() throws Exception {
        for (Outcome outcome : Outcome.values()) {
            assertThat(read(new ControlResponse(outcome, List.of()).wireText()).outcome()).isEqualTo(outcome);
        }
        assertThat(Outcome.NO_SUCH_PLUGIN.wireName()).isEqualTo("no-such-plugin");
    }

    @Test
    void anOutcomeFromANewerBotCountsAsFailed() throws Exception {
        assertThat(read("end\tmaybe\n").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aResponseCutShortIsAProtocolError() {
        assertThatThrownBy(() -> read("line\thalf\n"))
                .isInstanceOf(ControlProtocolException.class)
                .hasMessageContaining("before it finished answering");
        assertThatThrownBy(() -> read("what\tis this\n")).hasMessageContaining("unexpected response line");
    }

    @Test
    void eachPluginProblemHasItsOutcome() {
        assertThat(Outcome.of(new PluginProblem.NoSuchPlugin("x"))).isEqualTo(Outcome.NO_SUCH_PLUGIN);
        assertThat(Outcome.of(new PluginProblem.OutsidePluginsFolder("../x.jar"))).isEqualTo(Outcome.BAD_REQUEST);
        List<PluginProblem> refusals = List.of(
                new PluginProblem.NotAPluginJar("x.jar", "why"),
                new PluginProblem.AlreadyLoaded("x", "x.jar"),
                new PluginProblem.DuplicateId("x", "x.jar", "y.jar"),
                new PluginProblem.MissingDependencies("x", "x.jar", List.of("y")),
                new PluginProblem.NeedsNewerRuntime("x", "x.jar", ">=9", "0.1.0"),
                new PluginProblem.StartFailed("x", "x.jar", "boom"),
                new PluginProblem.BadSetting("x", "x.jar", "setting x.y (from x.y in cogbot.properties) must be text, got "),
                new PluginProblem.HasDependants("x", List.of("y")),
                new PluginProblem.BundlesTheApi("x", "x.jar"),
                new PluginProblem.IndexedClassMissing("x", "x.jar", "a.B"),
                new PluginProblem.NotACog("x", "x.jar", "a.B"),
                new PluginProblem.MissingExtensionIndex("x", "x.jar", List.of("a.B")),
                new PluginProblem.MissingExtension("x", "x.jar", "a.B"),
                new PluginProblem.NoCogs("x", "x.jar"));
        refusals.forEach(problem -> assertThat(Outcome.of(problem)).as(problem.toString()).isEqualTo(Outcome.PLUGIN_FAILED));
    }
}
