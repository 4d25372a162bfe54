#ifndef SLACKLOG_TOOL_INSPECTORPANEL_H
#define SLACKLOG_TOOL_INSPECTORPANEL_H

#include <SlackLog/ReceivedRequest>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTextBrowser;
QT_END_NAMESPACE

namespace SlackLog::Testing {
class SlackStandIn;
}

/*
    The sandbox: a loopback Slack stand-in that shows each payload it receives, rendered as Slack
    shows it and as raw JSON, and whose answer can be switched to see how settings behave.
*/
class InspectorPanel : public QWidget
{
    Q_OBJECT
public:
    // How the stand-in answers, in the order the answer menu offers them.
    enum class Answer { Ok, Slow, RateLimited, ServerError, NotFound };
    Q_ENUM(Answer)

    explicit InspectorPanel(QWidget *parent = nullptr);
    ~InspectorPanel() override;

    SlackLog::Testing::SlackStandIn *standIn() const { return m_standIn.get(); }
    // The webhook a test sends to: the default one, or route \a route's (from 1). It changes
    // with the answer, since SlackLog stops posting to a webhook that answered 404 once.
    QUrl webhookUrl(int route = 0) const;
    bool isListening() const;

    void setAnswer(Answer answer);
    int requestCount() const;
    // The rendered and raw views of the request shown now.
    QString renderedHtml() const;
    QString rawJson() const;

Q_SIGNALS:
    void requestShown();

private:
    void addRequest(const SlackLog::Testing::ReceivedRequest &request);
    void showRequest(int row);

    std::unique_ptr<SlackLog::Testing::SlackStandIn> m_standIn;
    QList<SlackLog::Testing::ReceivedRequest> m_requests;
    int m_generation = 0;
    QComboBox *m_answer;
    QLabel *m_address;
    QListWidget *m_list;
    QTextBrowser *m_rendered;
    QPlainTextEdit *m_raw;
};

#endif // SLACKLOG_TOOL_INSPECTORPANEL_H
