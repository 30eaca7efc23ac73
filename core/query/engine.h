#pragma once

#include "json/json_text.h"
#include "query/query_error.h"
#include "query/query_trace.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace relata::schema {
class Schema;
}
namespace relata::store {
class Connection;
}

namespace relata::query {

class StatementCache;

// A query's answer: the JSON LoopBack 3 prints (JSON.stringify of the
// juggler's result), or the error document it reports.
struct QueryResult {
    Json value;
    // With Answer::Text: JSON.stringify of the value (store::jsStringify),
    // written straight from the rows read; `value` is then left null.
    std::string text;
    std::optional<QueryError> error;
    bool ok() const { return !error; }
    // The value, or {"error": {...}} on failure.
    Json document() const { return error ? error->toJson() : value; }
    // The document as JSON.stringify writes it (the text, when there is one).
    std::string documentText() const;
};

// What a query's answer holds: the JSON value, or its text only (what a
// program that prints the answer needs; no JSON value is built per row).
enum class Answer { Value, Text };

// Runs LoopBack filters and relation accessors against a SQLite database laid
// out as loopback-connector-sqlite3 lays it out, answering as LoopBack 3 does
// (SEMANTICS.md §3, §4; the oracle README's SQLite quirks). One engine per
// connection and thread; prepared statements are kept for reuse.
class Engine {
public:
    Engine(const schema::Schema& schema, store::Connection& connection);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Model.find(filter).
    QueryResult find(std::string_view model, const Json& filter, Answer answer = Answer::Value);
    // Model.findById(id, filter): an object, or null.
    QueryResult findById(std::string_view model, const Json& id, const Json& filter = Json::object());
    // (await Model.findById(id))[relation](filter): the relation accessor.
    // Without a filter it is the call REST makes without one.
    QueryResult related(std::string_view model, const Json& id, std::string_view relation,
                        const std::optional<Json>& filter, Answer answer = Answer::Value);
    // Model[scope](filter) for a named scope.
    QueryResult scope(std::string_view model, std::string_view scopeName, const Json& filter,
                      Answer answer = Answer::Value);

    // SQL statements run and prepared since the engine was made, and prepared
    // statements kept now (at most cacheCapacity).
    struct Statistics {
        std::size_t executed = 0;
        std::size_t prepared = 0;
        std::size_t cached = 0;
        std::size_t cacheCapacity = 0;
    };
    Statistics statistics() const;

    // Every SELECT run from now on is appended to `trace` with its filter,
    // rows and time; null stops tracing. The trace must outlive its use.
    void setTrace(QueryTrace* trace);

private:
    const schema::Schema& m_schema;
    std::unique_ptr<StatementCache> m_statements;
};

} // namespace relata::query
