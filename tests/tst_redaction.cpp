#include "redaction_p.h"

#include <SlackLog/Redaction>

#include <QtTest/QTest>

class tst_Redaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacted_data();
    void redacted();
    void secretsAreStrippedFromText_data();
    void secretsAreStrippedFromText();
    void anythingLikeASecretIsMasked_data();
    void anythingLikeASecretIsMasked();
};

void tst_Redaction::redacted_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("secret");
    QTest::addRow("slack")
            << "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx"
            << "https://hooks.slack.com/services/T0123ABCD/B0123ABCD/****"
            << "abcdefghijklmnopqrstuvwx";
    QTest::addRow("stand-in")
            << "http://127.0.0.1:4711/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
            << "http://127.0.0.1:4711/services/T00000000/B00000000/****"
            << "XXXXXXXXXXXXXXXXXXXXXXXX";
    QTest::addRow("query and user info dropped")
            << "https://user:pw@hooks.slack.com/services/T1/B1/secretsecretsecret?token=abc#frag"
            << "https://hooks.slack.com/services/T1/B1/****"
            << "secretsecretsecret";
    QTest::addRow("mattermost") << "https://chat.example.com/hooks/xbxyz1234567890abcdefghij"
                                << "https://chat.example.com/hooks/****"
                                << "xbxyz1234567890abcdefghij";
    QTest::addRow("discord") << "https://discord.com/api/webhooks/123456789012345678/"
                                "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/slack"
                             << "https://discord.com/api/webhooks/123456789012345678/****/slack"
                             << "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
    QTest::addRow("short unknown path") << "https://example.com/hook/abc"
                                        << "https://example.com/hook/****"
                                        << "abc";
    QTest::addRow("empty") << ""
                           << ""
                           << "";
}

void tst_Redaction::redacted()
{
    QFETCH(QString, url);
    QFETCH(QString, shown);
    QFETCH(QString, secret);
    const QString result = SlackLog::redactedUrl(QUrl(url));
    QCOMPARE(result, shown);
    if (!secret.isEmpty())
        QVERIFY(!result.contains(secret));
}

void tst_Redaction::secretsAreStrippedFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stripped");
    QTest::addRow("an Express 404 page")
            << "Cannot POST /services/T0001/B0001/abcdefghijklmnopqrstuvwx"
            << "Cannot POST /services/T0001/B0001/****";
    QTest::addRow("the whole URL")
            << "Error transferring "
               "https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx - server "
               "replied: Not Found"
            << "Error transferring https://hooks.slack.com/services/T0001/B0001/**** - server "
               "replied: Not Found";
    QTest::addRow("the token alone") << "token abcdefghijklmnopqrstuvwx is revoked"
                                     << "token **** is revoked";
    QTest::addRow("nothing secret") << "no_service"
                                    << "no_service";
}

void tst_Redaction::secretsAreStrippedFromText()
{
    QFETCH(QString, text);
    QFETCH(QString, stripped);
    const QUrl url(QStringLiteral(
            "https://hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx"));
    QCOMPARE(SlackLog::Internal::withoutSecret(text, url), stripped);
}

void tst_Redaction::anythingLikeASecretIsMasked_data()
{
    // Text about a value that was pasted into the wrong setting.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::addColumn<QString>("secret");
    QTest::addRow("a webhook URL")
            << "SLACKLOG_RETRY_MAX_MS is \"https://hooks.slack.com/services/T0001/B0001/"
               "abcdefghijklmnopqrstuvwx\", which is not a whole number"
            << "SLACKLOG_RETRY_MAX_MS is \"https://hooks.slack.com/services/T0001/B0001/****\", "
               "which is not a whole number"
            << "abcdefghijklmnopqrstuvwx";
    QTest::addRow("a webhook URL without its scheme")
            << "critical=hooks.slack.com/services/T0001/B0001/abcdefghijklmnopqrstuvwx is wrong"
            << "critical=hooks.slack.com/services/**** is wrong"
            << "abcdefghijklmnopqrstuvwx";
    QTest::addRow("a bot token") << "the mention \"xoxb-1234-5678-AbCdEfGhIjKl\" is not one"
                                 << "the mention \"xoxb-…****\" is not one"
                                 << "AbCdEfGhIjKl";
    QTest::addRow("a proxy's password") << "SLACKLOG_PROXY is \"ftp://user:hunter2@proxy:21\""
                                        << "SLACKLOG_PROXY is \"ftp://proxy:21\""
                                        << "hunter2";
    QTest::addRow("a secret alone") << "channel Xq7Rk2LmN9pV3sT8wY5zA1bC is not a channel"
                                    << "channel **** is not a channel"
                                    << "Xq7Rk2LmN9pV3sT8wY5zA1bC";
    QTest::addRow("words and numbers stay")
            << "The retry time must be from 0 to 604800000 ms; categoryRules app.db.debug=false"
            << "The retry time must be from 0 to 604800000 ms; categoryRules app.db.debug=false"
            << QString();
}

void tst_Redaction::anythingLikeASecretIsMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QFETCH(QString, secret);
    const QString result = SlackLog::Internal::withoutSecrets(text);
    QCOMPARE(result, masked);
    if (!secret.isEmpty())
        QVERIFY(!result.contains(secret));
}

QTEST_GUILESS_MAIN(tst_Redaction)
#include "tst_redaction.moc"
