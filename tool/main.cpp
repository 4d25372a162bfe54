#include "commandline.h"
#include "sendcommand.h"
#include "settingsreport.h"
#include "settingssource.h"
#include "translations.h"

#include <SlackLog/SlackLog>

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SlackLog"));
    QCoreApplication::setApplicationName(QStringLiteral("slacklog-config"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLACKLOG_VERSION_STRING));
    installTranslations(app);

    int exitCode = 0;
    const std::optional<CommandLine> commandLine =
            CommandLine::parse(QCoreApplication::arguments(), &exitCode);
    if (!commandLine)
        return exitCode;

    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!commandLine->settingsFile.isEmpty() && !QFileInfo::exists(commandLine->settingsFile)) {
        err << QCoreApplication::translate("main", "The settings file %1 does not exist.")
                        .arg(commandLine->settingsFile)
            << Qt::endl;
        return SendCommand::InvalidSettings;
    }
    const std::unique_ptr<QSettings> stored = openSettings(*commandLine);
    if (stored->status() != QSettings::NoError) {
        err << QCoreApplication::translate("main", "The settings in %1 could not be read.")
                        .arg(stored->fileName())
            << Qt::endl;
        return SendCommand::InvalidSettings;
    }

    const SlackLog::Settings settings = resolveSettings(*commandLine, *stored);
    if (commandLine->printSettings)
        printSettings(settings, out);
    if (commandLine->check) {
        const int valid = checkSettings(settings, out);
        if (valid != 0 || !commandLine->send)
            return valid;
    }
    if (!commandLine->send)
        return 0;
    SendCommand command(out, err);
    QObject::connect(&command, &SendCommand::finished, &app, &QCoreApplication::exit);
    command.start(settings, commandLine->level, commandLine->text);
    return QCoreApplication::exec();
}
