#ifndef SLACKLOG_TOOL_FILTERINGPAGE_H
#define SLACKLOG_TOOL_FILTERINGPAGE_H

#include "settingspage.h"

#include <array>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

// What is posted and how it reads: minimum level, category rules, the message pattern with a
// live preview of a sample message, and the mentions per level.
class FilteringPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit FilteringPage(QWidget *parent = nullptr);

    void showSettings(const SlackLog::Settings &settings) override;
    void applyTo(SlackLog::Settings &settings) const override;

    // The name %{appname} stands for in the preview.
    void setApplicationName(const QString &name);

private:
    void updatePreview();

    QComboBox *m_minimumLevel;
    QPlainTextEdit *m_categoryRules;
    QLineEdit *m_pattern;
    QLabel *m_preview;
    std::array<QLineEdit *, 5> m_mentions{};
    QCheckBox *m_mentionsInMessages;
    QString m_applicationName;
};

#endif // SLACKLOG_TOOL_FILTERINGPAGE_H
