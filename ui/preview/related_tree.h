#pragma once

#include "json/json_text.h"
#include "preview/preview_worker.h"

#include <QHash>
#include <QSet>
#include <QTreeView>

#include <optional>
#include <string>

class QStandardItem;
class QStandardItemModel;

namespace relata::preview {

class PreviewRunner;

// The relations of one record as a tree: every relation its model declares
// and every relation of another model pointing at it, each with its count,
// expanding to the related records through the engine's related() (scoped as
// the relation says), and from each record on, as deep as the user clicks.
// A relation whose query fails shows the error and keeps its last rows, greyed.
class RelatedTree : public QTreeView {
    Q_OBJECT

public:
    enum Role { KindRole = Qt::UserRole + 1, KeyRole, LoadedRole };
    enum class NodeKind { Record = 1, Relation, Message };

    // One relation node's state, for the query view.
    struct BranchNode {
        std::string recordModel;
        Json recordId;
        Branch branch;
        bool stale = false;
    };

    RelatedTree(PreviewRunner* runner, QWidget* parent = nullptr);

    // The record at the root (an empty model clears the tree).
    void setRecord(const std::string& model, const Json& id);
    const std::string& rootModel() const { return m_rootModel; }
    const Json& rootId() const { return m_rootId; }
    // Queries every loaded record again (the schema or the database changed).
    void refresh();
    // Expands the root record's relation `relation` declared by `owner`, now or
    // as soon as the root's relations are known.
    void expandRelation(const QString& owner, const QString& relation);

    // The relation node of `record` (invalid index: the root) declared by `owner`.
    QModelIndex relationIndex(const QString& owner, const QString& relation, const QModelIndex& record = {},
                              bool incoming = false) const;
    const BranchNode* branchAt(const QModelIndex& index) const;
    // The selected relation node (or the one holding the selected record).
    const BranchNode* currentBranch() const;
    QStandardItemModel* treeModel() const { return m_model; }

signals:
    // The current relation node, or what it shows, changed.
    void currentBranchChanged();
    // The user asked to open a record reached through the tree in the records view.
    void recordActivated(const QString& model, const QString& id);

private:
    struct RecordNode {
        std::string model;
        Json id;
    };

    QStandardItem* addRecord(QStandardItem* parent, const QString& key, const std::string& model,
                             const Json& id, const Json& row);
    void load(const QString& key);
    void receive(const ResultPtr& result);
    void apply(QStandardItem* record, const QString& key, const Result& result);
    void showError(QStandardItem* record, const QString& message);
    void applyBranch(QStandardItem* relation, const QString& key, const QString& recordKey, const Branch& branch);
    void fillRows(QStandardItem* relation, const QString& key, const Branch& branch);
    void setGreyed(QStandardItem* relation, bool greyed);
    void forget(QStandardItem* item);
    void restoreExpansion(QStandardItem* item);
    void applyPendingExpansion();

    PreviewRunner* m_runner;
    QStandardItemModel* m_model;
    std::string m_rootModel;
    Json m_rootId;
    QHash<QString, QStandardItem*> m_records;
    QHash<QString, RecordNode> m_recordNodes;
    QHash<QString, BranchNode> m_branches;
    QSet<QString> m_expanded;
    std::optional<std::pair<QString, QString>> m_pendingRelation;
};

} // namespace relata::preview
