package dev.cogbot.runtime.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CogScannerSnakeCaseTest {

    @Test
    void camelCaseBecomesSnakeCase() {
        assertThat(CogScanner.snakeCase("knockKnock")).isEqualTo("knock_knock");
    }

    @Test
    void aSingleLowerCaseWordStaysAsItIs() {
        assertThat(CogScanner.snakeCase("ping")).isEqualTo("ping");
    }

    @Test
    void aNameAlreadyInSnakeCaseStaysAsItIs() {
        assertThat(CogScanner.snakeCase("knock_knock")).isEqualTo("knock_knock");
    }

    @Test
    void aDigitBeforeAnUpperCaseLetterStartsANewWord() {
        assertThat(CogScanner.snakeCase("play2Games")).isEqualTo("play2_games");
    }

    @Test
    void aRunOfCapitalsStaysOneWord() {
        assertThat(CogScanner.snakeCase("getURL")).isEqualTo("get_url");
    }

    @Test
    void theResultIsLowerCase() {
        assertThat(CogScanner.snakeCase("Ping")).isEqualTo("ping");
    }
}
