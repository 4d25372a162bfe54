#include "deliverylogmodel.h"

#include <QtCore/QLocale>
#include <QtGui/QIcon>

DeliveryLogModel::DeliveryLogModel(QObject *parent) : QAbstractTableModel(parent) { }

void DeliveryLogModel::addResult(const SlackLog::DeliveryResult &result)
{
    Row row;
    row.time = result.finishedAt.isValid() ? result.finishedAt : QDateTime::currentDateTimeUtc();
    row.destination = result.channel.isEmpty()
            ? result.destination
            : tr("%1 (%2)", "destination (channel)").arg(result.destination, result.channel);
    row.status = statusText(result);
    row.answer = result.slackAnswer;
    row.latency = tr("%1 ms").arg(QLocale().toString(qint64(result.latency.count())));
    row.attempt = attemptText(result.attempt);
    row.result = resultText(result);
    row.outcome = result.delivered ? Outcome::Delivered
            : result.willRetry     ? Outcome::Retrying
                                   : Outcome::Failed;
    append(std::move(row));
}

void DeliveryLogModel::addNotSent(const QString &destination, const QString &reason)
{
    Row row;
    row.time = QDateTime::currentDateTimeUtc();
    row.destination = destination;
    row.status = tr("not sent");
    row.result = reason;
    row.outcome = Outcome::NotSent;
    append(std::move(row));
}

void DeliveryLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void DeliveryLogModel::append(Row row)
{
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size()));
    m_rows.append(std::move(row));
    endInsertRows();
}

int DeliveryLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeliveryLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeliveryLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return QVariant();
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return role == Qt::ToolTipRole
                    ? QLocale().toString(row.time.toLocalTime(), QLocale::LongFormat)
                    : row.time.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        case Destination:
            return row.destination;
        case Status:
            return row.status;
        case Answer:
            return row.answer;
        case Latency:
            return row.latency;
        case Attempt:
            return row.attempt;
        case Result:
            return row.result;
        default:
            return QVariant();
        }
    }
    if (role == Qt::DecorationRole && index.column() == Result) {
        switch (row.outcome) {
        case Outcome::Delivered:
            return QIcon(QStringLiteral(":/icons/levels/info.svg"));
        case Outcome::Retrying:
            return QIcon(QStringLiteral(":/icons/levels/warning.svg"));
        case Outcome::Failed:
        case Outcome::NotSent:
            return QIcon(QStringLiteral(":/icons/levels/critical.svg"));
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Latency || index.column() == Status))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QVariant();
}

QVariant DeliveryLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Destination:
        return tr("Destination");
    case Status:
        return tr("HTTP status");
    case Answer:
        //: the body of Slack's answer, such as "ok" or "no_service"
        return tr("Slack's answer");
    case Latency:
        return tr("Latency");
    case Attempt:
        return tr("Attempt");
    case Result:
        return tr("Result");
    default:
        return QVariant();
    }
}

QString DeliveryLogModel::resultText(const SlackLog::DeliveryResult &result)
{
    if (result.delivered) {
        //: %n is how many log messages the post carried
        return tr("Delivered %n message(s)", nullptr, qMax(1, result.messageCount));
    }
    const QString why = result.errorString.isEmpty() ? tr("not delivered") : result.errorString;
    if (result.willRetry) {
        const qint64 seconds = (result.retryIn.count() + 999) / 1000;
        //: %1 is why the post failed, in words
        return tr("%1; trying again in %n s", nullptr, int(seconds)).arg(why);
    }
    return why;
}

QString DeliveryLogModel::statusText(const SlackLog::DeliveryResult &result)
{
    if (result.httpStatus == 0)
        //: no HTTP status: the server never answered
        return tr("no answer");
    return QString::number(result.httpStatus);
}

QString DeliveryLogModel::attemptText(int attempt)
{
    if (attempt <= 1)
        return tr("first");
    //: %1 is the attempt's number: 2 is the first retry
    return tr("retry %1").arg(attempt - 1);
}
