#pragma once

#include "json/json_text.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>

namespace relata::store {
struct Cell;
}

namespace relata::query {

// What decides how SQLite compares a table column with the values of a list:
// the column's affinity (from its declared type) and whether it collates text
// byte by byte.
struct ColumnComparison {
    enum class Affinity { Numeric, Text, Blob };
    Affinity affinity = Affinity::Blob;
    bool binaryCollation = true;

    // SQLite's rules for a declared type (INT, then CHAR/CLOB/TEXT, then BLOB or
    // none, then REAL/FLOA/DOUB; anything else is NUMERIC).
    static Affinity affinityOf(std::string_view declaredType);
};

// The values of a key list as `column IN (SELECT value FROM json_each(list))`
// matches them, so that an include reading most of a table can keep its rows
// in C++ while SQLite scans the table: a row is kept exactly when SQLite's
// comparison finds its value in the list. The list's values have no affinity
// there, so neither side is converted, except text values against a numeric
// column (NUMERIC affinity turns "5" into 5) and text compared under another
// collation than BINARY: make() refuses those.
class KeySet {
public:
    // `list`: the JSON array the SQL builder binds for the list (boundKeyList).
    static std::optional<KeySet> make(const Json& list, ColumnComparison column);

    bool contains(const store::Cell& cell) const;

private:
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };
    bool containsNumber(double value) const;

    // Numbers equal to an integer are kept as that integer, which compares
    // integers and reals exactly as SQLite does.
    std::unordered_set<std::int64_t> m_integers;
    std::unordered_set<double> m_reals;
    std::unordered_set<std::string, TextHash, std::equal_to<>> m_texts;
};

} // namespace relata::query
