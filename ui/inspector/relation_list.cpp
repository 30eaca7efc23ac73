#include "inspector/relation_list.h"

#include "document/document.h"
#include "edit/edit_controller.h"
#include "schema/schema.h"
#include "session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relata {
namespace {

enum Column { NameColumn, TypeColumn, ModelColumn, ColumnCount };

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

RelationList::RelationList(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_remove(new QPushButton(tr("Delete Relation"), this))
{
    m_table->setObjectName(QStringLiteral("relations"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Model")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setMinimumHeight(110);
    m_table->installEventFilter(this);
    auto* add = new QPushButton(tr("Add Relation…"), this);
    add->setObjectName(QStringLiteral("addRelation"));
    m_remove->setObjectName(QStringLiteral("removeRelation"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &RelationList::addRequested);
    connect(m_remove, &QPushButton::clicked, this, &RelationList::removeCurrent);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        emit relationActivated(m_table->item(item->row(), NameColumn)->text());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
}

void RelationList::setModel(Session* session, ModelId id)
{
    const QString current = id == m_id && m_table->currentRow() >= 0
                                ? m_table->item(m_table->currentRow(), NameColumn)->text()
                                : QString();
    m_session = session;
    m_id = id;
    m_table->setRowCount(0);
    m_remove->setEnabled(false);
    if (!session || id == ModelId::None || !session->document().contains(id))
        return;
    const Json relations = session->document().model(id).value("relations", Json::object());
    if (!relations.is_object())
        return;
    const schema::Model* compiled = session->schema().model(id);
    for (const auto& [name, entry] : relations.items()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const auto text = [&entry](const char* key) {
            const Json value = entry.is_object() ? entry.value(key, Json()) : Json();
            return value.is_string() ? value.get<std::string>() : std::string();
        };
        const std::string type = text("type");
        std::string target = text("model");
        // Without `model`, LoopBack's guess from the relation name.
        const schema::Relation* resolved = compiled ? compiled->relation(name) : nullptr;
        if (target.empty() && resolved)
            target = resolved->modelTo;
        m_table->setItem(row, NameColumn, new QTableWidgetItem(q(name)));
        m_table->setItem(row, TypeColumn, new QTableWidgetItem(q(type)));
        m_table->setItem(row, ModelColumn, new QTableWidgetItem(q(target)));
        if (q(name) == current)
            m_table->setCurrentCell(row, NameColumn);
    }
}

void RelationList::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_session || m_id == ModelId::None)
        return;
    const std::string name = m_table->item(row, NameColumn)->text().toStdString();
    m_session->edits().removeRelation(m_id, name);
    m_session->compileNow();
    m_table->setCurrentCell(std::min(row, m_table->rowCount() - 1), NameColumn);
}

// Delete in the list removes the relation, not what the canvas has selected.
bool RelationList::eventFilter(QObject* watched, QEvent* event)
{
    const bool shortcut = event->type() == QEvent::ShortcutOverride;
    if (watched == m_table && (shortcut || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent*>(event)->matches(QKeySequence::Delete)) {
        if (shortcut)
            event->accept();
        else
            removeCurrent();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relata
