#pragma once

#include "json/json_text.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <vector>

namespace relata::schema {
struct Model;
struct Property;
} // namespace relata::schema

// loopback-connector's SqlConnector with loopback-connector-sqlite3's value
// conversions: identifiers come from the schema only (quoted), values are
// always bound, never spliced into the text.
namespace relata::query {

struct SqlStatement {
    QString sql;
    QVariantList bindings;
};

// The properties a SELECT reads, in the model's order (the order fromRow builds a row in).
std::vector<const schema::Property*> selectedProperties(const schema::Model& model, const Json& fields);

// How SQLite reads the table: as its planner decides, or in one pass over
// the table (NOT INDEXED), which answers the same rows.
enum class TableAccess { Planned, Scan };

// SELECT columns FROM table WHERE … ORDER BY … LIMIT ? OFFSET ? for a
// normalized filter (no order: the id properties); limit and offset are
// bound after the condition's values.
SqlStatement buildSelect(const schema::Model& model, const Json& filter,
                         const std::vector<const schema::Property*>& columns,
                         TableAccess access = TableAccess::Planned);

// The WHERE condition alone (empty when nothing applies).
SqlStatement buildWhere(const schema::Model& model, const Json& where);

// An `inq` or `nin` list of more than longKeyList values binds them as one
// JSON array (`column IN (SELECT value FROM json_each(?))`): boundKeyList()
// is that array, each key as toColumnValue makes it, null where it cannot be stored.
inline constexpr std::size_t longKeyList = 32;
Json boundKeyList(const schema::Property& property, const Json& keys);

// A double-quoted SQLite identifier.
QString quoteIdentifier(const std::string& name);

// loopback-connector-sqlite3's toColumnValue for one operand; `invalid` is set
// when the connector would bind NULL for a value it cannot convert.
QVariant toColumnValue(const schema::Property& property, const Json& value, bool* isNull = nullptr);

} // namespace relata::query
