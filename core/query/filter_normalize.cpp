#include "query/filter_normalize.h"

#include "query/js_value.h"
#include "query/query_error.h"
#include "schema/schema.h"
#include "store/js_values.h"

#include <QRegularExpression>
#include <QString>

#include <algorithm>
#include <cmath>

namespace relata::query {

namespace {

constexpr int maxDepthOfQuery = 32; // the juggler's default maxDepthOfQuery

bool present(const Json& filter, const char* key)
{
    auto it = filter.find(key);
    return it != filter.end() && js::truthy(*it);
}

const Json& valueOr(const Json& filter, const char* key, const Json& fallback)
{
    auto it = filter.find(key);
    return (it != filter.end() && js::truthy(*it)) ? *it : fallback;
}

bool isWholeNumber(double value)
{
    return std::ceil(value) == value;
}

// `{limit: 0, skip: 5}` runs as limit 100: LoopBack takes `limit || 100`.
void normalizePaging(Json& filter)
{
    if (!present(filter, "limit") && !present(filter, "skip") && !present(filter, "offset"))
        return;
    static const Json hundred = 100;
    static const Json zero = 0;
    const Json limitValue = valueOr(filter, "limit", hundred);
    const Json& skipSource = present(filter, "skip") ? filter["skip"] : valueOr(filter, "offset", zero);
    const std::optional<double> limit = js::toNumber(limitValue);
    if (!limit || *limit <= 0 || !isWholeNumber(*limit)) {
        const Json original = filter.contains("limit") ? filter["limit"] : Json();
        failBadRequest("The limit parameter " + store::jsStringify(original) + " is not valid");
    }
    const std::optional<double> offset = js::toNumber(skipSource);
    if (!offset || *offset < 0 || !isWholeNumber(*offset)) {
        const Json original = present(filter, "skip") ? filter["skip"] : (filter.contains("offset") ? filter["offset"] : Json());
        failBadRequest("The offset/skip parameter " + store::jsStringify(original) + " is not valid");
    }
    // Infinity passes the juggler's check and reaches the SQL as `LIMIT Infinity`.
    filter["limit"] = js::number(*limit);
    filter["offset"] = js::number(*offset);
    filter["skip"] = js::number(*offset);
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0xFEFF);
}

// JavaScript's `token.split(/\s+/)`.
QStringList splitOnSpaces(const QString& token)
{
    QStringList parts;
    QString current;
    bool inSpace = false;
    for (QChar c : token) {
        if (isSpace(c)) {
            if (!inSpace)
                parts << current, current.clear();
            inSpace = true;
        } else {
            current += c;
            inSpace = false;
        }
    }
    parts << current;
    return parts;
}

void normalizeOrder(Json& filter)
{
    if (!present(filter, "order"))
        return;
    const Json& order = filter["order"];
    const Json entries = order.is_array() ? order : Json::array({order});
    static const QRegularExpression commas(QStringLiteral("(?:\\s*,\\s*)+"));
    Json tokens = Json::array();
    for (const Json& entry : entries) {
        if (!entry.is_string())
            failBadRequest("The order " + store::jsStringify(entry) + " is not valid");
        const QString text = QString::fromStdString(entry.get<std::string>());
        for (const QString& piece : text.split(commas)) {
            if (piece.isEmpty())
                continue;
            QString token = piece;
            const QStringList parts = splitOnSpaces(piece);
            if (parts.size() >= 2) {
                const QString direction = parts[1].toUpper();
                if (direction != QLatin1String("ASC") && direction != QLatin1String("DESC"))
                    failBadRequest("The order " + store::jsStringify(Json(piece.toStdString())) + " has invalid direction");
                token = parts[0] + u' ' + direction;
            }
            tokens.push_back(token.toStdString());
        }
    }
    if (tokens.size() == 1 && order.is_string())
        filter["order"] = tokens[0];
    else
        filter["order"] = std::move(tokens);
}

// utils.fieldsToArray; an empty result means "all properties" and is removed.
void normalizeFields(Json& filter, const schema::Model& model)
{
    if (!present(filter, "fields"))
        return;
    const Json& fields = filter["fields"];
    std::vector<std::string> names;
    names.reserve(model.properties.size());
    for (const schema::Property& property : model.properties)
        names.push_back(property.name);
    Json result = Json::array();
    if (fields.is_string()) {
        result.push_back(fields);
    } else if (fields.is_array() && !fields.empty()) {
        result = fields;
    } else if (fields.is_object() || fields.is_array()) {
        if (fields.empty()) {
            filter.erase("fields");
            return;
        }
        Json included = Json::array();
        std::vector<std::string> excluded;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (js::truthy(it.value()))
                included.push_back(it.key());
            else
                excluded.push_back(it.key());
        }
        if (!included.empty()) {
            result = std::move(included);
        } else {
            for (const std::string& name : names) {
                if (std::find(excluded.begin(), excluded.end(), name) == excluded.end())
                    result.push_back(name);
            }
        }
    } else {
        for (const std::string& name : names)
            result.push_back(name);
    }
    if (model.strict) {
        Json known = Json::array();
        for (const Json& name : result) {
            if (name.is_string() && model.property(name.get<std::string>()))
                known.push_back(name);
        }
        result = std::move(known);
    }
    filter["fields"] = std::move(result);
}

bool isRegExpOperatorKey(const std::string& key)
{
    return key == "like" || key == "nlike" || key == "ilike" || key == "nilike" || key == "regexp";
}

// new RegExp(str) accepts it; otherwise the juggler escapes the metacharacters.
std::string escapeInvalidRegExp(const std::string& text)
{
    if (store::jsRegExp(text, {}).valid())
        return text;
    static const std::string special = "-[]/{}()+?.\\^$|";
    std::string escaped;
    for (char c : text) {
        if (special.find(c) != std::string::npos)
            escaped += '\\';
        escaped += c;
    }
    return escaped;
}

bool isProhibited(const std::string& key, const std::vector<std::string>& prohibited)
{
    for (const std::string& name : prohibited) {
        if (key == name)
            return true;
        const QStringList segments = QString::fromStdString(key).split(u'.');
        if (segments.contains(QString::fromStdString(name)))
            return true;
    }
    return false;
}

void sanitizeNode(Json& node, const std::string& key, int level, const std::vector<std::string>& prohibited)
{
    if (level > maxDepthOfQuery)
        failBadRequest("The query object exceeds maximum depth " + std::to_string(maxDepthOfQuery),
                       "QUERY_OBJECT_TOO_DEEP");
    if (node.is_string() && isRegExpOperatorKey(key)) {
        node = escapeInvalidRegExp(node.get<std::string>());
        return;
    }
    if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            sanitizeNode(node[i], std::to_string(i), level + 1, prohibited);
    } else if (node.is_object()) {
        for (auto it = node.begin(); it != node.end();) {
            if (isProhibited(it.key(), prohibited)) {
                it = node.erase(it);
                continue;
            }
            sanitizeNode(it.value(), it.key(), level + 1, prohibited);
            ++it;
        }
    }
}

} // namespace

const std::vector<std::string>& whereOperators()
{
    static const std::vector<std::string> operators = {"eq",  "gt",  "gte",   "lt",    "lte",
                                                       "between", "inq", "nin", "neq", "like",
                                                       "nlike", "ilike", "nilike", "regexp"};
    return operators;
}

// A RegExp carries this key with a binary value, which no JSON text can hold:
// a filter's own {"$regexp": …, "$flags": …} stays an object with `$` keys.
constexpr const char* regExpTag = "$relata";

bool isRegExp(const Json& value)
{
    if (!value.is_object() || value.size() != 3)
        return false;
    const auto source = value.find("$regexp");
    const auto flags = value.find("$flags");
    const auto tag = value.find(regExpTag);
    return source != value.end() && source->is_string() && flags != value.end() &&
           flags->is_string() && tag != value.end() && tag->is_binary();
}

Json makeRegExp(std::string source, std::string flags)
{
    Json value = Json::object();
    value["$regexp"] = std::move(source);
    value["$flags"] = std::move(flags);
    value[regExpTag] = Json::binary({});
    return value;
}

std::string regExpText(const Json& regexp)
{
    return "/" + regexp["$regexp"].get<std::string>() + "/" + regexp["$flags"].get<std::string>();
}

Json withRegExpsAsText(const Json& filter)
{
    if (isRegExp(filter))
        return regExpText(filter);
    if (!filter.is_structured())
        return filter;
    Json copy = filter;
    for (auto& item : copy)
        item = withRegExpsAsText(item);
    return copy;
}

void sanitizeQuery(Json& query, const schema::Model& model)
{
    std::vector<std::string> prohibited;
    auto setting = model.settings.find("prohibitHiddenPropertiesInQuery");
    if (setting != model.settings.end() && js::truthy(*setting))
        prohibited = model.hidden;
    sanitizeNode(query, std::string(), 0, prohibited);
}

void normalizeFilter(Json& filter, const schema::Model& model, const schema::Schema& schema)
{
    if (!js::truthy(filter)) {
        filter = Json::object();
        return;
    }
    if (!filter.is_object())
        failBadRequest("The query filter " + store::jsStringify(filter) + " is not an object");
    normalizePaging(filter);
    normalizeOrder(filter);
    normalizeFields(filter, model);
    sanitizeQuery(filter, model);
    if (auto where = filter.find("where"); where != filter.end())
        coerceWhere(*where, model, schema);
}

} // namespace relata::query
