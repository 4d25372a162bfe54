#include "routespage.h"

#include "routesmodel.h"

#include <SlackLog/ServerKind>

#include <QtCore/QTimer>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStyledItemDelegate>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace {

// The server kind is chosen from a list: empty, or one of the kinds by name.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(RoutesPage::tr("(as the default)"), QString());
        for (const SlackLog::ServerKind kind : SlackLog::allServerKinds)
            combo->addItem(SlackLog::serverKindDisplayName(kind), SlackLog::serverKindName(kind));
        // A choice from the list is the edit: no need to press Enter or leave the cell. The list
        // opens at once, since a closed combo box takes each arrow key as a choice.
        QTimer::singleShot(0, combo, &QComboBox::showPopup);
        auto *self = const_cast<KindDelegate *>(this);
        connect(combo, &QComboBox::activated, self, [self, combo] {
            Q_EMIT self->commitData(combo);
            Q_EMIT self->closeEditor(combo);
        });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(Qt::EditRole).toString())));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

RoutesPage::RoutesPage(QWidget *parent)
    : SettingsPage(parent), m_model(new RoutesModel(this)), m_table(new QTableView(this))
{
    m_table->setObjectName(QStringLiteral("routesTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(RoutesModel::Kind, new KindDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RoutesModel::Webhook, QHeaderView::Stretch);

    auto *explanation = new QLabel(
            tr("Messages whose logging category matches a pattern go to that route's "
               "destination; the first match wins. Empty fields fall back to the Destination "
               "page. A route's own webhook may lead to another kind of server: say which. "
               "Webhook URLs are shown redacted: double-click to edit one."),
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
