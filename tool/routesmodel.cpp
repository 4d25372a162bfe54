#include "routesmodel.h"

#include "fieldchecks.h"

#include <SlackLog/Redaction>
#include <SlackLog/ServerKind>
#include <SlackLog/Settings>

#include <QtGui/QBrush>
#include <QtGui/QColor>

RoutesModel::RoutesModel(QObject *parent) : QAbstractTableModel(parent) { }

void RoutesModel::setRoutes(const QList<SlackLog::Route> &routes)
{
    beginResetModel();
    m_routes = routes;
    endResetModel();
}

int RoutesModel::addRoute()
{
    const int row = int(m_routes.size());
    beginInsertRows(QModelIndex(), row, row);
    m_routes.append(SlackLog::Route{QStringLiteral("app.*"), {}});
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void RoutesModel::removeRoute(int row)
{
    if (row < 0 || row >= m_routes.size())
        return;
    beginRemoveRows(QModelIndex(), row, row);
    m_routes.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

void RoutesModel::moveRoute(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_routes.size() || to < 0 || to >= m_routes.size() || delta == 0)
        return;
    // beginMoveRows names the row the moved one goes before.
    beginMoveRows(QModelIndex(), row, row, QModelIndex(), delta > 0 ? to + 1 : to);
    m_routes.move(row, to);
    endMoveRows();
    Q_EMIT edited();
}

int RoutesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_routes.size());
}

int RoutesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_routes.size())
        return QVariant();
    const SlackLog::Route &route = m_routes.at(index.row());
    const SlackLog::Destination &destination = route.destination;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case Pattern:
            return route.categoryPattern;
        case Webhook:
            if (role == Qt::EditRole)
                return destination.webhookUrl.toString();
            // The URL is a secret: shown redacted, edited whole.
            return destination.webhookUrl.isEmpty() ? QString()
                                                    : SlackLog::redactedUrl(destination.webhookUrl);
        case Kind:
            if (!destination.kind)
                return QString();
            return role == Qt::EditRole ? SlackLog::serverKindName(*destination.kind)
                                        : SlackLog::serverKindDisplayName(*destination.kind);
        case Channel:
            return destination.channel;
        case Username:
            return destination.username;
        case Icon:
            return iconText(destination);
        default:
            return QVariant();
        }
    case Qt::ToolTipRole: {
        const QString why = problem(route, index.column());
        if (!why.isEmpty())
            return why;
        if (index.column() == Webhook && destination.webhookUrl.isEmpty())
            return tr("Empty: the default webhook.");
        if (index.column() == Kind && !destination.kind)
            return tr("Empty: the server of the Destination page.");
        return QVariant();
    }
    case Qt::ForegroundRole:
        if (!problem(route, index.column()).isEmpty())
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        return QVariant();
    default:
        return QVariant();
    }
}

bool RoutesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_routes.size())
        return false;
    SlackLog::Route route = m_routes.at(index.row());
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Pattern:
        route.categoryPattern = text;
        break;
    case Webhook:
        route.destination.webhookUrl = QUrl(text, QUrl::StrictMode);
        break;
    case Kind:
        if (text.isEmpty()) {
            route.destination.kind.reset();
        } else if (const auto kind = SlackLog::serverKindFromName(text)) {
            route.destination.kind = kind;
        } else {
            return false;
        }
        break;
    case Channel:
        route.destination.channel = text;
        break;
    case Username:
        route.destination.username = text;
        break;
    case Icon:
        setIconFromText(route.destination, text);
        break;
    default:
        return false;
    }
    if (route == m_routes.at(index.row()))
        return true;
    m_routes[index.row()] = route;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags RoutesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable;
}

QVariant RoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation != Qt::Horizontal)
        return QVariant();
    if (role == Qt::ToolTipRole && section == Pattern)
        return tr("Logging categories with QLoggingCategory's wildcards: \"db.sql\", \"db.*\", "
                  "\"*.sql\" or \"*sql*\". The first route that matches applies.");
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Pattern:
        return tr("Category pattern");
    case Webhook:
        return tr("Webhook URL");
    case Kind:
        //: the kind of chat server: Slack, Mattermost, Rocket.Chat or Discord
        return tr("Server");
    case Channel:
        return tr("Channel");
    case Username:
        return tr("Username");
    case Icon:
        return tr("Icon");
    default:
        return QVariant();
    }
}

QString RoutesModel::problem(const SlackLog::Route &route, int column) const
{
    if (column == Webhook)
        return webhookUrlProblem(route.destination.webhookUrl.toString());
    if (column == Pattern) {
        // The library's own check of a route, with nothing else in the way.
        SlackLog::Settings probe;
        probe.setRoutes(
                {SlackLog::Route{route.categoryPattern,
                                 SlackLog::Destination{{}, QStringLiteral("#x"), {}, {}, {}}}});
        return problemsBlockingSave(probe).value(0);
    }
    return QString();
}
