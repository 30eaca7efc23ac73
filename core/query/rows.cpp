#include "query/rows.h"

#include "schema/schema.h"

#include <algorithm>

namespace relata::query {

namespace {

RowMember* findMember(RowRef row, std::string_view key)
{
    RowTable& table = *row.table;
    if (table.members.empty())
        return nullptr;
    for (RowMember& member : table.members[row.index]) {
        if (member.key == key)
            return &member;
    }
    return nullptr;
}

std::vector<RowMember>& membersOf(RowRef row)
{
    RowTable& table = *row.table;
    if (table.members.empty())
        table.members.resize(table.size());
    return table.members[row.index];
}

Json rowsJson(const RowMember& member)
{
    if (member.one)
        return member.rows.empty() ? Json() : Rows::toJson(member.rows.front());
    Json list = Json::array();
    list.get_ref<Json::array_t&>().reserve(member.rows.size());
    for (RowRef row : member.rows)
        list.push_back(Rows::toJson(row));
    return list;
}

} // namespace

Json RowTable::json(const Datum& datum) const
{
    switch (datum.kind) {
    case Datum::Kind::Null: return nullptr;
    case Datum::Kind::Integer: return datum.integer;
    case Datum::Kind::Real: return datum.real;
    case Datum::Kind::Boolean: return datum.boolean;
    case Datum::Kind::Text: return std::string(textOf(datum));
    case Datum::Kind::Value: return values[datum.at];
    }
    return nullptr;
}

Datum RowTable::datum(std::string_view value)
{
    Datum datum;
    datum.kind = Datum::Kind::Text;
    datum.at = text.size();
    datum.size = std::uint32_t(value.size());
    text += value;
    return datum;
}

Datum RowTable::datum(Json&& value)
{
    switch (value.type()) {
    case Json::value_t::null: return {};
    case Json::value_t::number_integer: return Datum::ofInteger(value.get<std::int64_t>());
    case Json::value_t::number_float: return Datum::ofReal(value.get<double>());
    case Json::value_t::boolean: return Datum::ofBoolean(value.get<bool>());
    default: break;
    }
    Datum datum;
    datum.kind = Datum::Kind::Value;
    datum.at = values.size();
    values.push_back(std::move(value));
    return datum;
}

std::optional<std::size_t> RowTable::column(std::string_view name) const
{
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (columns[i]->name == name)
            return i;
    }
    return std::nullopt;
}

Rows::Rows(std::shared_ptr<RowTable> table)
{
    const std::size_t count = table->size();
    m_refs.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        m_refs.push_back(RowRef{table.get(), std::uint32_t(i)});
    m_tables.push_back(std::move(table));
}

Rows Rows::fromObjects(const Json& objects)
{
    auto table = std::make_shared<RowTable>();
    for (const Json& object : objects) {
        std::vector<RowMember> members;
        if (object.is_object()) {
            for (auto it = object.begin(); it != object.end(); ++it)
                members.push_back(RowMember{it.key(), it.value(), {}, false, false});
        }
        table->members.push_back(std::move(members));
    }
    table->rowCount = table->members.size();
    return Rows(std::move(table));
}

void Rows::append(const Rows& other)
{
    m_tables.insert(m_tables.end(), other.m_tables.begin(), other.m_tables.end());
    m_refs.insert(m_refs.end(), other.m_refs.begin(), other.m_refs.end());
}

void Rows::reorder(const std::vector<std::size_t>& order)
{
    std::vector<RowRef> sorted;
    sorted.reserve(order.size());
    for (std::size_t index : order)
        sorted.push_back(m_refs[index]);
    m_refs = std::move(sorted);
}

Json Rows::toJson(RowRef row)
{
    const RowTable& table = *row.table;
    Json object = Json::object();
    const std::size_t width = table.columns.size();
    for (std::size_t c = 0; c < width; ++c)
        object[table.columns[c]->name] = table.json(table.cell(row.index, c));
    if (!table.members.empty()) {
        for (const RowMember& member : table.members[row.index])
            object[member.key] = member.isRows ? rowsJson(member) : member.value;
    }
    return object;
}

Json Rows::toJson() const
{
    Json array = Json::array();
    array.get_ref<Json::array_t&>().reserve(m_refs.size());
    for (RowRef row : m_refs)
        array.push_back(toJson(row));
    return array;
}

std::optional<Json> rowValue(RowRef row, std::string_view key)
{
    const RowTable& table = *row.table;
    if (const std::optional<std::size_t> column = table.column(key))
        return table.json(table.cell(row.index, *column));
    const RowMember* member = findMember(row, key);
    if (member && !member->isRows)
        return member->value;
    return std::nullopt;
}

std::optional<Json> KeyReader::operator()(RowRef row)
{
    if (row.table != m_table) {
        m_table = row.table;
        m_column = m_table->column(m_key);
    }
    if (m_column)
        return m_table->json(m_table->cell(row.index, *m_column));
    return rowValue(row, m_key);
}

void setMember(RowRef row, const std::string& key, Json value)
{
    RowTable& table = *row.table;
    if (const std::optional<std::size_t> column = table.column(key)) {
        table.cells[row.index * table.columns.size() + *column] = table.datum(std::move(value));
        return;
    }
    if (RowMember* member = findMember(row, key)) {
        *member = RowMember{key, std::move(value), {}, false, false};
        return;
    }
    membersOf(row).push_back(RowMember{key, std::move(value), {}, false, false});
}

void adopt(const Rows& parents, const Rows& included)
{
    for (const std::shared_ptr<RowTable>& owner : parents.tables()) {
        for (const std::shared_ptr<RowTable>& table : included.tables()) {
            if (table != owner)
                owner->children.push_back(table);
        }
    }
}

void setRows(RowRef row, const std::string& key, std::vector<RowRef> rows, bool one)
{
    RowMember member{key, Json(), std::move(rows), true, one};
    // A column of the relation's name keeps its place and gets plain values.
    if (row.table->column(key)) {
        setMember(row, key, rowsJson(member));
        return;
    }
    if (RowMember* earlier = findMember(row, key)) {
        *earlier = std::move(member);
        return;
    }
    membersOf(row).push_back(std::move(member));
}

std::vector<RowRef>* memberRows(RowRef row, const std::string& key)
{
    RowMember* member = findMember(row, key);
    return member && member->isRows && !member->one ? &member->rows : nullptr;
}

} // namespace relata::query
