#include "deliverylogmodel.h"
#include "inspectorpanel.h"
#include "mainwindow.h"
#include "routesmodel.h"
#include "routespage.h"
#include "sendpanel.h"

#include <SlackLog/MessageHandler>
#include <SlackLog/SlackStandIn>

#include <QtCore/QJsonDocument>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTranslator>
#include <QtGui/QAction>
#include <QtTest/QTest>
#include <QtWidgets/QApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDoubleSpinBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QToolButton>

#include <memory>

using SlackLog::Settings;
using namespace std::chrono_literals;

// The settings window as a user drives it, under QT_QPA_PLATFORM=offscreen.
class tst_MainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void fillSaveAndReload();
    void invalidInputBlocksSavingAndSaysWhy_data();
    void invalidInputBlocksSavingAndSaysWhy();
    void webhookIsMaskedUntilRevealed();
    void patternPreviewFollowsTheTyping();
    void sendDeliversToTheInspectorAndLogsTheResult();
    void inspectorShowsThePayload_data();
    void inspectorShowsThePayload();
    void inspectorAnswersAsChosen_data();
    void inspectorAnswersAsChosen();
    void aRevokedWebhookIsNotPostedToAgain();
    void filteredMessageIsNotSent();
    void routesEditorRoundTrip();
    void appearanceAndServerRoundTrip();
    void blocksOnAServerWithoutBlockKitIsRefused_data();
    void blocksOnAServerWithoutBlockKitIsRefused();
    void closingAsksAboutUnsavedChanges_data();
    void closingAsksAboutUnsavedChanges();
    void titleIsTranslated_data();
    void titleIsTranslated();

private:
    std::unique_ptr<MainWindow> openWindow();
    template<typename T> T *field(MainWindow &window, const char *name);
    void type(MainWindow &window, const char *name, const QString &text);
    void choose(MainWindow &window, const char *name, int data);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"app.ini"_qs);
}

void tst_MainWindow::cleanup()
{
    SlackLog::uninstall();
}

std::unique_ptr<MainWindow> tst_MainWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    // Tests that close the window with changes answer the question themselves.
    window->setUnsavedQuestion([](const QString &) { return MainWindow::UnsavedAnswer::Discard; });
    if (!window->open({m_file, {}, {}}))
        return nullptr;
    window->show();
    return window;
}

template<typename T> T *tst_MainWindow::field(MainWindow &window, const char *name)
{
    T *found = window.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), name);
    return found;
}

void tst_MainWindow::type(MainWindow &window, const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(window, name);
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void tst_MainWindow::choose(MainWindow &window, const char *name, int data)
{
    // With the keyboard, as a user picks an item: each step is an activation.
    auto *combo = field<QComboBox>(window, name);
    QVERIFY(combo);
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
}

void tst_MainWindow::fillSaveAndReload()
{
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(!window->saveAction()->isEnabled());
    type(*window, "webhookUrl", u"https://hooks.slack.com/services/T1/B2/secret"_qs);
    type(*window, "channel", u"#ops"_qs);
    type(*window, "username", u"Build Bot"_qs);
    type(*window, "icon", u":robot_face:"_qs);
    type(*window, "messagePattern", u"[%{type}] %{message}"_qs);
    type(*window, "mention_critical", u"@here"_qs);
    auto *level = field<QComboBox>(*window, "minimumLevel");
    QVERIFY(level);
    level->setFocus();
    QTest::keyClick(level, Qt::Key_Down); // debug -> info
    QTest::keyClick(level, Qt::Key_Down); // info -> warning
    field<QDoubleSpinBox>(*window, "shutdownTimeout")->setValue(2.5);
    field<QDoubleSpinBox>(*window, "postsPerSecond")->setValue(0.5);
    field<QDoubleSpinBox>(*window, "queueCapacityBytes")->setValue(32);
    QTest::mouseClick(field<QCheckBox>(*window, "spoolOn"), Qt::LeftButton);
    QVERIFY(window->isWindowModified());
    QVERIFY(window->saveAction()->isEnabled());

    window->saveAction()->trigger();
    QVERIFY(!window->isWindowModified());
    QVERIFY(!window->saveAction()->isEnabled());

    Settings expected;
    expected.setWebhookUrl(QUrl(u"https://hooks.slack.com/services/T1/B2/secret"_qs));
    expected.setChannel(u"#ops"_qs);
    expected.setUsername(u"Build Bot"_qs);
    expected.setIconEmoji(u":robot_face:"_qs);
    expected.setMessagePattern(u"[%{type}] %{message}"_qs);
    expected.setMention(SlackLog::Level::Critical, u"@here"_qs);
    expected.setMinimumLevel(SlackLog::Level::Warning);
    expected.setShutdownTimeout(2500ms);
    expected.setPostsPerSecond(0.5);
    expected.setQueueCapacityBytes(32 * 1024 * 1024);
    expected.setSpoolDirectory(QString());
    // What an application reads from the file is what was typed.
    QSettings ini(m_file, QSettings::IniFormat);
    QCOMPARE(Settings::load(ini), expected);

    auto reopened = openWindow();
    QVERIFY(reopened);
    QCOMPARE(reopened->document()->current(), expected);
    QCOMPARE(field<QLineEdit>(*reopened, "channel")->text(), u"#ops"_qs);
    QCOMPARE(field<QLineEdit>(*reopened, "icon")->text(), u":robot_face:"_qs);
    QCOMPARE(field<QComboBox>(*reopened, "minimumLevel")->currentIndex(),
             int(SlackLog::Level::Warning));
    QCOMPARE(field<QDoubleSpinBox>(*reopened, "shutdownTimeout")->value(), 2.5);
    QVERIFY(!field<QCheckBox>(*reopened, "spoolOn")->isChecked());
    QVERIFY(!reopened->isWindowModified());
}

void tst_MainWindow::invalidInputBlocksSavingAndSaysWhy_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::addRow("http webhook") << QByteArray("webhookUrl")
                                  << u"http://hooks.slack.com/services/T1/B2/secret"_qs
                                  << u"must use https"_qs;
    QTest::addRow("not a URL") << QByteArray("webhookUrl") << u"hooks.slack.com"_qs
                               << u"not a valid URL"_qs;
    QTest::addRow("channel with a space")
            << QByteArray("channel") << u"#my ops"_qs << u"white space"_qs;
    QTest::addRow("icon") << QByteArray("icon") << u"robot face"_qs << u"not an emoji name"_qs;
    QTest::addRow("mention") << QByteArray("mention_fatal") << u"everyone!"_qs
                             << u"not a Slack mention"_qs;
}

void tst_MainWindow::invalidInputBlocksSavingAndSaysWhy()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, text);
    QFETCH(QString, says);
    auto window = openWindow();
    QVERIFY(window);
    type(*window, fieldName.constData(), text);
    QVERIFY(window->isWindowModified());
    QVERIFY(!window->saveAction()->isEnabled());
    QVERIFY2(window->problemsText().contains(says), qPrintable(window->problemsText()));
    QVERIFY(!window->problemsText().contains(u"secret"_qs));
    QVERIFY(window->findChild<QLabel *>(u"problems"_qs)->isVisible());
    if (fieldName == "webhookUrl")
        QVERIFY(field<QLabel>(*window, "webhookProblem")->text().contains(says));
    QVERIFY(!QFile::exists(m_file));
    // Fixing it unblocks saving.
    type(*window, fieldName.constData(), QString());
    QVERIFY(window->problemsText().isEmpty());
}

void tst_MainWindow::webhookIsMaskedUntilRevealed()
{
    auto window = openWindow();
    QVERIFY(window);
    auto *webhook = field<QLineEdit>(*window, "webhookUrl");
    QCOMPARE(webhook->echoMode(), QLineEdit::Password);
    QTest::mouseClick(field<QToolButton>(*window, "revealWebhook"), Qt::LeftButton);
    QCOMPARE(webhook->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(field<QToolButton>(*window, "revealWebhook"), Qt::LeftButton);
    QCOMPARE(webhook->echoMode(), QLineEdit::Password);
}

void tst_MainWindow::patternPreviewFollowsTheTyping()
{
    auto window = openWindow();
    QVERIFY(window);
    auto *preview = field<QLabel>(*window, "patternPreview");
    QVERIFY(preview);
    // The pattern shapes Text posts, so the sample is one whatever the format: a warning has
    // its default emoji in front.
    type(*window, "messagePattern", u"[%{type}] %{category}: %{message}"_qs);
    QCOMPARE(preview->text(),
             u":warning: [warning] app.storage: Disk almost full: 95% of /var used"_qs);
    type(*window, "mention_warning", u"@channel"_qs);
    QCOMPARE(preview->text(),
             u"<!channel> :warning: [warning] app.storage: Disk almost full: 95% of /var used"_qs);
    // The emoji are for Text posts, but stay editable in every format: the settings check them
    // whatever the format, so a bad one must be reachable to be fixed.
    QVERIFY(field<QLineEdit>(*window, "emoji_warning")->isEnabled());
    choose(*window, "messageFormat", int(SlackLog::MessageFormat::Text));
    QVERIFY(field<QLineEdit>(*window, "emoji_warning")->isEnabled());
    type(*window, "emoji_warning", u":fire:"_qs);
    QCOMPARE(preview->text(),
             u"<!channel> :fire: [warning] app.storage: Disk almost full: 95% of /var used"_qs);
    type(*window, "emoji_warning", u"fire alarm"_qs);
    QVERIFY2(preview->text().contains(u"not an emoji name"_qs), qPrintable(preview->text()));
}

void tst_MainWindow::sendDeliversToTheInspectorAndLogsTheResult()
{
    auto window = openWindow();
    QVERIFY(window);
    // No webhook: the inspector is the destination, so the tool works with no Slack account.
    QVERIFY(window->sendPanel()->sendsToInspector());
    type(*window, "sendText", u"disk almost full"_qs);
    QTest::mouseClick(field<QPushButton>(*window, "sendButton"), Qt::LeftButton);
    QVERIFY(field<QProgressBar>(*window, "sendProgress")->isVisible());
    QVERIFY(!field<QPushButton>(*window, "sendButton")->isEnabled());

    DeliveryLogModel *log = window->sendPanel()->log();
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 1, 10000);
    QCOMPARE(log->outcome(0), DeliveryLogModel::Outcome::Delivered);
    QCOMPARE(log->data(log->index(0, DeliveryLogModel::Status), Qt::DisplayRole).toString(),
             u"200"_qs);
    QCOMPARE(log->data(log->index(0, DeliveryLogModel::Answer), Qt::DisplayRole).toString(),
             u"ok"_qs);
    QVERIFY(log->data(log->index(0, DeliveryLogModel::Destination), Qt::DisplayRole)
                    .toString()
                    .endsWith(u"/****"_qs));
    QTRY_VERIFY(field<QPushButton>(*window, "sendButton")->isEnabled());
    QVERIFY(!field<QProgressBar>(*window, "sendProgress")->isVisible());
    QCOMPARE(window->inspector()->standIn()->requestCount(), 1);
    // Nothing of the test stays installed in the tool.
    QVERIFY(!SlackLog::isInstalled());
}

void tst_MainWindow::inspectorShowsThePayload_data()
{
    QTest::addColumn<SlackLog::MessageFormat>("format");
    QTest::addColumn<QString>("shown");
    // Attachments and blocks show the message alone, with the level and category in a title;
    // Text shows the line the pattern makes, with the level's emoji.
    QTest::addRow("attachments") << SlackLog::MessageFormat::Attachments
                                 << u"disk *almost* full"_qs;
    QTest::addRow("blocks") << SlackLog::MessageFormat::Blocks << u"disk *almost* full"_qs;
    QTest::addRow("text") << SlackLog::MessageFormat::Text << u":warning: disk *almost* full"_qs;
}

void tst_MainWindow::inspectorShowsThePayload()
{
    QFETCH(SlackLog::MessageFormat, format);
    QFETCH(QString, shown);
    auto window = openWindow();
    QVERIFY(window);
    choose(*window, "messageFormat", int(format));
    type(*window, "username", u"Build Bot"_qs);
    type(*window, "messagePattern", u"%{message}"_qs);
    type(*window, "sendText", u"disk *almost* full"_qs);
    const QString preview = field<QPlainTextEdit>(*window, "payloadPreview")->toPlainText();
    QTest::mouseClick(field<QPushButton>(*window, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window->inspector()->requestCount(), 1, 10000);

    const SlackLog::Testing::ReceivedRequest request =
            window->inspector()->standIn()->requests().constFirst();
    const QJsonObject received = request.json();
    QCOMPARE(request.displayedTexts(), QStringList{shown});
    QCOMPARE(received.value(u"username"_qs).toString(), u"Build Bot"_qs);
    QCOMPARE(received.contains(u"attachments"_qs), format == SlackLog::MessageFormat::Attachments);
    QCOMPARE(received.contains(u"blocks"_qs), format == SlackLog::MessageFormat::Blocks);
    // The preview shown before sending is what arrived.
    QCOMPARE(QJsonDocument::fromJson(preview.toUtf8()).object(), received);
    QCOMPARE(QJsonDocument::fromJson(window->inspector()->rawJson().toUtf8()).object(), received);
    const QString rendered = window->inspector()->renderedHtml();
    QVERIFY2(rendered.contains(u"Build Bot"_qs), qPrintable(rendered));
    QVERIFY2(rendered.contains(u"font-weight:700;\">almost</span>"_qs)
                     || rendered.contains(u"font-weight:600;\">almost</span>"_qs),
             qPrintable(rendered));
    if (format != SlackLog::MessageFormat::Text)
        QVERIFY2(rendered.contains(u"Warning · app"_qs), qPrintable(rendered));
    // A post with blocks shows its text in notifications only.
    // Only the notification text joins the title and the message with ": ".
    if (format == SlackLog::MessageFormat::Blocks) {
        QVERIFY(received.value(u"text"_qs).toString().startsWith(u"Warning · app: "_qs));
        QVERIFY2(!rendered.contains(u"Warning · app: "_qs), qPrintable(rendered));
    }
}

void tst_MainWindow::inspectorAnswersAsChosen_data()
{
    QTest::addColumn<InspectorPanel::Answer>("answer");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("says");
    QTest::addRow("404") << InspectorPanel::Answer::NotFound << u"404"_qs << u"revoked"_qs;
    QTest::addRow("500") << InspectorPanel::Answer::ServerError << u"500"_qs << u"500"_qs;
}

void tst_MainWindow::inspectorAnswersAsChosen()
{
    QFETCH(InspectorPanel::Answer, answer);
    QFETCH(QString, status);
    QFETCH(QString, says);
    auto window = openWindow();
    QVERIFY(window);
    // Without retries, the first answer is the last.
    field<QDoubleSpinBox>(*window, "maxRetryTime")->setValue(0);
    window->inspector()->setAnswer(answer);
    QTest::mouseClick(field<QPushButton>(*window, "sendButton"), Qt::LeftButton);
    DeliveryLogModel *log = window->sendPanel()->log();
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 1, 10000);
    QCOMPARE(log->outcome(0), DeliveryLogModel::Outcome::Failed);
    QCOMPARE(log->data(log->index(0, DeliveryLogModel::Status), Qt::DisplayRole).toString(),
             status);
    const QString words =
            log->data(log->index(0, DeliveryLogModel::Result), Qt::DisplayRole).toString();
    QVERIFY2(words.contains(says), qPrintable(words));
    QTRY_VERIFY(field<QPushButton>(*window, "sendButton")->isEnabled());

    // The same webhook works again once the inspector answers ok.
    window->inspector()->setAnswer(InspectorPanel::Answer::Ok);
    QTest::mouseClick(field<QPushButton>(*window, "sendButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, 10000);
    QCOMPARE(log->outcome(1), DeliveryLogModel::Outcome::Delivered);
}

void tst_MainWindow::aRevokedWebhookIsNotPostedToAgain()
{
    auto window = openWindow();
    QVERIFY(window);
    window->inspector()->setAnswer(InspectorPanel::Answer::NotFound);
    auto *send = field<QPushButton>(*window, "sendButton");
    QTest::mouseClick(send, Qt::LeftButton);
    DeliveryLogModel *log = window->sendPanel()->log();
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 1, 10000);
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(log->rowCount(), 2, 10000);
    QCOMPARE(log->outcome(1), DeliveryLogModel::Outcome::NotSent);
    const QString words =
            log->data(log->index(1, DeliveryLogModel::Result), Qt::DisplayRole).toString();
    QVERIFY2(words.contains(u"revoked"_qs), qPrintable(words));
    QCOMPARE(window->inspector()->standIn()->requestCount(), 1);
}

void tst_MainWindow::filteredMessageIsNotSent()
{
    auto window = openWindow();
    QVERIFY(window);
    type(*window, "sendCategory", u"app.db"_qs);
    auto *rules = field<QPlainTextEdit>(*window, "categoryRules");
    rules->setFocus();
    QTest::keyClicks(rules, u"app.db=false"_qs);
    QVERIFY(field<QLabel>(*window, "sendGoesTo")->text().contains(u"filter"_qs));
    QTest::mouseClick(field<QPushButton>(*window, "sendButton"), Qt::LeftButton);
    DeliveryLogModel *log = window->sendPanel()->log();
    QCOMPARE(log->rowCount(), 1);
    QCOMPARE(log->outcome(0), DeliveryLogModel::Outcome::NotSent);
    QVERIFY(log->data(log->index(0, DeliveryLogModel::Result), Qt::DisplayRole)
                    .toString()
                    .contains(u"filter out"_qs));
    QCOMPARE(window->inspector()->standIn()->requestCount(), 0);
}

void tst_MainWindow::routesEditorRoundTrip()
{
    auto window = openWindow();
    QVERIFY(window);
    QTest::mouseClick(field<QPushButton>(*window, "addRoute"), Qt::LeftButton);
    QTest::mouseClick(field<QPushButton>(*window, "addRoute"), Qt::LeftButton);
    RoutesModel *model = window->routesPage()->model();
    QCOMPARE(model->rowCount(), 2);
    // As the table's editor writes them.
    QVERIFY(model->setData(model->index(0, RoutesModel::Pattern), u"db.*"_qs, Qt::EditRole));
    QVERIFY(model->setData(model->index(0, RoutesModel::Channel), u"#db"_qs, Qt::EditRole));
    QVERIFY(model->setData(model->index(1, RoutesModel::Pattern), u"*.audit"_qs, Qt::EditRole));
    QVERIFY(model->setData(model->index(1, RoutesModel::Webhook),
                           u"https://hooks.slack.com/services/T1/B9/audit"_qs, Qt::EditRole));
    QVERIFY(model->setData(model->index(1, RoutesModel::Icon), u":lock:"_qs, Qt::EditRole));
    QVERIFY(window->saveAction()->isEnabled());
    window->saveAction()->trigger();
    QVERIFY(!window->isWindowModified());

    const QList<SlackLog::Route> expected{
            {u"db.*"_qs, {{}, u"#db"_qs, {}, {}, {}}},
            {u"*.audit"_qs,
             {QUrl(u"https://hooks.slack.com/services/T1/B9/audit"_qs), {}, {}, u":lock:"_qs, {}}}};
    QSettings ini(m_file, QSettings::IniFormat);
    QCOMPARE(Settings::load(ini).routes(), expected);
    auto reopened = openWindow();
    QVERIFY(reopened);
    QCOMPARE(reopened->routesPage()->model()->routes(), expected);

    // The preview names the route a category takes.
    type(*reopened, "sendCategory", u"db.sql"_qs);
    QVERIFY2(field<QLabel>(*reopened, "sendGoesTo")->text().contains(u"route 1"_qs),
             qPrintable(field<QLabel>(*reopened, "sendGoesTo")->text()));
}

void tst_MainWindow::appearanceAndServerRoundTrip()
{
    using SlackLog::MessageField;
    using SlackLog::MessageFormat;
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(field<QComboBox>(*window, "messageFormat")->currentData().toInt(),
             int(MessageFormat::Attachments));
    QCOMPARE(field<QComboBox>(*window, "serverKind")->currentText(), u"Slack"_qs);
    QVERIFY(field<QLabel>(*window, "serverKindHint")->text().contains(QLocale().toString(40000)));

    choose(*window, "serverKind", int(SlackLog::ServerKind::Discord));
    const QString hint = field<QLabel>(*window, "serverKindHint")->text();
    QVERIFY2(hint.contains(QLocale().toString(2000)) && hint.contains(u"channel"_qs)
                     && hint.contains(u"icon emoji"_qs) && hint.contains(u"/slack"_qs),
             qPrintable(hint));
    // Choosing Slack again is what an unset kind means: nothing is left to save.
    choose(*window, "serverKind", int(SlackLog::ServerKind::Slack));
    QVERIFY(!window->isWindowModified());
    choose(*window, "serverKind", int(SlackLog::ServerKind::Mattermost));

    // Fields while attachments show them, then Text with its emoji.
    QVERIFY(field<QWidget>(*window, "fieldsBox")->isEnabled());
    QVERIFY(field<QCheckBox>(*window, "field_host")->isChecked());
    QVERIFY(!field<QCheckBox>(*window, "field_thread")->isChecked());
    QTest::mouseClick(field<QCheckBox>(*window, "field_host"), Qt::LeftButton);
    QTest::mouseClick(field<QCheckBox>(*window, "field_thread"), Qt::LeftButton);
    QTest::mouseClick(field<QCheckBox>(*window, "field_function"), Qt::LeftButton);
    choose(*window, "messageFormat", int(MessageFormat::Text));
    QVERIFY(!field<QWidget>(*window, "fieldsBox")->isEnabled());
    type(*window, "emoji_warning", u"warn ing"_qs);
    QVERIFY(!window->saveAction()->isEnabled());
    QVERIFY2(window->problemsText().contains(u"not an emoji name"_qs),
             qPrintable(window->problemsText()));
    type(*window, "emoji_warning", u":fire:"_qs);
    type(*window, "emoji_fatal", QString());
    type(*window, "emoji_info", u":information_source:"_qs);

    RoutesModel *model = window->routesPage()->model();
    QTest::mouseClick(field<QPushButton>(*window, "addRoute"), Qt::LeftButton);
    QVERIFY(model->setData(model->index(0, RoutesModel::Webhook),
                           u"https://discord.com/api/webhooks/1/x/slack"_qs, Qt::EditRole));
    QVERIFY(model->setData(model->index(0, RoutesModel::Kind), u"discord"_qs, Qt::EditRole));
    QVERIFY(!model->setData(model->index(0, RoutesModel::Kind), u"irc"_qs, Qt::EditRole));
    QCOMPARE(model->index(0, RoutesModel::Kind).data().toString(), u"Discord"_qs);
    QVERIFY(window->saveAction()->isEnabled());
    window->saveAction()->trigger();
    QVERIFY(!window->isWindowModified());

    Settings expected;
    expected.setServerKind(SlackLog::ServerKind::Mattermost);
    expected.setFormat(MessageFormat::Text);
    expected.setFields((Settings::defaultFields() & ~SlackLog::MessageFields(MessageField::Host))
                       | MessageField::Thread | MessageField::Function);
    expected.setEmoji(SlackLog::Level::Warning, u":fire:"_qs);
    expected.setEmoji(SlackLog::Level::Fatal, QString());
    expected.setEmoji(SlackLog::Level::Info, u":information_source:"_qs);
    SlackLog::Route route{u"app.*"_qs, {}};
    route.destination.webhookUrl = QUrl(u"https://discord.com/api/webhooks/1/x/slack"_qs);
    route.destination.kind = SlackLog::ServerKind::Discord;
    expected.setRoutes({route});
    QSettings ini(m_file, QSettings::IniFormat);
    QCOMPARE(Settings::load(ini), expected);

    auto reopened = openWindow();
    QVERIFY(reopened);
    QCOMPARE(reopened->document()->current(), expected);
    QCOMPARE(field<QComboBox>(*reopened, "serverKind")->currentText(), u"Mattermost"_qs);
    QCOMPARE(field<QComboBox>(*reopened, "messageFormat")->currentData().toInt(),
             int(MessageFormat::Text));
    QVERIFY(!field<QCheckBox>(*reopened, "field_host")->isChecked());
    QVERIFY(field<QCheckBox>(*reopened, "field_thread")->isChecked());
    QVERIFY(field<QCheckBox>(*reopened, "field_function")->isChecked());
    QVERIFY(field<QCheckBox>(*reopened, "field_app")->isChecked());
    QCOMPARE(field<QLineEdit>(*reopened, "emoji_warning")->text(), u":fire:"_qs);
    QCOMPARE(field<QLineEdit>(*reopened, "emoji_fatal")->text(), QString());
    QCOMPARE(field<QLineEdit>(*reopened, "emoji_critical")->text(), u":rotating_light:"_qs);
    QVERIFY(field<QLineEdit>(*reopened, "emoji_warning")->isEnabled());
    QCOMPARE(reopened->routesPage()->model()->routes(), expected.routes());
    QVERIFY(!reopened->isWindowModified());
}

void tst_MainWindow::blocksOnAServerWithoutBlockKitIsRefused_data()
{
    QTest::addColumn<bool>("byRoute");
    QTest::addRow("default destination") << false;
    QTest::addRow("route") << true;
}

void tst_MainWindow::blocksOnAServerWithoutBlockKitIsRefused()
{
    QFETCH(bool, byRoute);
    auto window = openWindow();
    QVERIFY(window);
    if (byRoute) {
        RoutesModel *model = window->routesPage()->model();
        QTest::mouseClick(field<QPushButton>(*window, "addRoute"), Qt::LeftButton);
        QVERIFY(model->setData(model->index(0, RoutesModel::Kind), u"discord"_qs, Qt::EditRole));
    } else {
        choose(*window, "serverKind", int(SlackLog::ServerKind::Discord));
    }
    QVERIFY(window->saveAction()->isEnabled());
    choose(*window, "messageFormat", int(SlackLog::MessageFormat::Blocks));
    // The library's own words, beside the form; nothing is saved.
    QVERIFY(window->isWindowModified());
    QVERIFY(!window->saveAction()->isEnabled());
    const QString problems = window->problemsText();
    QVERIFY2(problems.contains(u"Block Kit"_qs) && problems.contains(u"Discord"_qs),
             qPrintable(problems));
    Settings probe;
    probe.setServerKind(SlackLog::ServerKind::Discord);
    probe.setFormat(SlackLog::MessageFormat::Blocks);
    const QString says = probe.validate().filter(u"Block Kit"_qs).value(0);
    QVERIFY(!says.isEmpty());
    QVERIFY2(problems.contains(says), qPrintable(problems));
    QVERIFY(window->findChild<QLabel *>(u"problems"_qs)->isVisible());
    // Refused by the document itself, not only by the disabled action.
    QVERIFY(!window->document()->save());
    QVERIFY(!QFile::exists(m_file));
    choose(*window, "messageFormat", int(SlackLog::MessageFormat::Attachments));
    QVERIFY(window->problemsText().isEmpty());
    QVERIFY(window->saveAction()->isEnabled());
}

void tst_MainWindow::closingAsksAboutUnsavedChanges_data()
{
    QTest::addColumn<MainWindow::UnsavedAnswer>("answer");
    QTest::addColumn<bool>("closes");
    QTest::addColumn<bool>("saved");
    QTest::addRow("save") << MainWindow::UnsavedAnswer::Save << true << true;
    QTest::addRow("discard") << MainWindow::UnsavedAnswer::Discard << true << false;
    QTest::addRow("cancel") << MainWindow::UnsavedAnswer::Cancel << false << false;
}

void tst_MainWindow::closingAsksAboutUnsavedChanges()
{
    QFETCH(MainWindow::UnsavedAnswer, answer);
    QFETCH(bool, closes);
    QFETCH(bool, saved);
    auto window = openWindow();
    QVERIFY(window);
    QVERIFY(window->close()); // unchanged: nothing to ask
    window->show();
    type(*window, "channel", u"#ops"_qs);
    QStringList asked;
    window->setUnsavedQuestion([&asked, answer](const QString &question) {
        asked << question;
        return answer;
    });
    QCOMPARE(window->close(), closes);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.constFirst().contains(u"app.ini"_qs), qPrintable(asked.constFirst()));
    QCOMPARE(window->isVisible(), !closes);
    QSettings ini(m_file, QSettings::IniFormat);
    QCOMPARE(Settings::load(ini).channel(), saved ? u"#ops"_qs : QString());
}

void tst_MainWindow::titleIsTranslated_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addRow("de") << u"de"_qs << u"SlackLog-Einstellungen"_qs;
    QTest::addRow("zh_CN") << u"zh_CN"_qs << u"SlackLog 设置"_qs;
}

void tst_MainWindow::titleIsTranslated()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QTranslator translator;
    // The catalogues are embedded, as in the program.
    QVERIFY(translator.load(QLocale(language), u"slacklog-config"_qs, u"_"_qs, u":/i18n"_qs));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    auto window = openWindow();
    QCoreApplication::removeTranslator(&translator);
    QVERIFY(window);
    QVERIFY2(window->windowTitle().contains(title), qPrintable(window->windowTitle()));
    QVERIFY2(window->windowTitle().contains(u"app.ini"_qs), qPrintable(window->windowTitle()));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
