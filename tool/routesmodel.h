#ifndef SLACKLOG_TOOL_ROUTESMODEL_H
#define SLACKLOG_TOOL_ROUTESMODEL_H

#include <SlackLog/Route>

#include <QtCore/QAbstractTableModel>

/*
    The routes as an editable table: category pattern, webhook, server kind, channel, username
    and icon. Webhook URLs are shown redacted and edited whole; the kind is edited by its name
    (serverKindName()), empty for the default destination's. A cell that is not valid says why
    in its tooltip.
*/
class RoutesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Pattern, Webhook, Kind, Channel, Username, Icon, ColumnCount };

    explicit RoutesModel(QObject *parent = nullptr);

    QList<SlackLog::Route> routes() const { return m_routes; }
    void setRoutes(const QList<SlackLog::Route> &routes);

    // The new row's index.
    int addRoute();
    void removeRoute(int row);
    // Routes are tried in order, so their order matters: moves \a row by \a delta (-1 or 1).
    void moveRoute(int row, int delta);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    // The routes changed by an edit, an addition, a removal or a move.
    void edited();

private:
    QString problem(const SlackLog::Route &route, int column) const;

    QList<SlackLog::Route> m_routes;
};

#endif // SLACKLOG_TOOL_ROUTESMODEL_H
