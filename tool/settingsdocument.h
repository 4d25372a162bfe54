#ifndef SLACKLOG_TOOL_SETTINGSDOCUMENT_H
#define SLACKLOG_TOOL_SETTINGSDOCUMENT_H

#include <SlackLog/Settings>

#include <QtCore/QObject>

// Whose settings the tool edits: a settings file, or an organization/application pair as
// QSettings(organization, application) finds them.
struct SettingsSource
{
    QString file;
    QString organization;
    QString application;

    bool isFile() const { return !file.isEmpty(); }
    // The file, or "Organization/Application", for titles and messages.
    QString displayName() const;

    friend bool operator==(const SettingsSource &a, const SettingsSource &b)
    {
        return a.file == b.file && a.organization == b.organization
                && a.application == b.application;
    }
};

/*
    The settings being edited, as a document: what is stored, what the form now holds, whether
    they differ, and what stops them from being saved. It reads and writes the "SlackLog" group
    through SlackLog::Settings::load() and save(), so what is saved is what an application reads.
*/
class SettingsDocument : public QObject
{
    Q_OBJECT
public:
    explicit SettingsDocument(QObject *parent = nullptr);

    // Reads the settings of \a source. False, with errorString(), when they cannot be read;
    // the document is unchanged then.
    bool open(const SettingsSource &source);
    SettingsSource source() const { return m_source; }
    // The file QSettings reads, which is also what SlackLog::SettingsWatcher watches.
    QString fileName() const { return m_fileName; }

    const SlackLog::Settings &stored() const { return m_stored; }
    const SlackLog::Settings &current() const { return m_current; }
    void setCurrent(const SlackLog::Settings &settings);
    bool isModified() const { return m_current != m_stored; }

    QStringList problems() const { return m_problems; }
    bool canSave() const { return m_problems.isEmpty(); }

    // Writes the current settings. False, with errorString(), when they are not valid or the
    // file cannot be written; nothing is lost then: the form still holds them.
    bool save();
    void revert();

    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void currentChanged();
    void modifiedChanged(bool modified);
    void opened();

private:
    void update(const SlackLog::Settings &settings);

    SettingsSource m_source;
    QString m_fileName;
    SlackLog::Settings m_stored;
    SlackLog::Settings m_current;
    QStringList m_problems;
    QString m_errorString;
    bool m_modified = false;
};

#endif // SLACKLOG_TOOL_SETTINGSDOCUMENT_H
