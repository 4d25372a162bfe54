#include "settingsreport.h"

#include <SlackLog/Redaction>

#include <QtCore/QCoreApplication>
#include <QtCore/QSettings>
#include <QtCore/QTemporaryDir>
#include <QtCore/QTextStream>
#include <QtCore/QUrl>

namespace {

// What may be shown of a value: URLs that carry secrets never appear whole.
QString shown(const QString &key, const QString &value)
{
    if (key.endsWith(u"webhookUrl") && !value.isEmpty())
        return SlackLog::redactedUrl(QUrl(value));
    if (key == u"proxy" && !value.isEmpty())
        return QUrl(value).toDisplayString(QUrl::RemoveUserInfo);
    return value;
}

} // namespace

int checkSettings(const SlackLog::Settings &settings, QTextStream &out)
{
    const QStringList problems = settings.validate();
    if (problems.isEmpty()) {
        out << QCoreApplication::translate("SettingsReport", "The settings are valid.") << Qt::endl;
        return 0;
    }
    out << QCoreApplication::translate("SettingsReport", "The settings are not valid:") << Qt::endl;
    for (const QString &problem : problems)
        out << QStringLiteral("  - ") << problem << Qt::endl;
    return 1;
}

void printSettings(const SlackLog::Settings &settings, QTextStream &out)
{
    // Written the way save() writes them, so the keys are exactly those an application reads;
    // the file holds the webhook URL, so it lives in a private directory for a moment only.
    QTemporaryDir dir;
    QSettings written(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.save(written);
    written.beginGroup(QStringLiteral("SlackLog"));
    out << QCoreApplication::translate("SettingsReport",
                                       "# The SlackLog settings in effect: saved settings, then "
                                       "SLACKLOG_* variables, then this command's flags.")
        << Qt::endl;
    const QStringList keys = written.allKeys();
    for (const QString &key : keys) {
        const QVariant value = written.value(key);
        const QString text = value.typeId() == QMetaType::QStringList
                ? value.toStringList().join(u", ")
                : value.toString();
        out << key << QStringLiteral(" = ") << shown(key, text) << Qt::endl;
    }
    // Unset, it is a path of the application's own, which this tool cannot know.
    if (!written.contains(QStringLiteral("spoolDirectory"))) {
        out << QStringLiteral("spoolDirectory = ")
            << QCoreApplication::translate("SettingsReport",
                                           "(default: slacklog-spool in the application's data "
                                           "directory)")
            << Qt::endl;
    }
    written.endGroup();
}
