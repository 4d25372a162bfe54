#ifndef SLACKLOG_TOOL_COMMANDLINE_H
#define SLACKLOG_TOOL_COMMANDLINE_H

#include <SlackLog/Level>

#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

// What slacklog-config was asked to do, read from its arguments.
struct CommandLine
{
    bool send = false;
    bool check = false;
    bool printSettings = false;
    // No action was asked for: the window opens.
    bool window = false;
    QString text;
    SlackLog::Level level = SlackLog::Level::Info;
    // Each is set only when given, so that it can win over the environment and QSettings.
    std::optional<QString> webhookUrl;
    std::optional<QString> channel;
    std::optional<QString> username;
    std::optional<QString> iconEmoji;
    std::optional<QString> iconUrl;
    QString settingsFile;
    QString organization;
    QString application;
    QString language;

    // Whether \a arguments ask for something done without a window; decided before any
    // QCoreApplication exists, to choose which one to make.
    static bool isHeadless(int argc, char *argv[]);

    // std::nullopt after printing help, the version, or what is wrong (with \a exitCode set).
    static std::optional<CommandLine> parse(const QStringList &arguments, int *exitCode);
};

#endif // SLACKLOG_TOOL_COMMANDLINE_H
