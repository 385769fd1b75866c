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

    @Test
    void hidesBothWordsOfAnEncryptedH2StoresPassword() {
        assertThat(JdbcUrls.redact("jdbc:h2:file:/x;CIPHER=AES;PASSWORD=filesecret usersecret;AUTO_SERVER=FALSE"))
                .isEqualTo("jdbc:h2:file:/x;CIPHER=AES;PASSWORD=***;AUTO_SERVER=FALSE");
    }

    @Test
    void hidesFilePasswordSettings() {
        assertThat(JdbcUrls.redact("jdbc:h2:file:/x;CIPHER=AES;FILE_PASSWORD=secret;PASSWORD=pw"))
                .isEqualTo("jdbc:h2:file:/x;CIPHER=AES;FILE_PASSWORD=***;PASSWORD=***");
    }

    @Test
    void hidesPasswordNamedSettingsInAnyCaseAndPosition() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/cogbot?sslPassword=a&user=bot&Pwd=b;trustStorePassword=c"))
                .isEqualTo("jdbc:postgresql://db/cogbot?sslPassword=***&user=bot&Pwd=***;trustStorePassword=***");
    }

    @Test
    void hidesAPasswordRightAfterTheQuestionMark() {
        assertThat(JdbcUrls.redact("jdbc:mysql://db/cogbot?PASSWORD=hunter2"))
                .isEqualTo("jdbc:mysql://db/cogbot?PASSWORD=***");
    }

    @Test
    void aQuestionMarkInsideAPasswordDoesNotEndIt() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/cogbot?password=hun?ter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/cogbot?password=***&ssl=true");
    }

    @Test
    void hidesOracleStyleSecrets() {
        assertThat(JdbcUrls.redact("jdbc:oracle:thin:bot/hunter2@db.example:1521/cogbot"))
                .isEqualTo("jdbc:oracle:thin:bot/***@db.example:1521/cogbot");
    }

    @Test
    void hidesAllOfAnOracleSecretHoldingAnAtSign() {
        assertThat(JdbcUrls.redact("jdbc:oracle:thin:bot/hun@ter2@//db.example:1521/cogbot"))
                .isEqualTo("jdbc:oracle:thin:bot/***@//db.example:1521/cogbot");
    }

    @Test
    void leavesOracleUrlsWithoutCredentialsAlone() {
        assertThat(JdbcUrls.redact("jdbc:oracle:thin:@//db.example:1521/cogbot"))
                .isEqualTo("jdbc:oracle:thin:@//db.example:1521/cogbot");
    }

    @Test
    void redactingTwiceChangesNothingMore() {
        String once = JdbcUrls.redact("jdbc:h2:file:/x;FILE_PASSWORD=s;PASSWORD=p jdbc:oracle:thin:u/p@h:1/s");
        assertThat(JdbcUrls.redact(once)).isEqualTo(once);
    }
}
