#include "mainwindow.h"

#include "appearancepage.h"
#include "deliverypage.h"
#include "destinationpage.h"
#include "filteringpage.h"
#include "inspectorpanel.h"
#include "routespage.h"
#include "sendpanel.h"
#include "sourcebar.h"

#include <SlackLog/SlackLog>

#include <QtCore/QCoreApplication>
#include <QtGui/QAction>
#include <QtGui/QCloseEvent>
#include <QtGui/QKeySequence>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QToolBar>
#include <QtWidgets/QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sourceBar(new SourceBar(this)), m_sections(new QTabWidget(this)),
      m_appearancePage(new AppearancePage(this)), m_routesPage(new RoutesPage(this)),
      m_inspector(new InspectorPanel(this)), m_sendPanel(new SendPanel(m_inspector, this)),
      m_problems(new QLabel(this)),
      m_save(new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this)),
      m_revert(
              new QAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Revert"), this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/slacklog.svg")));
    m_unsavedQuestion = [this](const QString &question) {
        const auto button = QMessageBox::question(
                this, tr("Unsaved Changes"), question,
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return button == QMessageBox::Save       ? UnsavedAnswer::Save
                : button == QMessageBox::Discard ? UnsavedAnswer::Discard
                                                 : UnsavedAnswer::Cancel;
    };

    auto *destination = new DestinationPage(this);
    auto *filtering = new FilteringPage(this);
    auto *delivery = new DeliveryPage(this);
    m_pages = {destination, filtering, m_appearancePage, m_routesPage, delivery};
    m_sections->setObjectName(QStringLiteral("sections"));
    m_sections->addTab(destination, tr("&Destination"));
    m_sections->addTab(filtering, tr("&Filtering"));
    //: the tab with the format, fields, pattern and emoji
    m_sections->addTab(m_appearancePage, tr("A&ppearance"));
    m_sections->addTab(m_routesPage, tr("&Routes"));
    m_sections->addTab(delivery, tr("De&livery"));
    for (SettingsPage *page : std::as_const(m_pages))
        connect(page, &SettingsPage::edited, this, &MainWindow::collect);

    auto *tools = new QTabWidget(this);
    tools->setObjectName(QStringLiteral("tools"));
    tools->addTab(m_sendPanel, tr("Send a &Test"));
    tools->addTab(m_inspector, tr("&Inspector"));
    // The count in the tab says that something arrived, without taking the delivery log away.
    connect(m_inspector, &InspectorPanel::requestShown, this, [this, tools] {
        tools->setTabText(tools->indexOf(m_inspector),
                          tr("&Inspector (%1)").arg(m_inspector->requestCount()));
    });

    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c01c28;"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_sections);
    leftLayout->addWidget(m_problems);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(tools);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_sourceBar);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_save->setObjectName(QStringLiteral("saveAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert->setObjectName(QStringLiteral("revertAction"));
    m_revert->setToolTip(tr("Go back to the saved settings"));
    auto *openFile = new QAction(tr("&Open Settings File…"), this);
    openFile->setShortcut(QKeySequence::Open);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    auto *sendTest = new QAction(tr("Send &Test Message"), this);
    sendTest->setShortcut(Qt::CTRL | Qt::Key_Return);
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    connect(m_revert, &QAction::triggered, this, [this] {
        m_document.revert();
        showDocument();
    });
    connect(openFile, &QAction::triggered, m_sourceBar, &SourceBar::chooseFile);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    connect(sendTest, &QAction::triggered, m_sendPanel, &SendPanel::send);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(openFile);
    file->addAction(m_save);
    file->addAction(m_revert);
    file->addSeparator();
    file->addAction(quit);
    QMenu *test = menuBar()->addMenu(tr("&Test"));
    test->addAction(sendTest);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SlackLog Settings"), this, [this] {
        QMessageBox::about(this, tr("About SlackLog Settings"),
                           tr("<p><b>SlackLog Settings</b> %1</p><p>Edits the settings that "
                              "SlackLog reads in an application, previews and sends test "
                              "messages, and shows them in a built-in inspector.</p>")
                                   .arg(QStringLiteral(SLACKLOG_VERSION_STRING)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("File"));
    toolBar->setObjectName(QStringLiteral("fileToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_save);
    toolBar->addAction(m_revert);

    auto *busy = new QProgressBar(this);
    busy->setObjectName(QStringLiteral("busyIndicator"));
    busy->setRange(0, 0);
    busy->setMaximumWidth(100);
    busy->setVisible(false);
    statusBar()->addPermanentWidget(busy);
    connect(m_sendPanel, &SendPanel::sendingChanged, busy, &QWidget::setVisible);

    connect(m_sourceBar, &SourceBar::openRequested, this, &MainWindow::openRequested);
    connect(&m_document, &SettingsDocument::currentChanged, this, &MainWindow::updateState);
    updateState();
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

bool MainWindow::open(const SettingsSource &source)
{
    if (!m_document.open(source)) {
        statusBar()->showMessage(m_document.errorString());
        return false;
    }
    showDocument();
    statusBar()->showMessage(tr("Opened %1.").arg(m_document.fileName()), 5000);
    return true;
}

bool MainWindow::save()
{
    collect();
    if (!m_document.save()) {
        // Nothing is lost: the form keeps what was typed.
        QMessageBox::warning(this, tr("Not Saved"), m_document.errorString());
        return false;
    }
    statusBar()->showMessage(tr("Saved to %1. A running application that watches this file "
                                "applies the settings now.")
                                     .arg(m_document.fileName()),
                             8000);
    return true;
}

QString MainWindow::problemsText() const
{
    return m_problems->text();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::collect()
{
    if (m_showing)
        return;
    SlackLog::Settings settings = m_document.stored();
    for (const SettingsPage *page : std::as_const(m_pages))
        page->applyTo(settings);
    m_document.setCurrent(settings);
}

void MainWindow::showDocument()
{
    m_showing = true;
    for (SettingsPage *page : std::as_const(m_pages))
        page->showSettings(m_document.current());
    m_showing = false;
    m_sourceBar->showSource(m_document.source(), m_document.fileName());
    updateState();
}

void MainWindow::updateState()
{
    const QStringList problems = m_document.problems();
    m_problems->setText(problems.isEmpty() ? QString()
                                           : tr("Cannot be saved until this is fixed:") + u' '
                                        + problems.join(u' '));
    m_problems->setVisible(!problems.isEmpty());
    m_save->setEnabled(m_document.isModified() && m_document.canSave());
    m_save->setToolTip(problems.isEmpty() ? tr("Save the settings") : problems.join(u'\n'));
    m_revert->setEnabled(m_document.isModified());
    setWindowModified(m_document.isModified());
    //: %1 is whose settings: an application name or a file name
    setWindowTitle(tr("%1[*] - SlackLog Settings").arg(m_document.source().displayName()));
    m_sendPanel->setSettings(m_document.current(), m_document.source().application);
    m_appearancePage->setContext(m_document.current(), m_document.source().application);
}

bool MainWindow::maybeSave()
{
    if (!m_document.isModified())
        return true;
    switch (m_unsavedQuestion(tr("The settings of %1 have changes that are not saved. Save "
                                 "them?")
                                      .arg(m_document.source().displayName()))) {
    case UnsavedAnswer::Save:
        return save();
    case UnsavedAnswer::Discard:
        return true;
    case UnsavedAnswer::Cancel:
        return false;
    }
    return false;
}

void MainWindow::openRequested(const SettingsSource &source)
{
    if (source == m_document.source() && !m_document.isModified())
        return;
    if (!maybeSave())
        return;
    if (!open(source))
        QMessageBox::warning(this, tr("Not Opened"), m_document.errorString());
}
