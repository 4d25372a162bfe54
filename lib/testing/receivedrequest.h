#ifndef SLACKLOG_RECEIVEDREQUEST_H
#define SLACKLOG_RECEIVEDREQUEST_H

#include "slacklog_testing_export.h"

#include <QtCore/qbytearray.h>
#include <QtCore/qdatetime.h>
#include <QtCore/qjsonobject.h>
#include <QtCore/qlist.h>
#include <QtCore/qmetatype.h>

#include <utility>

namespace SlackLog::Testing {

/*!
    \brief One HTTP request that the Slack stand-in received, and how it answered.
*/
struct SLACKLOG_TESTING_EXPORT ReceivedRequest
{
    QByteArray method;
    QByteArray path;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QDateTime receivedAt; //!< UTC, to the millisecond, when the request's last byte was read
    int answeredStatus = 0; //!< 0 when it was not answered (reset, unresponsive)
    QByteArray answeredBody;

    /*! \brief The value of the header \a name, compared case-insensitively. */
    QByteArray header(QByteArrayView name) const;

    /*!
        \brief The Slack payload: the JSON body, or the \c payload field of a form-encoded body.

        An empty object when the body is neither.
    */
    QJsonObject json() const;

    /*! \brief The payload's \c text. */
    QString text() const;

    /*!
        \brief The texts a reader sees, in order: the payload's \c text and each attachment's
        text; with blocks, each section's text instead (the \c text is then only for
        notifications).
    */
    QStringList displayedTexts() const;
};

} // namespace SlackLog::Testing

Q_DECLARE_METATYPE(SlackLog::Testing::ReceivedRequest)

#endif // SLACKLOG_RECEIVEDREQUEST_H
