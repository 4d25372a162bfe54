#include "sourcebar.h"

#include <QtCore/QDir>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

SourceBar::SourceBar(QWidget *parent)
    : QWidget(parent), m_organization(new QLineEdit(this)), m_application(new QLineEdit(this)),
      m_file(new QLabel(this))
{
    m_organization->setObjectName(QStringLiteral("organization"));
    m_organization->setPlaceholderText(tr("Organization"));
    m_organization->setToolTip(tr("The organization name the application sets with "
                                  "QCoreApplication::setOrganizationName()."));
    m_application->setObjectName(QStringLiteral("application"));
    m_application->setPlaceholderText(tr("Application"));
    m_application->setToolTip(tr("The application name it sets with "
                                 "QCoreApplication::setApplicationName()."));
    auto *open = new QPushButton(tr("&Open"), this);
    open->setObjectName(QStringLiteral("openApplication"));
    open->setToolTip(tr("Edit the SlackLog settings of this application."));
    auto *openFile = new QPushButton(tr("Open &File…"), this);
    openFile->setToolTip(tr("Edit the SlackLog group of an INI settings file."));
    m_file->setObjectName(QStringLiteral("settingsFileName"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setEnabled(false);

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Settings of:"), this));
    row->addWidget(m_organization);
    row->addWidget(new QLabel(QStringLiteral("/"), this));
    row->addWidget(m_application);
    row->addWidget(open);
    row->addWidget(openFile);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_file);

    const auto requestApplication = [this] {
        Q_EMIT openRequested(
                {QString(), m_organization->text().trimmed(), m_application->text().trimmed()});
    };
    connect(open, &QPushButton::clicked, this, requestApplication);
    connect(m_application, &QLineEdit::returnPressed, this, requestApplication);
    connect(m_organization, &QLineEdit::returnPressed, this, requestApplication);
    connect(openFile, &QPushButton::clicked, this, &SourceBar::chooseFile);
}

void SourceBar::showSource(const SettingsSource &source, const QString &fileName)
{
    m_organization->setText(source.organization);
    m_application->setText(source.application);
    //: %1 is the settings file's path
    m_file->setText(tr("File: %1 (the SlackLog group)").arg(QDir::toNativeSeparators(fileName)));
}

void SourceBar::chooseFile()
{
    const QString file =
            QFileDialog::getOpenFileName(this, tr("Open Settings File"), QString(),
                                         tr("Settings files (*.ini *.conf);;All files (*)"));
    if (!file.isEmpty())
        Q_EMIT openRequested({file, QString(), QString()});
}
