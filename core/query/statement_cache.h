#pragma once

#include "json/json_text.h"
#include "query/key_set.h"
#include "query/query_trace.h"
#include "query/rows.h"
#include "query/sql_builder.h"

#include <list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace relata::query {

// Prepared SELECTs of one connection, kept for reuse: an include runs the same
// statement once per page of keys, and the preview reruns the same queries.
// At most `capacity` are kept; the one used longest ago is finalized first.
// Rows are read forward only, straight from SQLite into one RowTable.
class StatementCache {
public:
    static constexpr std::size_t defaultCapacity = 64;

    explicit StatementCache(sqlite3* database, std::size_t capacity = defaultCapacity);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Runs `statement`; column i of each row is decoded as `columns[i]`, the
    // table's column i. With `keys`, only rows whose value in SELECT column
    // `keyColumn` is one of them are kept (the statement may read that column
    // after `columns`). Throws QueryFailure.
    Rows select(const SqlStatement& statement, const std::vector<const schema::Property*>& columns,
                const KeySet* keys = nullptr, int keyColumn = 0);

    // How SQLite compares `column` of `table` with other values; nullopt when
    // SQLite cannot say (no such table or column).
    std::optional<ColumnComparison> comparison(const std::string& table, const std::string& column);

    // The largest rowid of `table`, which bounds its row count from above;
    // nullopt for a table without rowids or one SQLite cannot read.
    std::optional<std::int64_t> largestRowid(const std::string& table);

    // Statements prepared (again after an eviction too), statements run, and
    // statements held now (never more than capacity()).
    std::size_t preparedCount() const { return m_prepared; }
    std::size_t executedCount() const { return m_executed; }
    std::size_t cachedCount() const { return m_statements.size(); }
    std::size_t capacity() const { return m_capacity; }

    // Statements run from now on are appended to `trace` (null: none are kept).
    void setTrace(QueryTrace* trace) { m_trace = trace; }
    QueryTrace* trace() const { return m_trace; }

private:
    sqlite3_stmt* prepare(const QString& sql);
    [[noreturn]] void failWithDatabaseError(int code, sqlite3_stmt* running = nullptr);

    struct Cached {
        std::string sql;
        sqlite3_stmt* statement = nullptr;
    };

    sqlite3* m_database;
    std::size_t m_capacity;
    // Most recently used first; m_statements finds a statement's entry by its text.
    std::list<Cached> m_recent;
    std::unordered_map<std::string_view, std::list<Cached>::iterator> m_statements;
    std::size_t m_prepared = 0;
    std::size_t m_executed = 0;
    QueryTrace* m_trace = nullptr;
};

} // namespace relata::query
