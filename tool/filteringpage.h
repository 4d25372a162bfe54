#ifndef SLACKLOG_TOOL_FILTERINGPAGE_H
#define SLACKLOG_TOOL_FILTERINGPAGE_H

#include "settingspage.h"

#include <array>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

// What is posted and whom it alerts: minimum level, category rules, and the mentions per level.
class FilteringPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit FilteringPage(QWidget *parent = nullptr);

    void showSettings(const SlackLog::Settings &settings) override;
    void applyTo(SlackLog::Settings &settings) const override;

private:
    QComboBox *m_minimumLevel;
    QPlainTextEdit *m_categoryRules;
    std::array<QLineEdit *, 5> m_mentions{};
    QCheckBox *m_mentionsInMessages;
};

#endif // SLACKLOG_TOOL_FILTERINGPAGE_H
