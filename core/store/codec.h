#pragma once

#include "json/json_text.h"
#include "store/js_values.h"

#include <QVariant>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace relata::schema {
struct Property;
class Schema;
}

namespace relata::store {

// A column value as SQLite holds it; `text` points into SQLite's (or the
// caller's) buffer and is only read during decode.
struct Cell {
    enum class Kind { Null, Integer, Real, Text, Blob };
    Kind kind = Kind::Null;
    std::int64_t integer = 0;
    double real = 0;
    std::string_view text; // Text and Blob

    static Cell null() { return {}; }
    static Cell fromInteger(std::int64_t v) { return {Kind::Integer, v, 0, {}}; }
    static Cell fromReal(double v) { return {Kind::Real, 0, v, {}}; }
    static Cell fromText(std::string_view v) { return {Kind::Text, 0, 0, v}; }
};

// Thrown by decode for a JSON column nested deeper than json::maxDepth (such a
// value cannot be built safely, and any other value would mislead), and for a
// list of embedded models that the juggler refuses to build (HTTP 400).
class DecodeFailure : public std::runtime_error {
public:
    explicit DecodeFailure(const std::string& message, bool badRequest = false)
        : std::runtime_error(message), m_badRequest(badRequest) {}
    bool badRequest() const { return m_badRequest; }

private:
    bool m_badRequest;
};

// Receives a decoded column value: scalars as they are (a number is an integer
// when it is a whole number, as numberJson makes it), anything else as Json.
class DecodeSink {
public:
    virtual ~DecodeSink() = default;
    virtual void null() = 0;
    virtual void integer(std::int64_t value) = 0;
    virtual void real(double value) = 0;
    virtual void boolean(bool value) = 0;
    virtual void text(std::string_view value) = 0; // only read during the call
    virtual void json(Json&& value) = 0;
};

// What loopback-connector-sqlite3's fromColumnValue and the juggler make of a
// column value, typed by the property (see the oracle's "database layout").
Json decode(const schema::Property& property, const Cell& cell);
// The same handed to `sink`, so that a caller keeping its own values builds no Json.
void decode(const schema::Property& property, const Cell& cell, DecodeSink& sink);
Json decode(const schema::Property& property, const QVariant& value);

struct Encoded {
    QVariant value;    // what to bind: null, qint64, double or QString
    std::string error; // empty on success, else why the value does not fit the type
    bool ok() const { return error.empty(); }
};

// The column value the connector writes for a JSON value of the property
// (after the juggler's coercion): Number → double, Boolean → 0/1, Date → ms,
// Object/Array/any and arrays JSON-encoded twice, embedded models and GeoPoint
// once. A value that does not fit the type is an error, not a guess. With a
// schema, embedded objects get their model's key order and typed values, as
// the juggler's instances serialize them.
Encoded encode(const schema::Property& property, const Json& value,
               const schema::Schema* schema = nullptr);

} // namespace relata::store
