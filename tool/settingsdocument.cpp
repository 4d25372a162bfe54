#include "settingsdocument.h"

#include "fieldchecks.h"

#include <QtCore/QFileInfo>
#include <QtCore/QSettings>

#include <memory>

namespace {

std::unique_ptr<QSettings> settingsOf(const SettingsSource &source)
{
    if (source.isFile())
        return std::make_unique<QSettings>(source.file, QSettings::IniFormat);
    return std::make_unique<QSettings>(source.organization, source.application);
}

} // namespace

QString SettingsSource::displayName() const
{
    if (isFile())
        return QFileInfo(file).fileName();
    return organization + QLatin1Char('/') + application;
}

SettingsDocument::SettingsDocument(QObject *parent) : QObject(parent)
{
    m_problems = problemsBlockingSave(m_current);
}

bool SettingsDocument::open(const SettingsSource &source)
{
    if (!source.isFile() && source.application.isEmpty()) {
        m_errorString = tr("Name the application whose settings to edit, or open a settings "
                           "file.");
        return false;
    }
    const std::unique_ptr<QSettings> stored = settingsOf(source);
    if (stored->status() != QSettings::NoError) {
        m_errorString = tr("The settings in %1 could not be read: the file is not in INI "
                           "format, or it cannot be opened.")
                                .arg(stored->fileName());
        return false;
    }
    m_source = source;
    m_fileName = stored->fileName();
    m_stored = SlackLog::Settings::load(*stored);
    m_errorString.clear();
    update(m_stored);
    Q_EMIT opened();
    return true;
}

void SettingsDocument::setCurrent(const SlackLog::Settings &settings)
{
    if (settings != m_current)
        update(settings);
}

bool SettingsDocument::save()
{
    if (!canSave()) {
        m_errorString = tr("The settings were not saved: %1").arg(m_problems.join(u' '));
        return false;
    }
    const std::unique_ptr<QSettings> stored = settingsOf(m_source);
    m_current.save(*stored);
    stored->sync();
    if (stored->status() != QSettings::NoError) {
        m_errorString = tr("The settings could not be written to %1. Check that its folder "
                           "exists and may be written, and that the disk is not full.")
                                .arg(stored->fileName());
        return false;
    }
    m_fileName = stored->fileName();
    // What was written is read back, so that "saved" means what an application will read.
    m_stored = SlackLog::Settings::load(*stored);
    m_errorString.clear();
    update(m_current);
    return true;
}

void SettingsDocument::revert()
{
    update(m_stored);
}

void SettingsDocument::update(const SlackLog::Settings &settings)
{
    m_current = settings;
    m_problems = problemsBlockingSave(m_current);
    Q_EMIT currentChanged();
    if (isModified() != m_modified) {
        m_modified = isModified();
        Q_EMIT modifiedChanged(m_modified);
    }
}
