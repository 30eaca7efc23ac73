#include "query/executor.h"

#include "query/embedded_instance.h"
#include "query/filter_normalize.h"
#include "query/js_value.h"
#include "query/merge_query.h"
#include "query/query_error.h"
#include "query/sql_builder.h"
#include "query/statement_cache.h"
#include "schema/schema.h"
#include "store/js_values.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>
#include <unordered_set>

namespace relata::query {

namespace {

constexpr std::size_t inqLimit = 256; // the juggler's default datasource inqLimit
// Integers of smaller magnitude are doubles exactly, written as their digits.
constexpr std::int64_t exactIntegers = std::int64_t(1) << 53;

// The identity utils.uniq compares with (===): numbers by value, strings by text.
std::string strictKey(const Json& value)
{
    if (value.is_number())
        return "n" + store::jsNumber(value.get<double>());
    if (value.is_string())
        return "s" + value.get<std::string>();
    if (value.is_boolean())
        return value.get<bool>() ? "t" : "f";
    if (value.is_null())
        return "0";
    return "o" + store::jsStringify(value); // objects are distinct in JS; rows never hold them as keys
}

// The {inq: keys} list an include put on `keyName`, at the top or inside the
// `and` a scope merge made (null: none there).
Json* includedKeys(Json& where, const std::string& keyName)
{
    if (auto it = where.find(keyName); it != where.end() && js::truthy(*it)) {
        if (it->is_object())
            if (auto inq = it->find("inq"); inq != it->end() && inq->is_array())
                return &*inq;
        return nullptr;
    }
    if (auto conjunction = where.find("and"); conjunction != where.end() && conjunction->is_array()) {
        for (Json& clause : *conjunction) {
            if (!clause.is_object())
                continue;
            auto it = clause.find(keyName);
            if (it != clause.end() && it->is_object())
                if (auto inq = it->find("inq"); inq != it->end() && inq->is_array())
                    return &*inq;
        }
    }
    return nullptr;
}

// Takes the key list includedKeys() found (`listed`) out of `where`, with the
// condition that held it.
Json takeIncludedKeys(Json& where, const std::string& keyName, Json* listed)
{
    Json keys = std::move(*listed);
    auto holds = [&](Json& object) {
        auto it = object.find(keyName);
        return it != object.end() && it->is_object() && it->contains("inq") && &(*it)["inq"] == listed;
    };
    if (holds(where)) {
        where.erase(keyName);
        return keys;
    }
    for (Json& clause : where["and"]) {
        if (clause.is_object() && holds(clause)) {
            clause.erase(keyName);
            break;
        }
    }
    return keys;
}

// The statement run, and when the cache keeps a trace, recorded there with the
// filter it answers (failures too: they are what a reader looks for).
Rows tracedSelect(StatementCache& statements, const schema::Model& model, const Json& filter,
                  const SqlStatement& statement, const std::vector<const schema::Property*>& columns,
                  const KeySet* keys, int keyColumn)
{
    QueryTrace* trace = statements.trace();
    if (!trace)
        return statements.select(statement, columns, keys, keyColumn);
    TracedStatement entry{model.name, withRegExpsAsText(filter), statement.sql, statement.bindings,
                          0, 0, {}};
    QElapsedTimer timer;
    timer.start();
    try {
        Rows rows = statements.select(statement, columns, keys, keyColumn);
        entry.rows = rows.size();
        entry.elapsedNs = timer.nsecsElapsed();
        trace->push_back(std::move(entry));
        return rows;
    } catch (const QueryFailure& failure) {
        entry.error = failure.error().message;
        entry.elapsedNs = timer.nsecsElapsed();
        trace->push_back(std::move(entry));
        throw;
    }
}

} // namespace

std::string keyString(const Json& value)
{
    return js::toString(value);
}

namespace {

// The integer whose JavaScript text `text` is ("0", "-12", not "012" or "-0").
std::optional<std::int64_t> integerText(std::string_view text)
{
    const bool negative = !text.empty() && text.front() == '-';
    const std::string_view digits = text.substr(negative ? 1 : 0);
    if (digits.empty() || digits.size() > 16 || (digits.front() == '0' && (digits.size() > 1 || negative)))
        return std::nullopt;
    std::int64_t value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value >= exactIntegers)
        return std::nullopt;
    return negative ? -value : value;
}

} // namespace

LinkKey::LinkKey(const Json& value)
{
    if (value.is_number_integer()) {
        const std::int64_t integer = value.get<std::int64_t>();
        if (value.is_number_unsigned() ? value.get<std::uint64_t>() < std::uint64_t(exactIntegers)
                                       : integer > -exactIntegers && integer < exactIntegers) {
            m_isInteger = true;
            m_integer = integer;
            return;
        }
    } else if (value.is_number_float()) {
        const double number = value.get<double>();
        if (std::abs(number) < double(exactIntegers) && number == std::trunc(number)) {
            m_isInteger = true;
            m_integer = std::int64_t(number); // -0 is 0, as String(-0) is "0"
            return;
        }
    }
    *this = ofText(value.is_string() ? value.get<std::string>() : keyString(value));
}

LinkKey LinkKey::ofText(std::string text)
{
    LinkKey key;
    if (const std::optional<std::int64_t> integer = integerText(text)) {
        key.m_isInteger = true;
        key.m_integer = *integer;
    } else {
        key.m_text = std::move(text);
    }
    return key;
}

std::size_t LinkKey::Hash::operator()(const LinkKey& key) const
{
    return key.m_isInteger ? std::hash<std::int64_t>()(key.m_integer) : std::hash<std::string>()(key.m_text);
}

Json uniqueValues(const Json& values)
{
    Json unique = Json::array();
    unique.get_ref<Json::array_t&>().reserve(values.size());
    // Whole numbers are === exactly when they are the same integer: they skip strictKey's text.
    std::unordered_set<std::int64_t> wholeNumbers;
    std::unordered_set<std::string> seen;
    for (const Json& value : values) {
        const std::optional<std::int64_t> whole = value.is_number() ? store::wholeNumber(value.get<double>())
                                                                    : std::nullopt;
        const bool first = whole && std::abs(*whole) < exactIntegers ? wholeNumbers.insert(*whole).second
                                                                     : seen.insert(strictKey(value)).second;
        if (first)
            unique.push_back(value);
    }
    return unique;
}

Rows sortedByIds(Rows rows, const std::string& idName, const Json& ids)
{
    // One pass over the ids (the first occurrence counts, as indexOf finds it),
    // then one lookup per row: linear in both.
    std::unordered_map<std::string, std::size_t> firstAt;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (!ids[i].is_structured())
            firstAt.emplace(strictKey(ids[i]), i);
    }
    constexpr std::size_t unknown = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> positions;
    positions.reserve(rows.size());
    for (RowRef row : rows.refs()) {
        const std::optional<Json> id = rowValue(row, idName);
        const auto found = !id || id->is_structured() ? firstAt.end() : firstAt.find(strictKey(*id));
        positions.push_back(found == firstAt.end() ? unknown : found->second);
    }
    std::vector<std::size_t> order(rows.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    // Rows of no listed id keep their order after the others.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return positions[a] < positions[b]; });
    rows.reorder(order);
    return rows;
}

Executor::Executor(const schema::Schema& schema, StatementCache& statements)
    : m_schema(schema)
    , m_statements(statements)
{
}

const schema::Model& Executor::targetModel(const schema::Relation& relation) const
{
    const schema::Model* model = m_schema.model(relation.modelTo);
    if (!model)
        failPlain("Relation.modelTo is not defined for relation " + relation.name + " and is no polymorphic");
    return *model;
}

void Executor::applyScope(const schema::Relation& relation, Json& filter)
{
    if (!filter.is_object())
        filter = Json::object();
    if (!filter.contains("where") || !filter["where"].is_object())
        filter["where"] = Json::object();
    if (relation.kind != schema::RelationKind::BelongsTo && relation.polymorphic) {
        const schema::Polymorphic& polymorphic = *relation.polymorphic;
        filter["where"][polymorphic.discriminator] = polymorphic.invert ? relation.modelTo : relation.modelFrom;
    }
    if (relation.scope.is_object())
        mergeQuery(filter, relation.scope);
}

Rows Executor::find(const schema::Model& model, Json filter)
{
    return find(model, std::move(filter), TableAccess::Planned);
}

Rows Executor::find(const schema::Model& model, Json filter, TableAccess access, const KeyScan* scan)
{
    normalizeFilter(filter, model, m_schema);
    if (model.defaultScope.is_object())
        mergeQuery(filter, model.defaultScope, specFromScope(model.defaultScope));
    static const Json none;
    auto fields = filter.find("fields");
    const std::vector<const schema::Property*> columns = selectedProperties(model, fields == filter.end() ? none : *fields);
    Rows rows;
    if (scan) {
        // The key column is read after the others when the fields leave it out.
        std::vector<const schema::Property*> read = columns;
        const auto at = std::find(read.begin(), read.end(), &scan->property);
        const int keyColumn = int(at - read.begin());
        if (at == read.end())
            read.push_back(&scan->property);
        rows = tracedSelect(m_statements, model, filter, buildSelect(model, filter, read, access), columns,
                            &scan->keys, keyColumn);
    } else {
        rows = tracedSelect(m_statements, model, filter, buildSelect(model, filter, columns, access), columns,
                            nullptr, 0);
    }
    for (const std::shared_ptr<RowTable>& table : rows.tables())
        makeEmbeddedInstances(*table, m_schema);
    if (json::truthyMember(filter, "include"))
        include(rows, model, filter["include"]);
    return rows;
}

std::optional<Json> Executor::findOne(const schema::Model& model, Json filter)
{
    if (!filter.is_object())
        filter = Json::object();
    filter["limit"] = 1;
    Rows rows = find(model, std::move(filter));
    if (rows.empty())
        return std::nullopt;
    return Rows::toJson(rows[0]);
}

std::optional<Json> Executor::findById(const schema::Model& model, const Json& id, const Json& filter)
{
    if (id.is_null() || (id.is_string() && id.get_ref<const std::string&>().empty()))
        failPlain("Model::findById requires the id argument");
    Json query = Json::object();
    query["where"] = Json::object({{model.idName(), id}});
    if (json::truthyMember(filter, "include"))
        query["include"] = filter["include"];
    if (json::truthyMember(filter, "fields"))
        query["fields"] = filter["fields"];
    return findOne(model, std::move(query));
}

Rows Executor::findByIds(const schema::Model& model, const Json& ids, const Json& query)
{
    if (!ids.is_array() || ids.empty())
        return {};
    const std::string idName = model.idName();
    Json filter = Json::object();
    filter["where"] = Json::object({{idName, Json::object({{"inq", ids}})}});
    mergeQuery(filter, query);
    const bool sortByIds = !json::truthyMember(filter, "order");
    Rows rows = find(model, std::move(filter));
    if (!sortByIds)
        return rows;
    return sortedByIds(std::move(rows), idName, ids);
}

// LoopBack queries more than inqLimit keys in pages of inqLimit keys, in the
// order of the key list, and concatenates the pages. One query gives the
// same rows; putting them in page order (stable, so each page keeps the
// query's order) gives the order the juggler hands to sub-includes, where
// it shows: a sub-included referencesMany orders by the ids of all parents
// in turn, and a through relation pages by the keys in parent order.
namespace {

void inPageOrder(Rows& rows, const Json& keys, const std::string& keyName)
{
    LinkMap<std::size_t> pageOf;
    pageOf.reserve(keys.size());
    for (std::size_t i = 0; i < keys.size(); ++i)
        pageOf.emplace(LinkKey(keys[i]), i / inqLimit);
    // A counting sort by page: stable, and linear in the rows.
    const std::size_t pages = (keys.size() + inqLimit - 1) / inqLimit;
    std::vector<std::size_t> pageOfRow(rows.size());
    std::vector<std::size_t> next(pages + 1, 0);
    KeyReader rowKey(keyName);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::optional<Json> key = rowKey(rows[i]);
        auto page = key ? pageOf.find(LinkKey(*key)) : pageOf.end();
        pageOfRow[i] = page == pageOf.end() ? 0 : page->second;
        ++next[pageOfRow[i] + 1];
    }
    for (std::size_t page = 1; page <= pages; ++page)
        next[page] += next[page - 1];
    std::vector<std::size_t> indexes(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
        indexes[next[pageOfRow[i]]++] = i;
    rows.reorder(indexes);
}

} // namespace

// Without statistics SQLite takes a table to be large, so for a key list it
// looks up each key in an index on the key column, fetches each row it finds
// by rowid and sorts them all for the ORDER BY. Once the keys are a quarter of
// the table's rows or more (an include over most of a table), one pass over
// the table in rowid order, testing each row against the list, reads the
// same rows sooner and needs no sort.
bool Executor::keysCoverTable(const schema::Model& model, std::size_t keys)
{
    const std::optional<std::int64_t> rows = m_statements.largestRowid(model.table);
    return rows && std::int64_t(keys) * 4 >= *rows;
}

// SQLite tests each row of a scan against the key list through an index it
// builds of the list, which costs more than reading the row. A hash set of
// the keys answers the same where the comparison is plain (KeySet), and the
// rows keep their order when it is the ids' (a scope's order could sort rows
// of equal values otherwise) and nothing cuts them after the keys (a default
// scope's limit or skip).
std::optional<KeySet> Executor::keySetForScan(const schema::Model& model, const Json& filter,
                                              const std::string& keyName, const Json& listed)
{
    const Json& scope = model.defaultScope;
    for (const char* cut : {"order", "limit", "skip", "offset"}) {
        if (json::truthyMember(filter, cut) || (scope.is_object() && json::truthyMember(scope, cut)))
            return std::nullopt;
    }
    const schema::Property* property = model.property(keyName);
    if (!property)
        return std::nullopt;
    const std::optional<ColumnComparison> comparison = m_statements.comparison(model.table, property->column);
    if (!comparison)
        return std::nullopt;
    return KeySet::make(boundKeyList(*property, listed), *comparison);
}

Rows Executor::findByKeys(const schema::Model& model, Json filter, const std::string& keyName, bool pagedByKey)
{
    Json& where = filter["where"];
    sanitizeQuery(where, model);
    coerceWhere(where, model, m_schema);
    Json* listed = includedKeys(where, keyName);
    if (!listed || listed->empty())
        return {};
    const bool perKey = json::truthyMember(filter, "limit") || json::truthyMember(filter, "skip") || json::truthyMember(filter, "offset");
    std::size_t pageSize = perKey ? 1 : 0;
    if (pageSize == 0 && pagedByKey && listed->size() > inqLimit)
        pageSize = inqLimit;
    if (pageSize == 0) {
        // A list the SQL binds as one JSON array may be tested in C++ on a
        // scan; a list longer than a page is scanned either way, and its rows
        // put in page order. Shorter lists keep the planner's choice.
        const bool paged = listed->size() > inqLimit;
        const bool covers = listed->size() > longKeyList && keysCoverTable(model, listed->size());
        std::optional<KeySet> keySet;
        if (covers)
            keySet = keySetForScan(model, filter, keyName, *listed);
        const TableAccess access = keySet || (paged && covers) ? TableAccess::Scan : TableAccess::Planned;
        Json keys;
        Rows rows;
        if (keySet) {
            keys = takeIncludedKeys(where, keyName, listed);
            const KeyScan scan{*keySet, *model.property(keyName)};
            rows = find(model, std::move(filter), access, &scan);
        } else {
            if (paged)
                keys = *listed;
            rows = find(model, std::move(filter), access);
        }
        if (paged)
            inPageOrder(rows, keys, keyName);
        return rows;
    }
    // Each page's filter is a copy of `filter` without the key list, so that
    // a query per key costs the same at any number of keys. The juggler also
    // keeps the whole list where a scope merge put it (inside `and`); there
    // it only restates the page's keys ({inq: page} AND {inq: all} is
    // {inq: page}), so that clause gets the page's keys instead.
    const Json keys = std::move(*listed);
    std::optional<std::size_t> andClause;
    if (auto top = where.find(keyName); top != where.end() && js::truthy(*top)) {
        *top = nullptr; // keeps the key's place among the conditions
    } else {
        const Json& clauses = where["and"];
        for (std::size_t i = 0; i < clauses.size() && !andClause; ++i) {
            auto it = clauses[i].find(keyName);
            if (it != clauses[i].end() && it->is_object() && &it->at("inq") == listed)
                andClause = i;
        }
        *listed = Json::array();
    }
    Rows rows;
    for (std::size_t start = 0; start < keys.size(); start += pageSize) {
        const std::size_t end = std::min(keys.size(), start + pageSize);
        Json page = Json::array();
        for (std::size_t i = start; i < end; ++i)
            page.push_back(keys[i]);
        Json paged = filter;
        if (andClause)
            paged["where"]["and"][*andClause][keyName]["inq"] = page;
        paged["where"][keyName] = page.size() == 1 ? page[0] : Json::object({{"inq", std::move(page)}});
        rows.append(find(model, std::move(paged)));
    }
    return rows;
}

Rows Executor::scoped(const schema::Model& model, const std::string& name, const Json& filter)
{
    auto scope = model.scopes.find(name);
    if (!model.scopes.is_object() || scope == model.scopes.end())
        failPlain(model.name + " has no scope " + name);
    Json params = filter.is_object() ? filter : Json::object();
    MergeSpec nested;
    nested.nestedInclude = true;
    mergeQuery(params, *scope, nested);
    return find(model, std::move(params));
}

} // namespace relata::query
