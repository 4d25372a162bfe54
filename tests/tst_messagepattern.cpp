#include "messagepattern_p.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtTest/QTest>

using namespace SlackLog;
using namespace SlackLog::Internal;

class tst_MessagePattern : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void format_data();
    void format();
    void defaultPatternReadsLikeTheRecipe();
    void errors_data();
    void errors();
    void needsQThreadOnlyForQThreadPtr();
    void functionNames_data();
    void functionNames();

private:
    Origin m_origin{"app.db", "/src/app/db.cpp", "bool Db::open(const QString &)", 42};
    Origin m_default{"default", {}, {}, 0};
};

void tst_MessagePattern::format_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("defaultCategory");
    QTest::addColumn<Level>("level");
    QTest::addColumn<QString>("expected");

    // 2026-03-04 05:06:07.089 UTC; %{time …} shows local time, as Qt's own handler does.
    const QString local = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1772600767089))
                                  .toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz"));

    QTest::addRow("message") << "%{message}" << false << Level::Warning << "disk full";
    QTest::addRow("type") << "%{type}" << false << Level::Critical << "critical";
    QTest::addRow("each type") << "%{type}" << false << Level::Info << "info";
    QTest::addRow("category") << "%{category}" << false << Level::Debug << "app.db";
    QTest::addRow("file and line")
            << "%{file}:%{line}" << false << Level::Debug << "/src/app/db.cpp:42";
    QTest::addRow("function") << "%{function}" << false << Level::Debug << "Db::open";
    QTest::addRow("unknown file") << "%{file}:%{line} %{function}" << true << Level::Debug
                                  << "unknown:0 unknown";
    QTest::addRow("time with format")
            << "%{time yyyy-MM-dd hh:mm:ss.zzz}" << false << Level::Debug << local;
    QTest::addRow("appname") << "[%{appname}]" << false << Level::Debug << "[tst_messagepattern]";
    QTest::addRow("pid") << "%{pid}" << false << Level::Debug
                         << QString::number(QCoreApplication::applicationPid());
    QTest::addRow("threadid") << "%{threadid}" << false << Level::Debug << "4242";
    QTest::addRow("qthreadptr") << "%{qthreadptr}" << false << Level::Debug << "0xbeef";
    QTest::addRow("if-level, taken")
            << "%{if-warning}W %{endif}%{message}" << false << Level::Warning << "W disk full";
    QTest::addRow("if-level, skipped")
            << "%{if-warning}W %{endif}%{message}" << false << Level::Critical << "disk full";
    QTest::addRow("if-category, named") << "%{if-category}%{category}: %{endif}%{message}" << false
                                        << Level::Debug << "app.db: disk full";
    QTest::addRow("if-category, default") << "%{if-category}%{category}: %{endif}%{message}" << true
                                          << Level::Debug << "disk full";
    QTest::addRow("literal percent")
            << "100% %{message} %" << false << Level::Debug << "100% disk full %";
    QTest::addRow("empty pattern") << "" << false << Level::Debug << "";
}

void tst_MessagePattern::format()
{
    QFETCH(QString, pattern);
    QFETCH(bool, defaultCategory);
    QFETCH(Level, level);
    QFETCH(QString, expected);
    QStringList errors;
    const MessagePattern parsed = MessagePattern::parse(pattern, &errors);
    QCOMPARE(errors, QStringList());
    Record record;
    record.level = level;
    record.message = QStringLiteral("disk full");
    record.origin = defaultCategory ? &m_default : &m_origin;
    record.utcMSecs = Q_INT64_C(1772600767089);
    record.threadId = 4242;
    record.qthread = 0xbeef;
    QCOMPARE(parsed.format(record, QStringLiteral("tst_messagepattern")), expected);
}

void tst_MessagePattern::defaultPatternReadsLikeTheRecipe()
{
    Record record;
    record.level = Level::Warning;
    record.message = QStringLiteral("disk almost full");
    record.origin = &m_default;
    record.utcMSecs = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7)).toMSecsSinceEpoch();
    const MessagePattern parsed = MessagePattern::parse(
            QStringLiteral("%{time yyyy-MM-dd hh:mm:ss} - %{type} - %{message}"), nullptr);
    QCOMPARE(parsed.format(record, QString()),
             QStringLiteral("2026-03-04 05:06:07 - warning - disk almost full"));
}

void tst_MessagePattern::errors_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("mentioned");
    QTest::addRow("unknown placeholder") << "%{mesage}"
                                         << "%{mesage}";
    QTest::addRow("unclosed") << "%{message"
                              << "%{message";
    QTest::addRow("backtrace") << "%{backtrace depth=3}"
                               << "%{backtrace depth=3}";
    QTest::addRow("nested condition") << "%{if-debug}%{if-info}x%{endif}"
                                      << "%{if-info}";
    QTest::addRow("endif alone") << "x%{endif}"
                                 << "%{endif}";
    QTest::addRow("unknown condition") << "%{if-verbose}x%{endif}"
                                       << "%{if-verbose}";
    QTest::addRow("missing endif") << "%{if-debug}x"
                                   << "%{endif}";
}

void tst_MessagePattern::errors()
{
    QFETCH(QString, pattern);
    QFETCH(QString, mentioned);
    QStringList errors;
    MessagePattern::parse(pattern, &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(mentioned), qPrintable(errors.constFirst()));
}

void tst_MessagePattern::needsQThreadOnlyForQThreadPtr()
{
    QVERIFY(!MessagePattern::parse(u"%{threadid} %{message}", nullptr).needsQThread());
    QVERIFY(MessagePattern::parse(u"%{qthreadptr} %{message}", nullptr).needsQThread());
}

void tst_MessagePattern::functionNames_data()
{
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<QString>("name");
    QTest::addRow("free function") << QByteArray("int main(int, char**)") << "main";
    QTest::addRow("member") << QByteArray("void Foo::bar(int) const") << "Foo::bar";
    QTest::addRow("namespaced, templated return")
            << QByteArray("std::vector<int> ns::Foo::list(const QString&)") << "ns::Foo::list";
    QTest::addRow("constructor") << QByteArray("Foo::Foo(QObject*)") << "Foo::Foo";
    QTest::addRow("gcc template info") << QByteArray("void f(T) [with T = int]") << "f";
    QTest::addRow("call operator") << QByteArray("void Foo::operator()(int)") << "Foo::operator()";
    QTest::addRow("pointer return") << QByteArray("const char* Foo::name()") << "Foo::name";
    QTest::addRow("noexcept") << QByteArray("void Foo::run() noexcept") << "Foo::run";
}

void tst_MessagePattern::functionNames()
{
    QFETCH(QByteArray, signature);
    QFETCH(QString, name);
    QCOMPARE(cleanFunctionName(signature), name);
}

QTEST_GUILESS_MAIN(tst_MessagePattern)
#include "tst_messagepattern.moc"
