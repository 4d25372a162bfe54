#ifndef SLACKLOG_TOOL_TRANSLATIONS_H
#define SLACKLOG_TOOL_TRANSLATIONS_H

#include <QtCore/QString>

QT_BEGIN_NAMESPACE
class QCoreApplication;
QT_END_NAMESPACE

// Loads the catalogue for --lang if given, or else for the system's locale; English needs none.
void installTranslations(QCoreApplication &app);

#endif // SLACKLOG_TOOL_TRANSLATIONS_H
