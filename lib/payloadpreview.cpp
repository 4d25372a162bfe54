#include "payloadpreview.h"

#include "deliveryconfig_p.h"
#include "outbox_p.h"
#include "scopedoverride_p.h"
#include "settings.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QThread>

namespace SlackLog {

PayloadPreview previewPayload(const Settings &settings, Level level, const QString &category,
                              const QString &message, const QString &applicationName)
{
    PayloadPreview preview;
    preview.accepted = settings.accepts(level, category);
    Settings withoutSpool = settings;
    withoutSpool.setSpoolDirectory(QString());
    std::vector<Internal::ConfigChange> changes{
            {1, Internal::DeliveryConfig::compile(withoutSpool)}};
    const Internal::DeliveryConfig &config = *changes.front().config;
    Internal::Origin origin;
    origin.category = category.toUtf8();
    Internal::Record record;
    record.sequence = 1;
    record.utcMSecs = QDateTime::currentMSecsSinceEpoch();
    record.message = message;
    record.origin = &origin;
    record.level = level;
    record.scopedOverride = Internal::currentScopedOverride();
    record.threadId = qint64(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    record.qthread = reinterpret_cast<quintptr>(QThread::currentThread());
    preview.route = config.routeFor(origin);
    preview.destination = config.destinationFor(record, preview.route);

    // The outbox itself makes the posts, with every answer "ok" and its pacing waited out on a
    // clock of its own, so that cutting, splitting and joining are exactly as when logged.
    Internal::Ledger ledger;
    Internal::Outbox outbox(&ledger);
    Internal::Records records{std::move(record)};
    const QString name =
            applicationName.isEmpty() ? QCoreApplication::applicationName() : applicationName;
    // The version is known only for the running application.
    const QString version = name == QCoreApplication::applicationName()
            ? QCoreApplication::applicationVersion()
            : QString();
    outbox.add(records, changes, name, version);
    Internal::Answer ok;
    ok.httpStatus = 200;
    ok.body = QByteArrayLiteral("ok");
    // Bounded, so that a pacing that never lets a post go cannot hang the caller.
    qint64 nowMs = 0;
    for (int round = 0; round < 100000 && nowMs >= 0 && !outbox.isEmpty(); ++round) {
        while (const std::optional<Internal::Batch> batch = outbox.takeReady(nowMs)) {
            preview.payloads.append(batch->payload);
            outbox.answer(*batch, ok, nowMs);
        }
        nowMs = outbox.nextReadyAt(nowMs);
    }
    return preview;
}

} // namespace SlackLog
