#include "routesmodel.h"

#include <QtTest/QAbstractItemModelTester>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using SlackLog::Destination;
using SlackLog::Route;

// The routes table: edits land in the routes, the order is kept, and secrets stay hidden.
class tst_RoutesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editsMakeRoutes();
    void showsWebhooksRedactedAndEditsThemWhole();
    void movesAndRemoves();
    void saysWhatIsWrongWithACell();
};

void tst_RoutesModel::editsMakeRoutes()
{
    RoutesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy edited(&model, &RoutesModel::edited);
    QVERIFY(edited.isValid());
    const int row = model.addRoute();
    QVERIFY(model.setData(model.index(row, RoutesModel::Pattern), u" db.* "_qs, Qt::EditRole));
    QVERIFY(model.setData(model.index(row, RoutesModel::Webhook),
                          u"https://hooks.slack.com/services/T1/B2/secret"_qs, Qt::EditRole));
    QVERIFY(model.setData(model.index(row, RoutesModel::Channel), u"#db"_qs, Qt::EditRole));
    QVERIFY(model.setData(model.index(row, RoutesModel::Username), u"db bot"_qs, Qt::EditRole));
    QVERIFY(model.setData(model.index(row, RoutesModel::Icon), u"https://x.example/db.png"_qs,
                          Qt::EditRole));
    const Route expected{u"db.*"_qs,
                         Destination{QUrl(u"https://hooks.slack.com/services/T1/B2/secret"_qs),
                                     u"#db"_qs, u"db bot"_qs, QString(),
                                     QUrl(u"https://x.example/db.png"_qs)}};
    QCOMPARE(model.routes(), QList<Route>{expected});
    QCOMPARE(edited.size(), 6);
    // An emoji replaces the icon URL: a destination has one icon.
    QVERIFY(model.setData(model.index(row, RoutesModel::Icon), u":card_file_box:"_qs,
                          Qt::EditRole));
    QCOMPARE(model.routes().constFirst().destination.iconEmoji, u":card_file_box:"_qs);
    QVERIFY(model.routes().constFirst().destination.iconUrl.isEmpty());
}

void tst_RoutesModel::showsWebhooksRedactedAndEditsThemWhole()
{
    RoutesModel model;
    const QString url = u"https://hooks.slack.com/services/T1/B2/secret"_qs;
    model.setRoutes({Route{u"db.*"_qs, Destination{QUrl(url), {}, {}, {}, {}}}});
    const QModelIndex webhook = model.index(0, RoutesModel::Webhook);
    QVERIFY(!model.data(webhook, Qt::DisplayRole).toString().contains(u"secret"_qs));
    QVERIFY(!model.data(webhook, Qt::ToolTipRole).toString().contains(u"secret"_qs));
    QCOMPARE(model.data(webhook, Qt::DisplayRole).toString(),
             u"https://hooks.slack.com/services/T1/B2/****"_qs);
    QCOMPARE(model.data(webhook, Qt::EditRole).toString(), url);
}

void tst_RoutesModel::movesAndRemoves()
{
    RoutesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Route a{u"a.*"_qs, Destination{{}, u"#a"_qs, {}, {}, {}}};
    const Route b{u"b.*"_qs, Destination{{}, u"#b"_qs, {}, {}, {}}};
    const Route c{u"c.*"_qs, Destination{{}, u"#c"_qs, {}, {}, {}}};
    model.setRoutes({a, b, c});
    model.moveRoute(2, -1);
    QCOMPARE(model.routes(), (QList<Route>{a, c, b}));
    model.moveRoute(0, 1);
    QCOMPARE(model.routes(), (QList<Route>{c, a, b}));
    model.moveRoute(2, 1); // already last
    QCOMPARE(model.routes(), (QList<Route>{c, a, b}));
    model.removeRoute(1);
    QCOMPARE(model.routes(), (QList<Route>{c, b}));
}

void tst_RoutesModel::saysWhatIsWrongWithACell()
{
    RoutesModel model;
    model.setRoutes({Route{
            u"a*b"_qs,
            Destination{
                    QUrl(u"http://hooks.slack.com/services/T1/B2/secret"_qs), {}, {}, {}, {}}}});
    const QString pattern =
            model.data(model.index(0, RoutesModel::Pattern), Qt::ToolTipRole).toString();
    QVERIFY2(pattern.contains(u"not a category pattern"_qs), qPrintable(pattern));
    const QString webhook =
            model.data(model.index(0, RoutesModel::Webhook), Qt::ToolTipRole).toString();
    QVERIFY2(webhook.contains(u"https"_qs), qPrintable(webhook));
    QVERIFY(!webhook.contains(u"secret"_qs));
    QVERIFY(model.data(model.index(0, RoutesModel::Channel), Qt::ToolTipRole).isNull());
}

QTEST_GUILESS_MAIN(tst_RoutesModel)
#include "tst_routesmodel.moc"
