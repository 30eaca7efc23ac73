#include "preview/related_tree.h"

#include "preview/preview_runner.h"
#include "preview/records_model.h"

#include <QHeaderView>
#include <QPalette>
#include <QStandardItemModel>

#include <map>

namespace relata::preview {
namespace {

constexpr int shownRows = 200;
constexpr int summaryFields = 3;
const QString outlinePrefix = QStringLiteral("outline:");

QString q(const std::string& text)
{
    return QString::fromStdString(text);
}

QStandardItem* message(const QString& text, bool error)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setData(int(RelatedTree::NodeKind::Message), RelatedTree::KindRole);
    if (error)
        item->setForeground(QColor(0xc0, 0x1c, 0x1c));
    else
        item->setForeground(QPalette().color(QPalette::Disabled, QPalette::Text));
    return item;
}

// "Order 3 · total: 120 · status: shipped"
QString recordText(const std::string& model, const Json& id, const Json& row, const std::string& idName)
{
    QString text = q(model) + u' ' + cellText(id);
    int shown = 0;
    if (!row.is_object())
        return text;
    for (const auto& member : row.items()) {
        if (member.key() == idName || member.value().is_structured() || member.value().is_null())
            continue;
        text += QStringLiteral(" · %1: %2").arg(q(member.key()), cellText(member.value()));
        if (++shown == summaryFields)
            break;
    }
    return text;
}

QString branchKey(const QString& recordKey, const Branch& branch)
{
    return QStringLiteral("%1|%2%3.%4")
        .arg(recordKey, branch.incoming ? QStringLiteral("<") : QStringLiteral(">"), q(branch.owner),
             q(branch.relation));
}

QString branchText(const Branch& branch)
{
    const QString count = QString::number(branch.rows.size());
    if (branch.incoming)
        return RelatedTree::tr("← %1.%2 (%3)").arg(q(branch.owner), q(branch.relation), count);
    const QString target = branch.target.empty() ? QStringLiteral("?") : q(branch.target);
    return RelatedTree::tr("%1 → %2 (%3)").arg(q(branch.relation), target, count);
}

} // namespace

RelatedTree::RelatedTree(PreviewRunner* runner, QWidget* parent)
    : QTreeView(parent)
    , m_runner(runner)
    , m_model(new QStandardItemModel(this))
{
    setModel(m_model);
    setHeaderHidden(true);
    setUniformRowHeights(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_runner, &PreviewRunner::finished, this, &RelatedTree::receive);
    connect(this, &QTreeView::expanded, this, [this](const QModelIndex& index) {
        const QString key = index.data(KeyRole).toString();
        m_expanded.insert(key);
        if (index.data(KindRole).toInt() == int(NodeKind::Record) && !index.data(LoadedRole).toBool())
            load(key);
    });
    connect(this, &QTreeView::collapsed, this,
            [this](const QModelIndex& index) { m_expanded.remove(index.data(KeyRole).toString()); });
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &RelatedTree::currentBranchChanged);
    connect(this, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto node = m_recordNodes.constFind(index.data(KeyRole).toString());
        if (node != m_recordNodes.constEnd() && index.parent().isValid())
            emit recordActivated(q(node->model), q(node->id.dump()));
    });
}

void RelatedTree::setRecord(const std::string& model, const Json& id)
{
    m_model->clear();
    m_records.clear();
    m_recordNodes.clear();
    m_branches.clear();
    m_expanded.clear();
    m_rootModel = model;
    m_rootId = id;
    if (model.empty())
        return;
    const QString key = q(model) + u'#' + q(id.dump());
    QStandardItem* root = addRecord(m_model->invisibleRootItem(), key, model, id, Json());
    m_expanded.insert(key);
    expand(root->index());
    if (!root->data(LoadedRole).toBool())
        load(key);
    emit currentBranchChanged();
}

QStandardItem* RelatedTree::addRecord(QStandardItem* parent, const QString& key, const std::string& model,
                                      const Json& id, const Json& row)
{
    const schema::Model* described = m_runner->schema() ? m_runner->schema()->model(model) : nullptr;
    auto* item = new QStandardItem(recordText(model, id, row, described ? described->idName() : "id"));
    item->setEditable(false);
    item->setData(int(NodeKind::Record), KindRole);
    item->setData(key, KeyRole);
    item->setData(false, LoadedRole);
    parent->appendRow(item);
    // Embedded values have no id and no table: nothing to expand.
    if (described && described->persisted && !id.is_null()) {
        item->appendRow(message(tr("Loading…"), false));
        m_records.insert(key, item);
        m_recordNodes.insert(key, {model, id});
    }
    return item;
}

void RelatedTree::load(const QString& key)
{
    QStandardItem* item = m_records.value(key);
    if (!item)
        return;
    item->setData(true, LoadedRole);
    const RecordNode& node = m_recordNodes[key];
    Request request;
    request.kind = Request::Kind::Outline;
    request.channel = outlinePrefix + key;
    request.model = node.model;
    request.id = node.id;
    m_runner->submit(std::move(request));
}

void RelatedTree::refresh()
{
    for (auto it = m_records.cbegin(); it != m_records.cend(); ++it) {
        if (it.value()->data(LoadedRole).toBool())
            load(it.key());
    }
}

void RelatedTree::receive(const ResultPtr& result)
{
    if (!result->channel.startsWith(outlinePrefix))
        return;
    const QString key = result->channel.mid(outlinePrefix.size());
    if (QStandardItem* record = m_records.value(key))
        apply(record, key, *result);
}

void RelatedTree::apply(QStandardItem* record, const QString& key, const Result& result)
{
    for (int row = record->rowCount() - 1; row >= 0; --row) {
        if (record->child(row)->data(KindRole).toInt() == int(NodeKind::Message))
            record->removeRow(row);
    }
    if (!result.answer.ok()) {
        showError(record, q(result.answer.error->message));
        return;
    }
    const schema::Model* model = m_runner->schema() ? m_runner->schema()->model(result.model) : nullptr;
    record->setText(recordText(result.model, result.id, result.answer.value, model ? model->idName() : "id"));
    std::map<QString, QStandardItem*> existing;
    for (int row = 0; row < record->rowCount(); ++row)
        existing.emplace(record->child(row)->data(KeyRole).toString(), record->child(row));
    QSet<QString> kept;
    int position = 0;
    for (const Branch& branch : result.branches) {
        const QString relationKey = branchKey(key, branch);
        kept.insert(relationKey);
        QStandardItem* relation = existing.count(relationKey) ? existing[relationKey] : nullptr;
        if (!relation) {
            relation = new QStandardItem;
            relation->setEditable(false);
            relation->setData(int(NodeKind::Relation), KindRole);
            relation->setData(relationKey, KeyRole);
            record->insertRow(std::min(position, record->rowCount()), relation);
        }
        ++position;
        applyBranch(relation, relationKey, key, branch);
    }
    for (int row = record->rowCount() - 1; row >= 0; --row) {
        QStandardItem* child = record->child(row);
        if (!kept.contains(child->data(KeyRole).toString())) {
            forget(child);
            record->removeRow(row);
        }
    }
    if (result.branches.empty())
        record->appendRow(message(tr("no relations"), false));
    restoreExpansion(record);
    applyPendingExpansion();
    emit currentBranchChanged();
}

void RelatedTree::showError(QStandardItem* record, const QString& text)
{
    record->insertRow(0, message(text, true));
    for (int row = 1; row < record->rowCount(); ++row)
        setGreyed(record->child(row), true);
    emit currentBranchChanged();
}

void RelatedTree::applyBranch(QStandardItem* relation, const QString& key, const QString& recordKey,
                              const Branch& branch)
{
    const RecordNode& owner = m_recordNodes[recordKey];
    BranchNode& node = m_branches[key];
    node.recordModel = owner.model;
    node.recordId = owner.id;
    relation->setToolTip(tr("%1 %2.%3").arg(q(schema::relationKindName(branch.kind)), q(branch.owner),
                                             q(branch.relation)));
    if (branch.error) {
        // The last good rows stay, greyed, under the error.
        Json keptRows = node.branch.rows;
        node.branch = branch;
        node.branch.rows = std::move(keptRows);
        node.stale = true;
        for (int row = relation->rowCount() - 1; row >= 0; --row) {
            if (relation->child(row)->data(KindRole).toInt() == int(NodeKind::Message))
                relation->removeRow(row);
        }
        relation->setText(branchText(node.branch));
        relation->insertRow(0, message(q(branch.error->message), true));
        setGreyed(relation, true);
        return;
    }
    node.branch = branch;
    node.stale = false;
    relation->setText(branchText(branch));
    setGreyed(relation, false);
    fillRows(relation, key, branch);
}

void RelatedTree::fillRows(QStandardItem* relation, const QString& key, const Branch& branch)
{
    std::map<QString, QList<QStandardItem*>> reusable;
    while (relation->rowCount() > 0) {
        QList<QStandardItem*> taken = relation->takeRow(0);
        const QString childKey = taken.front()->data(KeyRole).toString();
        if (taken.front()->data(KindRole).toInt() == int(NodeKind::Record) && !reusable.count(childKey))
            reusable.emplace(childKey, taken);
        else {
            forget(taken.front());
            qDeleteAll(taken);
        }
    }
    const schema::Model* target = m_runner->schema() ? m_runner->schema()->model(branch.target) : nullptr;
    const std::string idName = target ? target->idName() : std::string("id");
    int index = 0;
    for (const Json& row : branch.rows) {
        if (index == shownRows) {
            relation->appendRow(message(tr("… and %1 more").arg(branch.rows.size() - shownRows), false));
            break;
        }
        const Json id = row.is_object() && row.contains(idName) ? row[idName] : Json();
        const QString rowKey = id.is_null() ? QStringLiteral("%1/%2").arg(key).arg(index)
                                            : QStringLiteral("%1/%2#%3").arg(key, q(branch.target), q(id.dump()));
        ++index;
        if (auto found = reusable.find(rowKey); found != reusable.end()) {
            found->second.front()->setText(recordText(branch.target, id, row, idName));
            relation->appendRow(found->second);
            reusable.erase(found);
            continue;
        }
        addRecord(relation, rowKey, branch.target, id, row)->setText(
            id.is_null() ? cellText(row) : recordText(branch.target, id, row, idName));
    }
    for (auto& [unused, items] : reusable) {
        forget(items.front());
        qDeleteAll(items);
    }
}

void RelatedTree::setGreyed(QStandardItem* relation, bool greyed)
{
    const QVariant colour = greyed ? QVariant(QPalette().color(QPalette::Disabled, QPalette::Text)) : QVariant();
    for (int row = 0; row < relation->rowCount(); ++row) {
        QStandardItem* child = relation->child(row);
        if (child->data(KindRole).toInt() != int(NodeKind::Message))
            child->setData(colour, Qt::ForegroundRole);
    }
}

void RelatedTree::forget(QStandardItem* item)
{
    const QString key = item->data(KeyRole).toString();
    m_records.remove(key);
    m_recordNodes.remove(key);
    m_branches.remove(key);
    for (int row = 0; row < item->rowCount(); ++row)
        forget(item->child(row));
}

void RelatedTree::restoreExpansion(QStandardItem* item)
{
    for (int row = 0; row < item->rowCount(); ++row) {
        QStandardItem* child = item->child(row);
        if (m_expanded.contains(child->data(KeyRole).toString())) {
            expand(child->index());
            restoreExpansion(child);
        }
    }
}

void RelatedTree::expandRelation(const QString& owner, const QString& relation)
{
    m_pendingRelation = std::make_pair(owner, relation);
    applyPendingExpansion();
}

void RelatedTree::applyPendingExpansion()
{
    if (!m_pendingRelation)
        return;
    const QModelIndex index = relationIndex(m_pendingRelation->first, m_pendingRelation->second);
    if (!index.isValid())
        return;
    m_pendingRelation.reset();
    expand(index);
    setCurrentIndex(index);
    scrollTo(index);
}

QModelIndex RelatedTree::relationIndex(const QString& owner, const QString& relation, const QModelIndex& record,
                                       bool incoming) const
{
    const QModelIndex parent = record.isValid() ? record : m_model->index(0, 0);
    if (!parent.isValid())
        return {};
    const QString suffix = QStringLiteral("|%1%2.%3").arg(incoming ? QStringLiteral("<") : QStringLiteral(">"), owner,
                                                         relation);
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex child = m_model->index(row, 0, parent);
        if (child.data(KeyRole).toString().endsWith(suffix))
            return child;
    }
    return {};
}

const RelatedTree::BranchNode* RelatedTree::branchAt(const QModelIndex& index) const
{
    const auto found = m_branches.constFind(index.data(KeyRole).toString());
    return found == m_branches.constEnd() ? nullptr : &found.value();
}

const RelatedTree::BranchNode* RelatedTree::currentBranch() const
{
    for (QModelIndex index = currentIndex(); index.isValid(); index = index.parent()) {
        if (const BranchNode* node = branchAt(index))
            return node;
    }
    return nullptr;
}

} // namespace relata::preview
