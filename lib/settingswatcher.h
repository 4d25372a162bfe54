#ifndef SLACKLOG_SETTINGSWATCHER_H
#define SLACKLOG_SETTINGSWATCHER_H

#include "settings.h"
#include "slacklog_export.h"

#include <QtCore/qobject.h>
#include <QtCore/qsettings.h>

#include <memory>

namespace SlackLog {

class SettingsWatcherPrivate;

/*!
    \brief Installs SlackLog from a settings file, and again whenever the file changes.

    So a running application picks up what slacklog-config saves, without a restart. The file is
    read as Settings::load() reads it, with the SLACKLOG_* environment winning over it, as
    Settings::fromEnvironment() does. Settings that do not validate are reported and not
    installed: the application keeps delivering with the settings it had.

    \code
    QCoreApplication app(argc, argv);
    QSettings settings; // the application's own
    SlackLog::SettingsWatcher watcher(settings.fileName(), settings.format());
    \endcode

    Create it in a thread with an event loop (usually the main thread); it lives as long as
    live reload should. Destroying it stops watching and leaves SlackLog installed.
*/
class SLACKLOG_EXPORT SettingsWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SettingsWatcher(const QString &fileName,
                             QSettings::Format format = QSettings::IniFormat,
                             QObject *parent = nullptr);
    ~SettingsWatcher() override;

    QString fileName() const;

    /*! \brief The settings last installed from the file, or read from it when invalid. */
    Settings settings() const;

Q_SIGNALS:
    /*! \brief The file changed and its settings are installed. */
    void reloaded(const SlackLog::Settings &settings);
    /*! \brief The file changed, but its settings are invalid; the previous ones stay. */
    void reloadFailed(const QStringList &problems);

private:
    std::unique_ptr<SettingsWatcherPrivate> const d_ptr;
    Q_DECLARE_PRIVATE(SettingsWatcher)
};

} // namespace SlackLog

#endif // SLACKLOG_SETTINGSWATCHER_H
