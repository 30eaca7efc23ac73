#pragma once

#include "json/json_text.h"
#include "query/query_trace.h"
#include "query/sql_builder.h"

#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace relata::query {

// Prepared SELECTs of one connection, kept for reuse: an include runs the same
// statement once per page of keys, and the preview reruns the same queries.
// Rows are read forward only, straight from SQLite into JSON.
class StatementCache {
public:
    explicit StatementCache(sqlite3* database);
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // Runs `statement`; column i of each row is decoded as `columns[i]` and the
    // row is an object with the properties in that order. Throws QueryFailure.
    std::vector<Json> select(const SqlStatement& statement, const std::vector<const schema::Property*>& columns);

    std::size_t preparedCount() const { return m_statements.size(); }
    std::size_t executedCount() const { return m_executed; }

    // Statements run from now on are appended to `trace` (null: none are kept).
    void setTrace(QueryTrace* trace) { m_trace = trace; }
    QueryTrace* trace() const { return m_trace; }

private:
    sqlite3_stmt* prepare(const QString& sql);
    [[noreturn]] void failWithDatabaseError(int code, sqlite3_stmt* running = nullptr);

    sqlite3* m_database;
    std::unordered_map<std::string, sqlite3_stmt*> m_statements;
    std::size_t m_executed = 0;
    QueryTrace* m_trace = nullptr;
};

} // namespace relata::query
