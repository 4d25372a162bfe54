#include "outbox_p.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtTest/QTest>

#include <limits>

using namespace SlackLog;
using namespace SlackLog::Internal;

namespace {

Settings settingsFor(const QString &channel)
{
    Settings settings;
    settings.setWebhookUrl(QUrl(QStringLiteral("https://hooks.slack.com/services/T1/B1/secret")));
    settings.setChannel(channel);
    settings.setMessagePattern(QStringLiteral("%{message}"));
    return settings;
}

QJsonObject json(const Batch &batch)
{
    return QJsonDocument::fromJson(batch.payload).object();
}

} // namespace

class tst_Outbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void coalescesWhatWaits();
    void splitsAtTheTextBudget();
    void anOversizedMessageTravelsAlone();
    void settleAndRelease();
    void settingsApplyFromTheirSequence();
    void destinationsAreSeparate();
    void payloadFields_data();
    void payloadFields();

private:
    Record record(quint64 sequence, const QString &text, const Origin *origin = nullptr)
    {
        Record r;
        r.sequence = sequence;
        r.message = text;
        r.level = Level::Warning;
        r.origin = origin ? origin : &m_origin;
        return r;
    }
    void add(Outbox &outbox, std::vector<Record> records, std::vector<ConfigChange> changes = {})
    {
        outbox.add(records, changes, QString());
    }
    std::vector<ConfigChange> initial(const Settings &settings)
    {
        return {{1, DeliveryConfig::compile(settings)}};
    }

    Origin m_origin{"default", {}, {}, 0};
    Origin m_db{"db.sql", {}, {}, 0};
};

void tst_Outbox::coalescesWhatWaits()
{
    Outbox outbox;
    add(outbox, {record(1, QStringLiteral("a")), record(2, QStringLiteral("b"))},
        initial(settingsFor(QString())));
    add(outbox, {record(3, QStringLiteral("c"))});
    QCOMPARE(outbox.messageCount(), 3u);
    const QStringList ready = outbox.readyDestinations();
    QCOMPARE(ready.size(), 1);
    const Batch batch = outbox.takeBatch(ready.constFirst());
    QCOMPARE(batch.messageCount, 3);
    QCOMPARE(batch.firstSequence, 1u);
    QCOMPARE(batch.lastSequence, 3u);
    QCOMPARE(json(batch).value(u"text").toString(), QStringLiteral("a\nb\nc"));
    // Under way: not ready again until settled.
    QVERIFY(outbox.readyDestinations().isEmpty());
    QCOMPARE(outbox.lowestUnsettled(), 1u);
}

void tst_Outbox::splitsAtTheTextBudget()
{
    Outbox outbox;
    const QString line(999, u'x'); // four lines and their separators fit in 4,000
    std::vector<Record> records;
    for (quint64 i = 1; i <= 10; ++i)
        records.push_back(record(i, line));
    add(outbox, std::move(records), initial(settingsFor(QString())));
    const QString key = outbox.readyDestinations().constFirst();
    int posts = 0;
    quint64 next = 1;
    while (!outbox.isEmpty()) {
        const Batch batch = outbox.takeBatch(key);
        const QString text = json(batch).value(u"text").toString();
        QVERIFY2(text.size() <= Outbox::textBudget, qPrintable(QString::number(text.size())));
        QCOMPARE(batch.firstSequence, next);
        next = batch.lastSequence + 1;
        outbox.settle(key);
        ++posts;
    }
    QCOMPARE(posts, 3); // 4 + 4 + 2
    QCOMPARE(next, 11u);
    QCOMPARE(outbox.lowestUnsettled(), std::numeric_limits<quint64>::max());
    QCOMPARE(outbox.lastAdded(), 10u);
}

void tst_Outbox::anOversizedMessageTravelsAlone()
{
    Outbox outbox;
    add(outbox, {record(1, QString(5000, u'y')), record(2, QStringLiteral("small"))},
        initial(settingsFor(QString())));
    const QString key = outbox.readyDestinations().constFirst();
    const Batch first = outbox.takeBatch(key);
    QCOMPARE(first.messageCount, 1);
    QCOMPARE(json(first).value(u"text").toString().size(), 5000);
    outbox.settle(key);
    QCOMPARE(outbox.takeBatch(key).messageCount, 1);
}

void tst_Outbox::settleAndRelease()
{
    Outbox outbox;
    add(outbox, {record(1, QStringLiteral("a"))}, initial(settingsFor(QString())));
    const QString key = outbox.readyDestinations().constFirst();
    outbox.takeBatch(key);
    add(outbox, {record(2, QStringLiteral("b"))});
    outbox.release(key); // the post was abandoned: both wait, in order
    const Batch again = outbox.takeBatch(key);
    QCOMPARE(again.firstSequence, 1u);
    QCOMPARE(again.messageCount, 2);
    outbox.settle(key);
    QVERIFY(outbox.isEmpty());
    QCOMPARE(outbox.clear(), 0u);
}

void tst_Outbox::settingsApplyFromTheirSequence()
{
    Outbox outbox;
    std::vector<ConfigChange> changes = initial(settingsFor(QStringLiteral("#old")));
    changes.push_back({3, DeliveryConfig::compile(settingsFor(QStringLiteral("#new")))});
    add(outbox,
        {record(1, QStringLiteral("a")), record(2, QStringLiteral("b")),
         record(3, QStringLiteral("c"))},
        std::move(changes));
    QStringList channels;
    const QStringList keys = outbox.readyDestinations();
    for (const QString &key : keys) {
        const Batch batch = outbox.takeBatch(key);
        channels << json(batch).value(u"channel").toString() + u'='
                        + json(batch).value(u"text").toString();
    }
    channels.sort();
    QCOMPARE(channels, (QStringList{QStringLiteral("#new=c"), QStringLiteral("#old=a\nb")}));
}

void tst_Outbox::destinationsAreSeparate()
{
    Settings settings = settingsFor(QStringLiteral("#general"));
    settings.setRoutes({{QStringLiteral("db.*"), {QUrl(), QStringLiteral("#db"), {}, {}, {}}}});
    Outbox outbox;
    add(outbox,
        {record(1, QStringLiteral("app"), &m_origin), record(2, QStringLiteral("sql"), &m_db)},
        initial(settings));
    QCOMPARE(outbox.readyDestinations().size(), 2);
    QCOMPARE(outbox.lowestUnsettled(), 1u);
}

void tst_Outbox::payloadFields_data()
{
    QTest::addColumn<Destination>("destination");
    QTest::addColumn<QJsonObject>("expected");
    const QUrl url(QStringLiteral("https://hooks.slack.com/services/T1/B1/secret"));
    QTest::addRow("text only") << Destination{url, {}, {}, {}, {}}
                               << QJsonObject{{u"text"_qs, u"hi"_qs}};
    QTest::addRow("everything") << Destination{url, u"#ops"_qs, u"Bot"_qs, u":ghost:"_qs, {}}
                                << QJsonObject{{u"text"_qs, u"hi"_qs},
                                               {u"channel"_qs, u"#ops"_qs},
                                               {u"username"_qs, u"Bot"_qs},
                                               {u"icon_emoji"_qs, u":ghost:"_qs}};
    QTest::addRow("emoji without colons")
            << Destination{url, {}, {}, u"ghost"_qs, {}}
            << QJsonObject{{u"text"_qs, u"hi"_qs}, {u"icon_emoji"_qs, u":ghost:"_qs}};
    QTest::addRow("icon url") << Destination{url, {}, {}, {}, QUrl(u"https://x.example/i.png"_qs)}
                              << QJsonObject{{u"text"_qs, u"hi"_qs},
                                             {u"icon_url"_qs, u"https://x.example/i.png"_qs}};
}

void tst_Outbox::payloadFields()
{
    QFETCH(Destination, destination);
    QFETCH(QJsonObject, expected);
    const QJsonObject payload =
            QJsonDocument::fromJson(slackPayload(destination, QStringLiteral("hi"))).object();
    QCOMPARE(payload, expected);
    // The webhook URL is where the payload goes, never what it says.
    QVERIFY(!slackPayload(destination, QStringLiteral("hi")).contains("secret"));
}

QTEST_GUILESS_MAIN(tst_Outbox)
#include "tst_outbox.moc"
