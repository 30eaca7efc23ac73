#pragma once

#include "json/json_text.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relata::schema {
struct Model;
struct Property;
} // namespace relata::schema

namespace relata::query {

struct RowTable;

// One row of a RowTable.
struct RowRef {
    RowTable* table = nullptr;
    std::uint32_t index = 0;
};

// A key set on an instance after it was read: an included relation's rows
// (`one` for a to-one relation), or any other value.
struct RowMember {
    std::string key;
    Json value;
    std::vector<RowRef> rows;
    bool isRows = false;
    bool one = false;
};

// A column value of a row: null, numbers, booleans and text held in place
// (text in its table's `text`), anything else as one of its table's `values`.
struct Datum {
    enum class Kind : std::uint8_t { Null, Integer, Real, Boolean, Text, Value };
    Kind kind = Kind::Null;
    std::uint32_t size = 0; // Text: its bytes
    union {
        std::int64_t integer = 0;
        double real;
        bool boolean;
        std::uint64_t at; // Text: offset into `text`; Value: index into `values`
    };

    static Datum ofInteger(std::int64_t value)
    {
        Datum datum;
        datum.kind = Kind::Integer;
        datum.integer = value;
        return datum;
    }
    static Datum ofReal(double value)
    {
        Datum datum;
        datum.kind = Kind::Real;
        datum.real = value;
        return datum;
    }
    static Datum ofBoolean(bool value)
    {
        Datum datum;
        datum.kind = Kind::Boolean;
        datum.boolean = value;
        return datum;
    }
};

// The rows one SELECT read: its columns typed once, its values in one
// contiguous array (row-major), and per row the keys set on it later in the
// order they were set. A table keeps the tables its members' rows live in.
struct RowTable {
    std::vector<const schema::Property*> columns;
    std::vector<Datum> cells;
    std::string text;
    std::vector<Json> values;
    std::vector<std::vector<RowMember>> members; // empty until a key is set
    std::vector<std::shared_ptr<RowTable>> children;
    std::size_t rowCount = 0;

    std::size_t size() const { return rowCount; }
    std::optional<std::size_t> column(std::string_view name) const;

    const Datum& cell(std::size_t row, std::size_t column) const { return cells[row * columns.size() + column]; }
    std::string_view textOf(const Datum& datum) const { return {text.data() + datum.at, datum.size}; }
    Json json(const Datum& datum) const;
    // Keeps `value` as a cell: a scalar typed in place, anything else in `values`.
    Datum datum(Json&& value);
    Datum datum(std::string_view value);
};

// Model instances as the executor hands them around (rows read from SQLite,
// or JSON objects made instances): references to table rows, so that an
// included relation links its targets to their parents by index and nothing
// is copied until the answer is written.
class Rows {
public:
    Rows() = default;
    // Rows over all of `table`'s rows.
    explicit Rows(std::shared_ptr<RowTable> table);
    // Instances made from JSON objects (their keys become members).
    static Rows fromObjects(const Json& objects);

    std::size_t size() const { return m_refs.size(); }
    bool empty() const { return m_refs.empty(); }
    RowRef operator[](std::size_t i) const { return m_refs[i]; }
    const std::vector<RowRef>& refs() const { return m_refs; }

    // Appends `other`'s rows (their tables are kept alive).
    void append(const Rows& other);
    // The same rows in the order of `order` (indexes into this).
    void reorder(const std::vector<std::size_t>& order);
    const std::vector<std::shared_ptr<RowTable>>& tables() const { return m_tables; }

    // The instance as toObject() gives it before toJSON: columns, then members.
    static Json toJson(RowRef row);
    Json toJson() const;

private:
    std::vector<std::shared_ptr<RowTable>> m_tables;
    std::vector<RowRef> m_refs;
};

// A key of a row: its column or member value, nullopt when it has none (or it
// holds included rows).
std::optional<Json> rowValue(RowRef row, std::string_view key);

// rowValue() for one key over many rows, finding the key's column once per table.
class KeyReader {
public:
    explicit KeyReader(const std::string& key) : m_key(key) {}
    std::optional<Json> operator()(RowRef row);

private:
    const std::string& m_key;
    const RowTable* m_table = nullptr;
    std::optional<std::size_t> m_column;
};

// Sets `key` on the row (a column of that name keeps its place). Included rows
// must live in tables the row's table keeps (adopt).
void setMember(RowRef row, const std::string& key, Json value);
void setRows(RowRef row, const std::string& key, std::vector<RowRef> rows, bool one);
// `parents`' tables keep `included`'s tables alive.
void adopt(const Rows& parents, const Rows& included);
// The list of included rows set under `key`, null when there is none.
std::vector<RowRef>* memberRows(RowRef row, const std::string& key);

} // namespace relata::query
