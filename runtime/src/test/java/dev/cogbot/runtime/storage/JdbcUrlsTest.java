package dev.cogbot.runtime.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void leavesUrlsWithoutCredentialsAlone() {
        assertThat(JdbcUrls.redact("jdbc:h2:file:/data/cogbot;AUTO_SERVER=FALSE"))
                .isEqualTo("jdbc:h2:file:/data/cogbot;AUTO_SERVER=FALSE");
    }

    @Test
    void hidesH2StylePasswords() {
        assertThat(JdbcUrls.redact("jdbc:h2:file:/d/cogbot;USER=sa;PASSWORD=hunter2;AUTO_SERVER=FALSE"))
                .isEqualTo("jdbc:h2:file:/d/cogbot;USER=sa;PASSWORD=***;AUTO_SERVER=FALSE");
    }

    @Test
    void hidesQueryStringPasswords() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/cogbot?user=bot&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/cogbot?user=bot&password=***&ssl=true");
    }

    @Test
    void hidesUserInfoSecrets() {
        assertThat(JdbcUrls.redact("jdbc:mysql://bot:hunter2@db:3306/cogbot"))
                .isEqualTo("jdbc:mysql://bot:***@db:3306/cogbot");
    }
}
