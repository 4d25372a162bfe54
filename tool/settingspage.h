#ifndef SLACKLOG_TOOL_SETTINGSPAGE_H
#define SLACKLOG_TOOL_SETTINGSPAGE_H

#include <SlackLog/Settings>

#include <QtWidgets/QWidget>

// One section of the settings form. It shows the fields it owns and writes them back; the
// window combines the sections into the settings being edited.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual void showSettings(const SlackLog::Settings &settings) = 0;
    virtual void applyTo(SlackLog::Settings &settings) const = 0;

Q_SIGNALS:
    // The user changed a field.
    void edited();
};

#endif // SLACKLOG_TOOL_SETTINGSPAGE_H
