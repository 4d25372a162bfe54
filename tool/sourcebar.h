#ifndef SLACKLOG_TOOL_SOURCEBAR_H
#define SLACKLOG_TOOL_SOURCEBAR_H

#include "settingsdocument.h"

#include <QtWidgets/QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

// Chooses whose settings to edit: an organization and application name, as the application
// passes to QCoreApplication, or a settings file. It asks; the window opens.
class SourceBar : public QWidget
{
    Q_OBJECT
public:
    explicit SourceBar(QWidget *parent = nullptr);

    void showSource(const SettingsSource &source, const QString &fileName);

public Q_SLOTS:
    void chooseFile();

Q_SIGNALS:
    void openRequested(const SettingsSource &source);

private:
    QLineEdit *m_organization;
    QLineEdit *m_application;
    QLabel *m_file;
};

#endif // SLACKLOG_TOOL_SOURCEBAR_H
