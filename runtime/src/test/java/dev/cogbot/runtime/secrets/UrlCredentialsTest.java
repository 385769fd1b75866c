package dev.cogbot.runtime.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlCredentialsTest {

    @Test
    void hidesTheSecretButKeepsTheUser() {
        assertThat(UrlCredentials.redact("http://user:secret@proxy.example:8080/api/v10/"))
                .isEqualTo("http://user:***@proxy.example:8080/api/v10/");
    }

    @Test
    void hidesALoneTokenInTheUserPart() {
        assertThat(UrlCredentials.redact("https://ghp_abc123@proxy.example/api/v10/"))
                .isEqualTo("https://***@proxy.example/api/v10/");
    }

    @Test
    void hidesCredentialsOfAUrlQuotedInAMessage() {
        assertThat(UrlCredentials.redact("cannot log in to Discord at http://u:p%40ss@127.0.0.1:9/api/v10/: refused"))
                .isEqualTo("cannot log in to Discord at http://u:***@127.0.0.1:9/api/v10/: refused");
    }

    @Test
    void leavesUrlsWithoutCredentialsAlone() {
        assertThat(UrlCredentials.redact("https://discord.com/api/v10/ and mailto:someone@example.com"))
                .isEqualTo("https://discord.com/api/v10/ and mailto:someone@example.com");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String once = UrlCredentials.redact("http://user:secret@host/ http://token@host/");
        assertThat(UrlCredentials.redact(once)).isEqualTo(once).isEqualTo("http://user:***@host/ http://***@host/");
    }

    @Test
    void hidesAllOfASecretHoldingAnUnencodedAtSign() {
        assertThat(UrlCredentials.redact("http://bot:p@ss/word@proxy.example:8080/api/v10/"))
                .isEqualTo("http://bot:***@proxy.example:8080/api/v10/");
    }

    @Test
    void hidesAllOfALoneTokenHoldingAnUnencodedAtSign() {
        assertThat(UrlCredentials.redact("https://to@ken@proxy.example/api/v10/"))
                .isEqualTo("https://***@proxy.example/api/v10/");
    }

    @Test
    void anAtSignInTheQueryIsNotTakenForTheEndOfTheSecret() {
        assertThat(UrlCredentials.redact("http://bot:secret@proxy.example/api?from=me@example.com"))
                .isEqualTo("http://bot:***@proxy.example/api?from=me@example.com");
    }

    @Test
    void aPortFollowedByAPathWithAnAtSignIsNotASecret() {
        assertThat(UrlCredentials.redact("GET http://127.0.0.1:9/api/v10/users/@me failed"))
                .isEqualTo("GET http://127.0.0.1:9/api/v10/users/@me failed");
    }
}
