#ifndef SLACKLOG_TOOL_ROUTESPAGE_H
#define SLACKLOG_TOOL_ROUTESPAGE_H

#include "settingspage.h"

QT_BEGIN_NAMESPACE
class QTableView;
QT_END_NAMESPACE

class RoutesModel;

// The routes table: category pattern → webhook, server kind, channel, username and icon, in
// the order they are tried.
class RoutesPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit RoutesPage(QWidget *parent = nullptr);

    void showSettings(const SlackLog::Settings &settings) override;
    void applyTo(SlackLog::Settings &settings) const override;

    RoutesModel *model() const { return m_model; }

private:
    int currentRow() const;

    RoutesModel *m_model;
    QTableView *m_table;
};

#endif // SLACKLOG_TOOL_ROUTESPAGE_H
