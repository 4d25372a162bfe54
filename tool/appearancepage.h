#ifndef SLACKLOG_TOOL_APPEARANCEPAGE_H
#define SLACKLOG_TOOL_APPEARANCEPAGE_H

#include "settingspage.h"

#include <array>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

// How messages look: the format, the fields that attachments and blocks show, and for Text
// the message pattern and the emoji per level, with a live sample of a Text post.
class AppearancePage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AppearancePage(QWidget *parent = nullptr);

    void showSettings(const SlackLog::Settings &settings) override;
    void applyTo(SlackLog::Settings &settings) const override;

    // The whole settings being edited, for what the sample takes from other pages (the
    // mentions), and the name %{appname} stands for in it.
    void setContext(const SlackLog::Settings &settings, const QString &applicationName);

private:
    void updateFormat();
    void updatePreview();
    SlackLog::MessageFormat format() const;

    QComboBox *m_format;
    QLabel *m_formatHint;
    QGroupBox *m_fieldsBox;
    std::array<QCheckBox *, 7> m_fields{};
    QLineEdit *m_pattern;
    std::array<QLineEdit *, 5> m_emoji{};
    QLabel *m_preview;
    SlackLog::Settings m_context;
    QString m_applicationName;
};

#endif // SLACKLOG_TOOL_APPEARANCEPAGE_H
