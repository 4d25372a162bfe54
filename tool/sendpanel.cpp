#include "sendpanel.h"

#include "deliverylogmodel.h"
#include "inspectorpanel.h"
#include "levelnames.h"
#include "testsend.h"

#include <SlackLog/PayloadPreview>
#include <SlackLog/Redaction>

#include <QtCore/QJsonDocument>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace {
enum Target { Inspector, Webhooks };
}

SendPanel::SendPanel(InspectorPanel *inspector, QWidget *parent)
    : QWidget(parent), m_inspector(inspector), m_send(new TestSend(this)),
      m_log(new DeliveryLogModel(this)), m_target(new QComboBox(this)),
      m_level(new QComboBox(this)), m_category(new QLineEdit(QStringLiteral("app"), this)),
      m_text(new QLineEdit(tr("Hello from slacklog-config"), this)), m_goesTo(new QLabel(this)),
      m_payload(new QPlainTextEdit(this)), m_sendButton(new QPushButton(tr("&Send"), this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_logView(new QTableView(this))
{
    m_target->setObjectName(QStringLiteral("sendTarget"));
    m_target->addItem(tr("The built-in inspector"), Inspector);
    m_target->addItem(tr("The webhooks in these settings"), Webhooks);
    m_target->setToolTip(tr("The inspector receives on 127.0.0.1 and shows what arrived; "
                            "nothing leaves this computer."));
    m_level->setObjectName(QStringLiteral("sendLevel"));
    // A test must not end the tool, so fatal is not offered.
    addLevels(m_level, SlackLog::Level::Debug, SlackLog::Level::Critical);
    m_level->setCurrentIndex(int(SlackLog::Level::Warning));
    m_category->setObjectName(QStringLiteral("sendCategory"));
    m_category->setToolTip(tr("The logging category the message is logged in: it decides the "
                              "route and the category rules that apply."));
    m_text->setObjectName(QStringLiteral("sendText"));
    m_goesTo->setObjectName(QStringLiteral("sendGoesTo"));
    m_goesTo->setWordWrap(true);
    m_payload->setObjectName(QStringLiteral("payloadPreview"));
    m_payload->setReadOnly(true);
    m_payload->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setDefault(true);
    m_progress->setObjectName(QStringLiteral("sendProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setVisible(false);
    m_status->setObjectName(QStringLiteral("sendStatus"));

    m_logView->setObjectName(QStringLiteral("deliveryLog"));
    m_logView->setModel(m_log);
    m_logView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logView->verticalHeader()->hide();
    m_logView->horizontalHeader()->setStretchLastSection(true);
    m_logView->setWordWrap(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Send to:"), m_target);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_level);
    messageRow->addWidget(new QLabel(tr("in category"), this));
    messageRow->addWidget(m_category);
    form->addRow(tr("Level:"), messageRow);
    form->addRow(tr("Text:"), m_text);
    form->addRow(QString(), m_goesTo);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(form);
    //: the JSON body that will be posted
    topLayout->addWidget(new QLabel(tr("Payload:"), this));
    topLayout->addWidget(m_payload);
    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_sendButton);
    sendRow->addWidget(m_progress);
    sendRow->addWidget(m_status, 1);
    topLayout->addLayout(sendRow);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("Delivery log:"), this));
    bottomLayout->addWidget(m_logView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_sendButton, &QPushButton::clicked, this, &SendPanel::send);
    connect(m_target, &QComboBox::currentIndexChanged, this, &SendPanel::updatePreview);
    connect(m_level, &QComboBox::currentIndexChanged, this, &SendPanel::updatePreview);
    connect(m_category, &QLineEdit::textChanged, this, &SendPanel::updatePreview);
    connect(m_text, &QLineEdit::textChanged, this, &SendPanel::updatePreview);
    connect(m_send, &TestSend::resultReceived, this, &SendPanel::showResult);
    connect(m_send, &TestSend::notPosted, this, [this](const QString &reason) {
        m_log->addNotSent(SlackLog::redactedUrl(sendingSettings().webhookUrl()), reason);
        m_logView->scrollToBottom();
    });
    connect(m_send, &TestSend::finished, this, [this](bool delivered) {
        setSending(false, delivered ? tr("Delivered.") : tr("Not delivered: see the log."));
    });
    updateTargets();
}

SendPanel::~SendPanel() = default;

void SendPanel::setSettings(const SlackLog::Settings &settings, const QString &applicationName)
{
    m_settings = settings;
    m_applicationName = applicationName;
    updateTargets();
    updatePreview();
}

bool SendPanel::sendsToInspector() const
{
    return m_target->currentData().toInt() == Inspector;
}

bool SendPanel::isSending() const
{
    return m_send->isRunning();
}

SlackLog::Settings SendPanel::sendingSettings() const
{
    SlackLog::Settings settings = m_settings;
    if (!sendsToInspector())
        return settings;
    // Every webhook goes to the inspector, each route's to a path of its own, so that the
    // inspector shows which route a message took.
    settings.setWebhookUrl(m_inspector->webhookUrl());
    QList<SlackLog::Route> routes = settings.routes();
    for (qsizetype i = 0; i < routes.size(); ++i) {
        if (!routes.at(i).destination.webhookUrl.isEmpty())
            routes[i].destination.webhookUrl = m_inspector->webhookUrl(int(i) + 1);
    }
    settings.setRoutes(routes);
    return settings;
}

void SendPanel::updateTargets()
{
    // Without a webhook the inspector is the only place to send to.
    const bool hasWebhook = !m_settings.webhookUrl().isEmpty();
    if (!hasWebhook)
        m_target->setCurrentIndex(Inspector);
    m_target->setItemData(Webhooks, hasWebhook ? QVariant() : QVariant(0), Qt::UserRole - 1);
}

void SendPanel::updatePreview()
{
    const auto level = m_level->currentData().value<SlackLog::Level>();
    const SlackLog::Settings settings = sendingSettings();
    const SlackLog::PayloadPreview preview = SlackLog::previewPayload(
            settings, level, m_category->text().trimmed(), m_text->text(), m_applicationName);
    QString where = SlackLog::redactedUrl(preview.destination.webhookUrl);
    if (preview.route >= 0)
        where = tr("%1, by route %2 (\"%3\")")
                        .arg(where)
                        .arg(preview.route + 1)
                        .arg(settings.routes().at(preview.route).categoryPattern);
    if (!preview.accepted) {
        m_goesTo->setText(tr("The settings filter this message out: it would not be sent."));
        m_goesTo->setStyleSheet(QStringLiteral("color: #c01c28;"));
    } else {
        m_goesTo->setText(tr("Goes to %1.").arg(where));
        m_goesTo->setStyleSheet(QString());
    }
    QString json;
    for (qsizetype i = 0; i < preview.payloads.size(); ++i) {
        if (preview.payloads.size() > 1)
            json += tr("Post %1 of %2:").arg(i + 1).arg(preview.payloads.size()) + u'\n';
        json += QString::fromUtf8(
                QJsonDocument::fromJson(preview.payloads.at(i)).toJson(QJsonDocument::Indented));
    }
    m_payload->setPlainText(json);
}

void SendPanel::send()
{
    const auto level = m_level->currentData().value<SlackLog::Level>();
    const SlackLog::Settings settings = sendingSettings();
    QString reason;
    if (!m_send->start(settings, level, m_category->text().trimmed(), m_text->text(), &reason)) {
        m_log->addNotSent(SlackLog::redactedUrl(settings.webhookUrl()), reason);
        m_logView->scrollToBottom();
        setSending(false, reason);
        return;
    }
    setSending(true, tr("Sending…"));
}

void SendPanel::showResult(const SlackLog::DeliveryResult &result)
{
    m_log->addResult(result);
    m_logView->scrollToBottom();
    m_logView->resizeColumnsToContents();
    if (result.willRetry)
        setSending(true, DeliveryLogModel::resultText(result));
}

void SendPanel::setSending(bool sending, const QString &status)
{
    m_sendButton->setEnabled(!sending);
    m_progress->setVisible(sending);
    m_status->setText(status);
    Q_EMIT sendingChanged(sending);
}
