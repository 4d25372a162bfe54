#include "inspectorpanel.h"

#include "slackrendering.h"

#include <SlackLog/SlackStandIn>

#include <QtCore/QJsonDocument>
#include <QtGui/QFontDatabase>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

using SlackLog::Testing::SlackStandIn;
using namespace std::chrono_literals;

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent), m_standIn(std::make_unique<SlackStandIn>()), m_answer(new QComboBox(this)),
      m_address(new QLabel(this)), m_list(new QListWidget(this)),
      m_rendered(new QTextBrowser(this)), m_raw(new QPlainTextEdit(this))
{
    m_answer->setObjectName(QStringLiteral("inspectorAnswer"));
    m_answer->addItem(tr("200 ok"), int(Answer::Ok));
    m_answer->addItem(tr("200 ok, after 10 s"), int(Answer::Slow));
    m_answer->addItem(tr("429 rate_limited, retry after 1 s"), int(Answer::RateLimited));
    m_answer->addItem(tr("500 rollup_error"), int(Answer::ServerError));
    m_answer->addItem(tr("404 no_service (webhook revoked)"), int(Answer::NotFound));
    m_answer->setToolTip(tr("How the inspector answers each post, to see how the settings "
                            "behave when Slack is slow, limits the rate, fails or has revoked "
                            "the webhook."));
    connect(m_answer, &QComboBox::activated, this,
            [this] { setAnswer(static_cast<Answer>(m_answer->currentData().toInt())); });

    m_list->setObjectName(QStringLiteral("inspectorRequests"));
    m_rendered->setObjectName(QStringLiteral("inspectorRendered"));
    m_rendered->setOpenLinks(false);
    m_raw->setObjectName(QStringLiteral("inspectorRaw"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setObjectName(QStringLiteral("inspectorAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);

    if (m_standIn->listen())
        m_address->setText(tr("Listening at %1. Each webhook of the settings gets a path of "
                              "its own here when a test goes to the inspector.")
                                   .arg(m_standIn->webhookUrl(QStringLiteral("B…")).toString()));
    else
        m_address->setText(tr("The inspector could not listen on 127.0.0.1: test messages "
                              "can only go to the webhooks in the settings."));

    auto *clear = new QPushButton(tr("C&lear"), this);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_standIn->clear();
        m_requests.clear();
        m_list->clear();
        m_rendered->clear();
        m_raw->clear();
    });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Answer with:"), this));
    top->addWidget(m_answer, 1);
    top->addWidget(clear);

    auto *views = new QSplitter(Qt::Horizontal, this);
    auto *rendered = new QWidget(views);
    auto *renderedLayout = new QVBoxLayout(rendered);
    renderedLayout->setContentsMargins(0, 0, 0, 0);
    //: the payload drawn as Slack shows it
    renderedLayout->addWidget(new QLabel(tr("As Slack shows it:"), rendered));
    renderedLayout->addWidget(m_rendered);
    auto *raw = new QWidget(views);
    auto *rawLayout = new QVBoxLayout(raw);
    rawLayout->setContentsMargins(0, 0, 0, 0);
    rawLayout->addWidget(new QLabel(tr("Raw JSON:"), raw));
    rawLayout->addWidget(m_raw);
    views->addWidget(rendered);
    views->addWidget(raw);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(views);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_address);
    layout->addWidget(splitter);

    connect(m_standIn.get(), &SlackStandIn::requestReceived, this, &InspectorPanel::addRequest);
    connect(m_list, &QListWidget::currentRowChanged, this, &InspectorPanel::showRequest);
}

InspectorPanel::~InspectorPanel() = default;

bool InspectorPanel::isListening() const
{
    return m_standIn->isListening();
}

QUrl InspectorPanel::webhookUrl(int route) const
{
    QString id = QStringLiteral("B%1").arg(m_generation, 8, 10, QLatin1Char('0'));
    if (route > 0)
        id += QStringLiteral("R%1").arg(route);
    return m_standIn->webhookUrl(id);
}

void InspectorPanel::setAnswer(Answer answer)
{
    m_answer->setCurrentIndex(m_answer->findData(int(answer)));
    ++m_generation;
    switch (answer) {
    case Answer::Ok:
        m_standIn->setMode(SlackStandIn::Mode::Ok);
        break;
    case Answer::Slow:
        m_standIn->setDelay(10s);
        m_standIn->setMode(SlackStandIn::Mode::Slow);
        break;
    case Answer::RateLimited:
        m_standIn->setRetryAfter(1s);
        m_standIn->setMode(SlackStandIn::Mode::RateLimited);
        break;
    case Answer::ServerError:
        m_standIn->setMode(SlackStandIn::Mode::ServerError);
        break;
    case Answer::NotFound:
        m_standIn->setMode(SlackStandIn::Mode::NotFound);
        break;
    }
}

int InspectorPanel::requestCount() const
{
    return int(m_requests.size());
}

QString InspectorPanel::renderedHtml() const
{
    return m_rendered->toHtml();
}

QString InspectorPanel::rawJson() const
{
    return m_raw->toPlainText();
}

void InspectorPanel::addRequest(const SlackLog::Testing::ReceivedRequest &request)
{
    m_requests.append(request);
    const QString status = request.answeredStatus == 0 ? tr("no answer")
                                                       : QString::number(request.answeredStatus)
                    + u' ' + QString::fromUtf8(request.answeredBody);
    //: time, webhook path, the answer given, and the start of the text
    auto *item = new QListWidgetItem(
            tr("%1  %2  → %3  %4")
                    .arg(request.receivedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                         QString::fromUtf8(request.path), status,
                         request.displayedTexts().join(u' ').left(80).replace(u'\n', u' ')));
    m_list->addItem(item);
    m_list->setCurrentRow(m_list->count() - 1);
}

void InspectorPanel::showRequest(int row)
{
    if (row < 0 || row >= m_requests.size())
        return;
    const SlackLog::Testing::ReceivedRequest &request = m_requests.at(row);
    const QJsonObject payload = request.json();
    m_rendered->setHtml(renderPayloadHtml(payload));
    m_raw->setPlainText(payload.isEmpty() ? QString::fromUtf8(request.body)
                                          : QString::fromUtf8(QJsonDocument(payload).toJson(
                                                  QJsonDocument::Indented)));
    Q_EMIT requestShown();
}
