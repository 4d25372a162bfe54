// Uses the installed headers and both installed targets: the README's snippet, checked against
// the Slack stand-in from SlackLog::Testing.
#include <SlackLog/SlackLog>
#include <SlackLog/SlackStandIn>

#include <QCoreApplication>
#include <QDebug>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    SlackLog::Testing::SlackStandIn slack;
    if (!slack.listen())
        return 1;

    SlackLog::Settings settings;
    settings.setWebhookUrl(slack.webhookUrl());
    settings.setMessagePattern(QStringLiteral("%{message}"));
    if (!SlackLog::install(settings))
        return 2;
    qWarning() << "disk almost full";
    if (!SlackLog::flush(std::chrono::seconds(10)))
        return 3;
    SlackLog::uninstall();

    const QStringList lines = slack.receivedLines();
    if (lines != QStringList{QStringLiteral("disk almost full")}) {
        std::fprintf(stderr, "unexpected: %s\n", qPrintable(lines.join(u'|')));
        return 4;
    }
    std::printf("SlackLog %s found and working\n", SLACKLOG_VERSION_STRING);
    return 0;
}
