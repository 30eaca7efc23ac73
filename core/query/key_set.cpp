#include "query/key_set.h"

#include "store/codec.h"

#include <QByteArray>

#include <cmath>

namespace relata::query {

namespace {

bool mentions(const QByteArray& type, const char* word)
{
    return type.contains(word);
}

// The integer a double equals, if any (-0.0 is 0).
std::optional<std::int64_t> integerOf(double value)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    if (!(value >= -limit && value < limit) || value != std::trunc(value))
        return std::nullopt;
    return static_cast<std::int64_t>(value);
}

} // namespace

ColumnComparison::Affinity ColumnComparison::affinityOf(std::string_view declaredType)
{
    const QByteArray type = QByteArray(declaredType.data(), qsizetype(declaredType.size())).toUpper();
    if (mentions(type, "INT"))
        return Affinity::Numeric;
    if (mentions(type, "CHAR") || mentions(type, "CLOB") || mentions(type, "TEXT"))
        return Affinity::Text;
    if (type.isEmpty() || mentions(type, "BLOB"))
        return Affinity::Blob;
    return Affinity::Numeric; // REAL, FLOA, DOUB and anything else (NUMERIC)
}

std::optional<KeySet> KeySet::make(const Json& list, ColumnComparison column)
{
    if (!list.is_array())
        return std::nullopt;
    KeySet keys;
    keys.m_integers.reserve(list.size());
    for (const Json& value : list) {
        switch (value.type()) {
        case Json::value_t::null:
            break; // NULL equals nothing
        case Json::value_t::boolean: // json_each reads true and false as 1 and 0
            keys.m_integers.insert(value.get<bool>() ? 1 : 0);
            break;
        case Json::value_t::number_integer:
            keys.m_integers.insert(value.get<std::int64_t>());
            break;
        case Json::value_t::number_float: {
            const double number = value.get<double>();
            if (const std::optional<std::int64_t> integer = integerOf(number))
                keys.m_integers.insert(*integer);
            else if (!std::isnan(number))
                keys.m_reals.insert(number);
            break;
        }
        case Json::value_t::string:
            if (column.affinity == ColumnComparison::Affinity::Numeric || !column.binaryCollation)
                return std::nullopt;
            keys.m_texts.insert(value.get<std::string>());
            break;
        default:
            return std::nullopt; // json_each would give JSON text; the builder binds no such value
        }
    }
    return keys;
}

bool KeySet::containsNumber(double value) const
{
    if (const std::optional<std::int64_t> integer = integerOf(value))
        return m_integers.contains(*integer);
    return m_reals.contains(value);
}

bool KeySet::contains(const store::Cell& cell) const
{
    switch (cell.kind) {
    case store::Cell::Kind::Integer: return m_integers.contains(cell.integer);
    case store::Cell::Kind::Real: return containsNumber(cell.real);
    case store::Cell::Kind::Text: return m_texts.find(cell.text) != m_texts.end();
    case store::Cell::Kind::Null:
    case store::Cell::Kind::Blob: return false; // a list holds no blobs
    }
    return false;
}

} // namespace relata::query
