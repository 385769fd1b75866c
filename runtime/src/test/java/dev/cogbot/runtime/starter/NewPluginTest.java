package dev.cogbot.runtime.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What new-plugin accepts as a plugin id and a package, and the names it makes from the id. */
class NewPluginTest {

    @ParameterizedTest
    @ValueSource(strings = {"greeter", "dice-roller", "a", "x2", "tic-tac-toe"})
    void lowercaseWordsSeparatedByDashesArePluginIds(String id) {
        assertThat(NewPlugin.of(id, null, "0.1.0", Optional.empty()).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Greeter", "2dice", "-greeter", "greeter-", "dice--roller", "dice_roller", "dice roller",
            "dice.roller", "../greeter", "a2345678901234567890123456789012345678901"})
    void anythingElseIsRefusedWithOneLineSayingWhatAnIdIs(String id) {
        assertThatThrownBy(() -> NewPlugin.of(id, null, "0.1.0", Optional.empty()))
                .isInstanceOf(StarterException.class)
                .hasMessage("'" + id + "' is not a plugin id: use lowercase letters, digits and single dashes, starting"
                        + " with a letter, at most 40 characters (e.g. greeter, dice-roller)")
                .satisfies(e -> assertThat(((StarterException) e).problem()).isInstanceOf(StarterProblem.NotAPluginId.class));
    }

    @Test
    void thePackageIsMadeFromTheIdUnlessGiven() {
        assertThat(NewPlugin.of("dice-roller", null, "0.1.0", Optional.empty()).javaPackage()).isEqualTo("org.example.diceroller");
        assertThat(NewPlugin.of("dice-roller", "com.acme.dice", "0.1.0", Optional.empty()).javaPackage()).isEqualTo("com.acme.dice");
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.acme.", "com..acme", "com.acme-dice", "com.2acme", "com.class.dice", ""})
    void aPackageThatIsNotAJavaPackageIsRefused(String pkg) {
        assertThatThrownBy(() -> NewPlugin.of("dice", pkg, "0.1.0", Optional.empty()))
                .isInstanceOf(StarterException.class)
                .hasMessage("'" + pkg + "' is not a Java package: use dot-separated Java names, e.g. --package org.example.greeter");
    }

    @Test
    void anIdThatMakesAKeywordPackageAsksForOne() {
        assertThatThrownBy(() -> NewPlugin.of("new", null, "0.1.0", Optional.empty()))
                .hasMessage("'org.example.new', the package made from the plugin id, is not a Java package: name one with --package");
        assertThat(NewPlugin.of("new", "org.example.newplugin", "0.1.0", Optional.empty()).javaPackage())
                .isEqualTo("org.example.newplugin");
    }

    @Test
    void theCogIsNamedForTheIdInUpperCamelCase() {
        assertThat(NewPlugin.of("greeter", null, "0.1.0", Optional.empty()).cogClass()).isEqualTo("GreeterCog");
        assertThat(NewPlugin.of("dice-roller-2", null, "0.1.0", Optional.empty()).cogClass()).isEqualTo("DiceRoller2Cog");
    }

    @Test
    void theRepositoryIsKeptAsAnAbsolutePath() {
        Path relative = Path.of("repository");
        assertThat(NewPlugin.of("greeter", null, "0.1.0", Optional.of(relative)).cogbotRepository())
                .contains(relative.toAbsolutePath().normalize());
    }
}
