#include "settingswatcher.h"

#include "logging_p.h"
#include "messagehandler.h"
#include "translation_p.h"

#include <QtCore/qdir.h>
#include <QtCore/qfileinfo.h>
#include <QtCore/qfilesystemwatcher.h>
#include <QtCore/qtimer.h>

namespace SlackLog {

class SettingsWatcherPrivate
{
public:
    QString fileName;
    QSettings::Format format = QSettings::IniFormat;
    QFileSystemWatcher watcher;
    QTimer settle;
    Settings settings;

    void watch();
};

void SettingsWatcherPrivate::watch()
{
    // QSettings saves by writing a new file and renaming it over the old one, which ends a
    // watch on the file: the directory is watched too, and the file again whenever it exists.
    const QString directory = QFileInfo(fileName).absolutePath();
    if (!watcher.directories().contains(directory))
        watcher.addPath(directory);
    if (QFileInfo::exists(fileName) && !watcher.files().contains(fileName))
        watcher.addPath(fileName);
}

SettingsWatcher::SettingsWatcher(const QString &fileName, QSettings::Format format, QObject *parent)
    : QObject(parent), d_ptr(new SettingsWatcherPrivate)
{
    Q_D(SettingsWatcher);
    d->fileName = QFileInfo(fileName).absoluteFilePath();
    d->format = format;
    // A save is several writes and a rename: read once they have settled.
    d->settle.setSingleShot(true);
    d->settle.setInterval(200);
    const auto reload = [this] {
        Q_D(SettingsWatcher);
        d->watch();
        QSettings stored(d->fileName, d->format);
        const Settings settings = Settings::fromEnvironment(Settings::load(stored));
        const QStringList problems = settings.validate();
        if (!problems.isEmpty()) {
            qCWarning(Internal::lcSlackLog).noquote()
                    << Internal::DeliveryText::tr("the settings in %1 were not installed:")
                               .arg(QDir::toNativeSeparators(d->fileName))
                    << problems.join(u' ');
            Q_EMIT reloadFailed(problems);
            return;
        }
        if (settings == d->settings && isInstalled())
            return;
        d->settings = settings;
        install(settings);
        Q_EMIT reloaded(settings);
    };
    connect(&d->settle, &QTimer::timeout, this, reload);
    const auto changed = [this] { d_func()->settle.start(); };
    connect(&d->watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(&d->watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    d->watch();
    reload();
}

SettingsWatcher::~SettingsWatcher() = default;

QString SettingsWatcher::fileName() const
{
    return d_func()->fileName;
}

Settings SettingsWatcher::settings() const
{
    return d_func()->settings;
}

} // namespace SlackLog
