#include "wording_p.h"

#include <QtCore/qcoreapplication.h>
#include <QtCore/qlocale.h>

namespace SlackLog::Internal {

QString messagesText(quint64 count)
{
    if (count == 1)
        return QCoreApplication::translate("SlackLog::Delivery", "1 message");
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // keep the group separator
    return QCoreApplication::translate("SlackLog::Delivery", "%1 messages")
            .arg(locale.toString(count));
}

} // namespace SlackLog::Internal
