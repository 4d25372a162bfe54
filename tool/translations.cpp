#include "translations.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLibraryInfo>
#include <QtCore/QLocale>
#include <QtCore/QTranslator>

namespace {

// --lang is read before the command line is parsed, so that --help is translated too.
QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(u"--lang="))
            return argument.mid(7);
    }
    return QString();
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    const QString language = requestedLanguage(QCoreApplication::arguments());
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *ours = new QTranslator(&app);
    // Embedded by qt_add_translations under :/i18n.
    if (ours->load(locale, QStringLiteral("slacklog-config"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}
