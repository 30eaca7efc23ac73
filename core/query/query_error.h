#pragma once

#include "json/json_text.h"

#include <exception>
#include <optional>
#include <string>

namespace relata::query {

// An error as LoopBack reports it: the error document run.js and the REST
// layer print is {"error": {"name", "message", "statusCode"?, "code"?}}.
struct QueryError {
    std::string name = "Error";
    std::string message;
    std::optional<int> statusCode;
    std::string code;

    Json toJson() const; // {"error": {...}}
    friend bool operator==(const QueryError&, const QueryError&) = default;
};

QueryError badRequest(std::string message, std::string code = {});
// SQLite's own failures, worded as node-sqlite3 words them.
QueryError sqliteError(const std::string& sqliteMessage);

// Thrown inside core/query only; the engine's API turns it back into a value.
class QueryFailure : public std::exception {
public:
    explicit QueryFailure(QueryError error) : m_error(std::move(error)) {}
    const QueryError& error() const { return m_error; }
    const char* what() const noexcept override { return m_error.message.c_str(); }

private:
    QueryError m_error;
};

[[noreturn]] void fail(QueryError error);
[[noreturn]] void failBadRequest(std::string message, std::string code = {});
[[noreturn]] void failPlain(std::string message); // an Error without statusCode (HTTP 500)

} // namespace relata::query
