#ifndef SLACKLOG_TOOL_SENDPANEL_H
#define SLACKLOG_TOOL_SENDPANEL_H

#include <SlackLog/DeliveryResult>
#include <SlackLog/Settings>

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

class DeliveryLogModel;
class InspectorPanel;
class TestSend;

/*
    Send a test message: level, category and text, the exact JSON before it goes, and a log of
    what became of each send. It goes to the built-in inspector, or to the webhooks of the
    settings being edited.
*/
class SendPanel : public QWidget
{
    Q_OBJECT
public:
    SendPanel(InspectorPanel *inspector, QWidget *parent = nullptr);
    ~SendPanel() override;

    // The settings in the form, which the preview shows and a send uses.
    void setSettings(const SlackLog::Settings &settings, const QString &applicationName);
    // What a send uses: the form's settings, with every webhook pointed at the inspector when
    // it is the target.
    SlackLog::Settings sendingSettings() const;
    bool sendsToInspector() const;

    DeliveryLogModel *log() const { return m_log; }
    bool isSending() const;

public Q_SLOTS:
    void send();

Q_SIGNALS:
    void sendingChanged(bool sending);

private:
    void updatePreview();
    void updateTargets();
    void showResult(const SlackLog::DeliveryResult &result);
    void setSending(bool sending, const QString &status);

    InspectorPanel *m_inspector;
    SlackLog::Settings m_settings;
    QString m_applicationName;
    TestSend *m_send;
    DeliveryLogModel *m_log;
    QComboBox *m_target;
    QComboBox *m_level;
    QLineEdit *m_category;
    QLineEdit *m_text;
    QLabel *m_goesTo;
    QPlainTextEdit *m_payload;
    QPushButton *m_sendButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    QTableView *m_logView;
};

#endif // SLACKLOG_TOOL_SENDPANEL_H
