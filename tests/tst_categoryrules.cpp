#include "categoryrules_p.h"

#include <QtTest/QTest>

using namespace SlackLog;
using namespace SlackLog::Internal;

class tst_CategoryRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patternMatches_data();
    void patternMatches();
    void invalidPatterns_data();
    void invalidPatterns();
    void rules_data();
    void rules();
    void fatalPassesWhateverTheRules();
    void malformedRulesAreReported_data();
    void malformedRulesAreReported();
    void neverPosted_data();
    void neverPosted();
};

void tst_CategoryRules::patternMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QByteArray>("category");
    QTest::addColumn<bool>("matches");
    QTest::addRow("exact") << "db.sql" << QByteArray("db.sql") << true;
    QTest::addRow("exact, other") << "db.sql" << QByteArray("db.sqlite") << false;
    QTest::addRow("prefix") << "db.*" << QByteArray("db.sql") << true;
    QTest::addRow("prefix, other") << "db.*" << QByteArray("dbx") << false;
    QTest::addRow("suffix") << "*.sql" << QByteArray("app.db.sql") << true;
    QTest::addRow("suffix, other") << "*.sql" << QByteArray("app.db.sqlite") << false;
    QTest::addRow("contains") << "*sql*" << QByteArray("app.mysql.pool") << true;
    QTest::addRow("everything") << "*" << QByteArray("anything.at.all") << true;
    QTest::addRow("trimmed") << "  db.*  " << QByteArray("db.x") << true;
}

void tst_CategoryRules::patternMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QByteArray, category);
    QFETCH(bool, matches);
    const auto parsed = CategoryPattern::parse(pattern);
    QVERIFY(parsed);
    QCOMPARE(parsed->matches(category), matches);
}

void tst_CategoryRules::invalidPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addRow("star inside") << "db.*.sql";
    QTest::addRow("empty") << "";
    QTest::addRow("blank") << "   ";
}

void tst_CategoryRules::invalidPatterns()
{
    QFETCH(QString, pattern);
    QVERIFY(!CategoryPattern::parse(pattern));
}

void tst_CategoryRules::rules_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QByteArray>("category");
    QTest::addColumn<Level>("level");
    QTest::addColumn<bool>("enabled");
    QTest::addRow("no rules") << "" << QByteArray("app") << Level::Debug << true;
    QTest::addRow("qt off") << "qt.*=false" << QByteArray("qt.core.io") << Level::Warning << false;
    QTest::addRow("qt off, other category")
            << "qt.*=false" << QByteArray("app.io") << Level::Warning << true;
    QTest::addRow("level suffix hits its level")
            << "app.db.debug=false" << QByteArray("app.db") << Level::Debug << false;
    QTest::addRow("level suffix spares other levels")
            << "app.db.debug=false" << QByteArray("app.db") << Level::Info << true;
    QTest::addRow("later rule wins")
            << "*=false\napp.*=true" << QByteArray("app.x") << Level::Critical << true;
    QTest::addRow("later rule wins, reversed")
            << "app.*=true;*=false" << QByteArray("app.x") << Level::Critical << false;
    QTest::addRow("semicolons, as QT_LOGGING_RULES")
            << "qt.*=false;net.warning=false" << QByteArray("net") << Level::Warning << false;
    QTest::addRow("comments and sections are ignored")
            << "[Rules]\n# nothing\napp=false" << QByteArray("app") << Level::Info << false;
    QTest::addRow("a category ending in a level name")
            << "app.info.*=false" << QByteArray("app.info.x") << Level::Debug << false;
}

void tst_CategoryRules::rules()
{
    QFETCH(QString, rules);
    QFETCH(QByteArray, category);
    QFETCH(Level, level);
    QFETCH(bool, enabled);
    QStringList errors;
    const CategoryRules parsed = CategoryRules::parse(rules, &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(parsed.isEnabled(category, level), enabled);
}

void tst_CategoryRules::fatalPassesWhateverTheRules()
{
    const CategoryRules rules = CategoryRules::parse(u"*=false", nullptr);
    QVERIFY(!rules.isEnabled("app", Level::Critical));
    QVERIFY(rules.isEnabled("app", Level::Fatal));
}

void tst_CategoryRules::malformedRulesAreReported_data()
{
    QTest::addColumn<QString>("rules");
    QTest::addColumn<QString>("quoted");
    QTest::addRow("no value") << "qt.*"
                              << "\"qt.*\"";
    QTest::addRow("not a bool") << "qt.*=off"
                                << "\"qt.*=off\"";
    QTest::addRow("star inside") << "a.*.b=false"
                                 << "\"a.*.b=false\"";
}

void tst_CategoryRules::malformedRulesAreReported()
{
    QFETCH(QString, rules);
    QFETCH(QString, quoted);
    QStringList errors;
    const CategoryRules parsed = CategoryRules::parse(QString(rules + u"\napp=false"), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(quoted), qPrintable(errors.constFirst()));
    // The good rule beside it still applies.
    QVERIFY(!parsed.isEnabled("app", Level::Warning));
}

void tst_CategoryRules::neverPosted_data()
{
    QTest::addColumn<QByteArray>("category");
    QTest::addColumn<bool>("never");
    QTest::addRow("ours") << QByteArray("slacklog") << true;
    QTest::addRow("ours, sub") << QByteArray("slacklog.delivery") << true;
    QTest::addRow("Qt network") << QByteArray("qt.network.ssl") << true;
    QTest::addRow("Qt TLS backend") << QByteArray("qt.tlsbackend.ossl") << true;
    QTest::addRow("an application's") << QByteArray("slacklogger") << false;
    QTest::addRow("Qt core") << QByteArray("qt.core.io") << false;
    QTest::addRow("default") << QByteArray("default") << false;
}

void tst_CategoryRules::neverPosted()
{
    QFETCH(QByteArray, category);
    QFETCH(bool, never);
    QCOMPARE(isNeverPosted(category), never);
}

QTEST_GUILESS_MAIN(tst_CategoryRules)
#include "tst_categoryrules.moc"
