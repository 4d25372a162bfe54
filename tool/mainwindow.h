#ifndef SLACKLOG_TOOL_MAINWINDOW_H
#define SLACKLOG_TOOL_MAINWINDOW_H

#include "settingsdocument.h"

#include <QtWidgets/QMainWindow>

#include <functional>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QTabWidget;
QT_END_NAMESPACE

class AppearancePage;
class InspectorPanel;
class RoutesPage;
class SendPanel;
class SettingsPage;
class SourceBar;

/*
    The settings window: whose settings, the settings form in sections, the send panel and the
    inspector. Saving writes what an application's SlackLog::Settings::load() reads.
*/
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // False, with the reason shown, when \a source cannot be read.
    bool open(const SettingsSource &source);
    bool save();

    SettingsDocument *document() { return &m_document; }
    SendPanel *sendPanel() const { return m_sendPanel; }
    InspectorPanel *inspector() const { return m_inspector; }
    RoutesPage *routesPage() const { return m_routesPage; }
    QAction *saveAction() const { return m_save; }
    QString problemsText() const;

    // What the close prompt asks; tests answer it in place of the user.
    enum class UnsavedAnswer { Save, Discard, Cancel };
    using UnsavedQuestion = std::function<UnsavedAnswer(const QString &question)>;
    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void collect();
    void showDocument();
    void updateState();
    bool maybeSave();
    void openRequested(const SettingsSource &source);

    SettingsDocument m_document;
    SourceBar *m_sourceBar;
    QTabWidget *m_sections;
    QList<SettingsPage *> m_pages;
    AppearancePage *m_appearancePage;
    RoutesPage *m_routesPage;
    InspectorPanel *m_inspector;
    SendPanel *m_sendPanel;
    QLabel *m_problems;
    QAction *m_save;
    QAction *m_revert;
    UnsavedQuestion m_unsavedQuestion;
    bool m_showing = false;
};

#endif // SLACKLOG_TOOL_MAINWINDOW_H
