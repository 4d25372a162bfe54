#ifndef SLACKLOG_TOOL_DELIVERYLOGMODEL_H
#define SLACKLOG_TOOL_DELIVERYLOGMODEL_H

#include <SlackLog/DeliveryResult>

#include <QtCore/QAbstractTableModel>
#include <QtCore/QDateTime>
#include <QtCore/QList>

/*
    The delivery log of the send panel: one row per post that finished, and one per test message
    that was not sent at all, with every field in words a user can act on.
*/
class DeliveryLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Destination, Status, Answer, Latency, Attempt, Result, ColumnCount };
    enum class Outcome { Delivered, Retrying, Failed, NotSent };

    explicit DeliveryLogModel(QObject *parent = nullptr);

    void addResult(const SlackLog::DeliveryResult &result);
    // A test message that never left: filtered out, or settings that are not valid.
    void addNotSent(const QString &destination, const QString &reason);
    void clear();

    Outcome outcome(int row) const { return m_rows.at(row).outcome; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // The words of the Result column.
    static QString resultText(const SlackLog::DeliveryResult &result);
    static QString statusText(const SlackLog::DeliveryResult &result);
    static QString attemptText(int attempt);

private:
    struct Row
    {
        QDateTime time;
        QString destination;
        QString status;
        QString answer;
        QString latency;
        QString attempt;
        QString result;
        Outcome outcome = Outcome::Delivered;
    };
    void append(Row row);

    QList<Row> m_rows;
};

#endif // SLACKLOG_TOOL_DELIVERYLOGMODEL_H
