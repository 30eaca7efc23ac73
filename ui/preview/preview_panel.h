#pragma once

#include "json/json_text.h"

#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>
#include <string>
#include <utility>

class QComboBox;
class QLabel;
class QTableView;

namespace relata {

class JsonEdit;
class Session;

namespace preview {

class PreviewRunner;
class QueryView;
class RecordsModel;
class RelatedTree;
struct Result;

// The Preview dock: a SQLite database for the app, the selected model's
// records, the relations of the selected record, and the query view. Every
// query runs on the preview thread; edits re-run them, debounced.
class PreviewPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int rerunDelayMs = 150;

    explicit PreviewPanel(QWidget* parent = nullptr);
    ~PreviewPanel() override;

    void setSession(Session* session);
    // Opens `path` read-only and remembers it in relata.json.
    void openDatabase(const QString& path);
    // Writes the app's tables and sample rows into a new file at `path` (an
    // existing file is replaced: the caller asked the user), then opens it.
    void createSampleDatabase(const QString& path, int scale = 100);
    // A new file in a folder removed with the panel.
    QString temporaryDatabasePath();
    const QString& databasePath() const { return m_databasePath; }
    // The message the dock shows about the database or the last query.
    QString message() const;

    // The records view shows `model`.
    void showModel(const std::string& model);
    // Expands `relation` of `owner` in the tree, on the selected record of
    // `owner` (the first one when none is selected).
    void showRelation(const QString& owner, const QString& relation);
    // Sets the records filter as if the user typed it.
    void setFilterText(const QString& text);

    PreviewRunner* runner() const { return m_runner; }
    RecordsModel* records() const { return m_records; }
    QTableView* recordsView() const { return m_table; }
    QComboBox* scopeBox() const { return m_scopes; }
    RelatedTree* tree() const { return m_tree; }
    QueryView* queryView() const { return m_query; }
    JsonEdit* filterEdit() const { return m_filter; }
    QLabel* lintLabel() const { return m_lint; }

signals:
    // A database was opened (empty path: none is open any more).
    void databaseChanged(const QString& path);

private:
    QWidget* createDatabaseBar();
    QWidget* createRecordsPane();
    void chooseDatabase();
    void chooseSampleDatabase();
    void receive(const std::shared_ptr<const Result>& result);
    void rerun();
    void updateModels();
    // The named scopes of `model` in the scope box, keeping the chosen one when it is still there.
    void updateScopes(const std::string& model);
    std::string chosenScope() const;
    void applyFilter();
    void updateLint(const std::optional<Json>& filter);
    void sortBy(int column);
    void selectRecord(int row);
    void recordsAnswered();
    void showBranchQuery();
    void showRecordsQuery();
    void setMessage(const QString& text, bool error);
    QString resolvedPath(const QString& stored) const;
    void rememberDatabase(const QString& path);

    Session* m_session = nullptr;
    PreviewRunner* m_runner;
    RecordsModel* m_records;
    RelatedTree* m_tree;
    QueryView* m_query;
    QLabel* m_database;
    QLabel* m_message;
    QComboBox* m_models;
    QComboBox* m_scopes;
    JsonEdit* m_filter;
    QLabel* m_lint;
    QTableView* m_table;
    QTimer m_rerunTimer;
    QTimer m_filterTimer;
    QString m_databasePath;
    QString m_messageText;
    std::unique_ptr<QTemporaryDir> m_temporary;
    std::optional<std::pair<QString, QString>> m_pendingRelation;
    bool m_updatingModels = false;
};

} // namespace preview
} // namespace relata
