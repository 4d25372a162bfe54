#include "commandline.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QTextStream>

#include <cstdio>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}
} // namespace

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            tr("Edits the SlackLog settings that an application reads, and sends test messages.\n"
               "Without --send, --check or --print-settings it opens the settings window.\n"
               "Without a configured webhook, --send posts to a built-in Slack stand-in on "
               "127.0.0.1 and shows what it received."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption send(
            u"send"_qs, tr("Sends TEXT as one log message, as an application would."), tr("TEXT"));
    const QCommandLineOption check(u"check"_qs,
                                   tr("Checks the settings and says what is wrong; exits with 0 "
                                      "when they are valid, 1 when not."));
    const QCommandLineOption printSettings(
            u"print-settings"_qs, tr("Prints the settings in effect, with webhook URLs redacted."));
    const QCommandLineOption level(u"level"_qs,
                                   tr("The level of the message: debug, info, warning or critical "
                                      "(default: info)."),
                                   tr("LEVEL"), u"info"_qs);
    const QCommandLineOption webhook(u"webhook"_qs,
                                     tr("The webhook URL to post to. Other users of this machine "
                                        "can read a command line: prefer SLACKLOG_WEBHOOK_URL."),
                                     tr("URL"));
    const QCommandLineOption channel(u"channel"_qs, tr("The channel, such as #ops or @alice."),
                                     tr("CHANNEL"));
    const QCommandLineOption username(u"username"_qs, tr("The name to post as."), tr("NAME"));
    const QCommandLineOption iconEmoji(
            u"icon-emoji"_qs, tr("The emoji to post with, such as :robot_face:."), tr("EMOJI"));
    const QCommandLineOption iconUrl(u"icon-url"_qs, tr("The URL of an image to post with."),
                                     tr("URL"));
    const QCommandLineOption settingsFile(u"settings-file"_qs,
                                          tr("Reads the settings from this INI file."), tr("FILE"));
    const QCommandLineOption organization(u"organization"_qs,
                                          tr("The organization name of the application whose "
                                             "settings to read."),
                                          tr("NAME"));
    const QCommandLineOption application(u"application"_qs,
                                         tr("The name of the application whose settings to read."),
                                         tr("NAME"));
    const QCommandLineOption language(u"lang"_qs,
                                      tr("The language to show, such as de or zh_CN, instead of "
                                         "the system's."),
                                      tr("LANGUAGE"));
    parser.addOptions({send, check, printSettings, level, webhook, channel, username, iconEmoji,
                       iconUrl, settingsFile, organization, application, language});

    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << u'\n' << tr("Try --help.") << u'\n';
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(versionOption)) {
        QTextStream(stdout) << QCoreApplication::applicationName() << u' '
                            << QCoreApplication::applicationVersion() << u'\n';
        *exitCode = 0;
        return std::nullopt;
    }

    CommandLine result;
    result.send = parser.isSet(send);
    result.check = parser.isSet(check);
    result.printSettings = parser.isSet(printSettings);
    result.text = parser.value(send);
    const std::optional<SlackLog::Level> parsedLevel = SlackLog::levelFromName(parser.value(level));
    if (!parsedLevel || *parsedLevel == SlackLog::Level::Fatal) {
        err << tr("--level must be debug, info, warning or critical, not \"%1\". (A fatal "
                  "message would end slacklog-config itself.)")
                        .arg(parser.value(level))
            << u'\n';
        *exitCode = 2;
        return std::nullopt;
    }
    result.level = *parsedLevel;
    auto optional = [&parser](const QCommandLineOption &option) -> std::optional<QString> {
        return parser.isSet(option) ? std::optional(parser.value(option)) : std::nullopt;
    };
    result.webhookUrl = optional(webhook);
    result.channel = optional(channel);
    result.username = optional(username);
    result.iconEmoji = optional(iconEmoji);
    result.iconUrl = optional(iconUrl);
    result.settingsFile = parser.value(settingsFile);
    result.organization = parser.value(organization);
    result.application = parser.value(application);
    result.language = parser.value(language);
    if (!parser.positionalArguments().isEmpty()) {
        err << tr("Unexpected argument \"%1\". Put a message with spaces in quotes: "
                  "--send \"disk almost full\".")
                        .arg(parser.positionalArguments().constFirst())
            << u'\n';
        *exitCode = 2;
        return std::nullopt;
    }
    result.window = !result.send && !result.check && !result.printSettings;
    return result;
}

bool CommandLine::isHeadless(int argc, char *argv[])
{
    static const char *const headless[] = {"--send", "--check",   "--print-settings",
                                           "-h",     "--help",    "--help-all",
                                           "-v",     "--version", "-?"};
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        for (const char *option : headless) {
            if (argument == option || argument.startsWith(QByteArray(QByteArray(option) + '=')))
                return true;
        }
    }
    return false;
}
