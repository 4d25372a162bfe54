#include "commandline.h"
#include "mainwindow.h"
#include "sendcommand.h"
#include "settingsreport.h"
#include "settingssource.h"
#include "translations.h"

#include <SlackLog/SlackLog>

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>
#include <QtCore/QSettings>
#include <QtCore/QTextStream>
#include <QtWidgets/QApplication>

#include <memory>

namespace {

int runHeadless(const CommandLine &commandLine)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!commandLine.settingsFile.isEmpty() && !QFileInfo::exists(commandLine.settingsFile)) {
        err << QCoreApplication::translate("main", "The settings file %1 does not exist.")
                        .arg(commandLine.settingsFile)
            << Qt::endl;
        return SendCommand::InvalidSettings;
    }
    const std::unique_ptr<QSettings> stored = openSettings(commandLine);
    if (stored->status() != QSettings::NoError) {
        err << QCoreApplication::translate("main", "The settings in %1 could not be read.")
                        .arg(stored->fileName())
            << Qt::endl;
        return SendCommand::InvalidSettings;
    }

    const SlackLog::Settings settings = resolveSettings(commandLine, *stored);
    if (commandLine.printSettings)
        printSettings(settings, out);
    if (commandLine.check) {
        const int valid = checkSettings(settings, out);
        if (valid != 0 || !commandLine.send)
            return valid;
    }
    if (!commandLine.send)
        return 0;
    SendCommand command(out, err);
    QObject::connect(&command, &SendCommand::finished, qApp, &QCoreApplication::exit);
    command.start(settings, commandLine.level, commandLine.text);
    return QCoreApplication::exec();
}

int runWindow(const CommandLine &commandLine)
{
    MainWindow window;
    SettingsSource source{commandLine.settingsFile, commandLine.organization,
                          commandLine.application};
    // As for the command line: without a name, the tool's own settings.
    if (!source.isFile() && source.application.isEmpty())
        source = {QString(), QCoreApplication::organizationName(),
                  QCoreApplication::applicationName()};
    window.open(source);
    window.show();
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    // The window needs a display; the command line modes must run without one.
    const std::unique_ptr<QCoreApplication> app = CommandLine::isHeadless(argc, argv)
            ? std::make_unique<QCoreApplication>(argc, argv)
            : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SlackLog"));
    QCoreApplication::setApplicationName(QStringLiteral("slacklog-config"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLACKLOG_VERSION_STRING));
    installTranslations(*app);

    int exitCode = 0;
    const std::optional<CommandLine> commandLine =
            CommandLine::parse(QCoreApplication::arguments(), &exitCode);
    if (!commandLine)
        return exitCode;
    if (commandLine->window) {
        QGuiApplication::setDesktopFileName(QStringLiteral("slacklog-config"));
        return runWindow(*commandLine);
    }
    return runHeadless(*commandLine);
}
