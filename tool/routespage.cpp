#include "routespage.h"

#include "routesmodel.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

RoutesPage::RoutesPage(QWidget *parent)
    : SettingsPage(parent), m_model(new RoutesModel(this)), m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("routesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoutesModel::Webhook, QHeaderView::Stretch);

    auto *explanation = new QLabel(
            tr("Messages whose logging category matches a pattern go to that route's "
               "destination; the first match wins. Empty fields fall back to the Destination "
               "page. Webhook URLs are shown redacted: double-click to edit one."),
            this);
    explanation->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addRoute"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeRoute"));
    auto *up = new QPushButton(tr("Move &up"), this);
    auto *down = new QPushButton(tr("Move &down"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addRoute();
        m_table->setCurrentIndex(m_model->index(row, RoutesModel::Pattern));
        m_table->edit(m_table->currentIndex());
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_model->removeRoute(currentRow()); });
    const auto move = [this](int delta) {
        const int row = currentRow();
        m_model->moveRoute(row, delta);
        m_table->selectRow(qBound(0, row + delta, m_model->rowCount() - 1));
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_model, &RoutesModel::edited, this, &SettingsPage::edited);
}

void RoutesPage::showSettings(const SlackLog::Settings &settings)
{
    m_model->setRoutes(settings.routes());
}

void RoutesPage::applyTo(SlackLog::Settings &settings) const
{
    settings.setRoutes(m_model->routes());
}

int RoutesPage::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}
