#include "query/query_error.h"

namespace relata::query {

Json QueryError::toJson() const
{
    Json error = Json::object();
    error["name"] = name;
    error["message"] = message;
    if (statusCode)
        error["statusCode"] = *statusCode;
    if (!code.empty())
        error["code"] = code;
    return Json{{"error", std::move(error)}};
}

QueryError badRequest(std::string message, std::string code)
{
    QueryError error;
    error.message = std::move(message);
    error.statusCode = 400;
    error.code = std::move(code);
    return error;
}

QueryError sqliteError(const std::string& sqliteMessage)
{
    QueryError error;
    error.message = "SQLITE_ERROR: " + sqliteMessage;
    error.code = "SQLITE_ERROR";
    return error;
}

void fail(QueryError error)
{
    throw QueryFailure(std::move(error));
}

void failBadRequest(std::string message, std::string code)
{
    fail(badRequest(std::move(message), std::move(code)));
}

void failPlain(std::string message)
{
    QueryError error;
    error.message = std::move(message);
    fail(std::move(error));
}

} // namespace relata::query
