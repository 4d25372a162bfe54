// The settings that shape delivery: pacing, batching, retries, the queue's caps and folding.

#include "settings.h"

#include "settings_p.h"

#include "translation_p.h"

#include <QtCore/qstandardpaths.h>
#include <QtCore/qurl.h>

namespace SlackLog {

int Settings::queueCapacity() const
{
    return d->queueCapacity;
}
void Settings::setQueueCapacity(int messages)
{
    d->queueCapacity = messages;
}

qint64 Settings::queueCapacityBytes() const
{
    return d->queueCapacityBytes;
}
void Settings::setQueueCapacityBytes(qint64 bytes)
{
    d->queueCapacityBytes = bytes;
}

Settings::OverflowPolicy Settings::overflowPolicy() const
{
    return d->overflowPolicy;
}
void Settings::setOverflowPolicy(OverflowPolicy policy)
{
    d->overflowPolicy = policy;
}

double Settings::postsPerSecond() const
{
    return d->postsPerSecond;
}
void Settings::setPostsPerSecond(double rate)
{
    d->postsPerSecond = rate;
}

int Settings::burst() const
{
    return d->burst;
}
void Settings::setBurst(int posts)
{
    d->burst = posts;
}

int Settings::textBudget() const
{
    return d->textBudget;
}
void Settings::setTextBudget(int characters)
{
    d->textBudget = characters;
}

int Settings::messageMax() const
{
    return d->messageMax;
}
void Settings::setMessageMax(int characters)
{
    d->messageMax = characters;
}

std::chrono::milliseconds Settings::maxRetryTime() const
{
    return d->maxRetryTime;
}
void Settings::setMaxRetryTime(std::chrono::milliseconds time)
{
    d->maxRetryTime = time;
}

std::chrono::milliseconds Settings::repeatWindow() const
{
    return d->repeatWindow;
}
void Settings::setRepeatWindow(std::chrono::milliseconds window)
{
    d->repeatWindow = window;
}

QUrl Settings::proxy() const
{
    return d->proxy;
}
void Settings::setProxy(const QUrl &proxy)
{
    d->proxy = proxy;
}

QString Settings::spoolDirectory() const
{
    if (d->spoolDirectory)
        return *d->spoolDirectory;
    // Resolved when asked: the application's name, part of the path, is often set later.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return data.isEmpty() ? QString() : data + QStringLiteral("/slacklog-spool");
}
void Settings::setSpoolDirectory(const QString &path)
{
    d->spoolDirectory = path;
}

qint64 Settings::spoolMaxBytes() const
{
    return d->spoolMaxBytes;
}
void Settings::setSpoolMaxBytes(qint64 bytes)
{
    d->spoolMaxBytes = bytes;
}

bool SettingsData::sameDelivery(const SettingsData &o) const
{
    return queueCapacity == o.queueCapacity && queueCapacityBytes == o.queueCapacityBytes
            && overflowPolicy == o.overflowPolicy && postsPerSecond == o.postsPerSecond
            && burst == o.burst && textBudget == o.textBudget && messageMax == o.messageMax
            && maxRetryTime == o.maxRetryTime && repeatWindow == o.repeatWindow && proxy == o.proxy
            && spoolDirectory == o.spoolDirectory && spoolMaxBytes == o.spoolMaxBytes;
}

namespace Internal {

void validateDelivery(const SettingsData &d, QStringList &problems)
{
    if (d.queueCapacity < 1)
        problems.append(SettingsText::tr("The queue capacity must be at least 1 message."));
    if (d.queueCapacityBytes < 64 * 1024)
        problems.append(SettingsText::tr("The queue's byte cap must be at least 65536 bytes."));
    if (!(d.postsPerSecond > 0.0 && d.postsPerSecond <= 100.0))
        problems.append(SettingsText::tr("The post rate must be more than 0 and at most 100 "
                                         "posts per second."));
    if (d.burst < 1 || d.burst > 100)
        problems.append(SettingsText::tr("The burst must be between 1 and 100 posts."));
    if (d.textBudget < 100 || d.textBudget > 40000)
        problems.append(SettingsText::tr("The text budget must be between 100 and 40,000 "
                                         "characters: Slack truncates longer messages."));
    if (d.messageMax < 100)
        problems.append(SettingsText::tr("The longest message must be at least 100 characters."));
    if (d.maxRetryTime < std::chrono::milliseconds(0) || d.maxRetryTime > maxRetryTime)
        problems.append(SettingsText::tr("The retry time must be from 0 to %1 ms.")
                                .arg(qint64(maxRetryTime.count())));
    if (d.repeatWindow < std::chrono::milliseconds(0) || d.repeatWindow > maxRepeatWindow)
        problems.append(SettingsText::tr("The repeat window must be from 0 to %1 ms.")
                                .arg(qint64(maxRepeatWindow.count())));
    if (d.spoolMaxBytes < 64 * 1024)
        problems.append(SettingsText::tr("The spool's size cap must be at least 65536 bytes."));
    if (!d.proxy.isEmpty()) {
        const QString scheme = d.proxy.scheme();
        if (!d.proxy.isValid() || d.proxy.host().isEmpty()
            || (scheme != u"http" && scheme != u"socks5"))
            problems.append(SettingsText::tr("The proxy \"%1\" is not a proxy URL such as "
                                             "http://proxy:3128 or socks5://proxy:1080.")
                                    .arg(d.proxy.toDisplayString(QUrl::RemoveUserInfo)));
    }
}

} // namespace Internal

} // namespace SlackLog
