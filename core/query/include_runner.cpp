#include "query/executor.h"

#include "query/include_spec.h"
#include "query/js_value.h"
#include "query/merge_query.h"
#include "query/query_error.h"
#include "schema/schema.h"
#include "store/js_values.h"

#include <algorithm>
#include <unordered_map>

namespace relata::query {

namespace {

using schema::RelationKind;

const Json* member(const Json& row, const std::string& key)
{
    auto it = row.find(key);
    return it == row.end() ? nullptr : &*it;
}

std::optional<Json> member(RowRef row, const std::string& key)
{
    return rowValue(row, key);
}

bool isNullish(const std::optional<Json>& value)
{
    return !value || value->is_null();
}

bool isTruthy(const std::optional<Json>& value)
{
    return value && js::truthy(*value);
}

// The row as the juggler's %j prints it in an error: its properties only,
// with list and object columns still holding the JSON text the connector parsed once.
std::string rowForMessage(const Json& row, const schema::Model& model)
{
    Json printed = Json::object();
    for (const schema::Property& property : model.properties) {
        const Json* value = member(row, property.name);
        if (!value)
            continue;
        const bool twiceEncoded = property.type == schema::ValueType::Array || property.type == schema::ValueType::Object
                                  || property.type == schema::ValueType::Any;
        printed[property.name] = twiceEncoded && !value->is_null() ? Json(store::jsStringify(*value)) : *value;
    }
    return store::jsStringify(printed);
}

[[noreturn]] void failMissingKey(const std::string& key, RowRef row, const schema::Model& model)
{
    failBadRequest("ID property \"" + key + "\" is missing for included item: "
                   + rowForMessage(Rows::toJson(row), model)
                   + ". Please make sure `fields` include \"" + key + "\" if it's present in the `filter`");
}

class IncludeRun {
public:
    // `repeated`: an earlier entry of the same Inclusion.include call named this
    // relation too (a multi-key include object names its first key once per key).
    IncludeRun(Executor& executor, Rows& parents, const schema::Model& model, const IncludeItem& item,
               const schema::Relation& relation, Executor::Parents parentKind, bool repeated)
        : m_executor(executor)
        , m_parents(parents)
        , m_model(model)
        , m_item(item)
        , m_relation(relation)
        , m_parentKind(parentKind)
        , m_repeated(repeated)
        , m_cache(parents.size())
    {
    }

    void run()
    {
        prepareFilter();
        const bool polymorphic = m_relation.polymorphic.has_value();
        const bool through = m_relation.kind == RelationKind::HasManyThrough
                             || m_relation.kind == RelationKind::HasAndBelongsToMany;
        // includeHasManyThrough, includeReferencesMany and includeHasMany set an
        // empty list for every parent before their query and push each target
        // into whatever list the parent holds when the results come. All
        // entries of one include call set up before any query answers, so a
        // relation named again pushes its targets after the earlier ones.
        m_pushes = includeRepeats(m_relation, m_item.subInclude);
        // Those two call processTargetObj only for a parent linked to a target.
        m_linkedOnly = m_parentKind == Executor::Parents::Instances
                       && (through || m_relation.kind == RelationKind::ReferencesMany);
        switch (m_relation.kind) {
        case RelationKind::HasManyThrough:
        case RelationKind::HasAndBelongsToMany: hasManyThrough(); break;
        case RelationKind::EmbedsMany:
        case RelationKind::EmbedsOne: embeds(); break;
        case RelationKind::ReferencesMany: referencesMany(); break;
        case RelationKind::HasMany:
            if (js::truthy(m_item.subInclude))
                hasManyWithSubInclude();
            else
                hasManySimple();
            break;
        case RelationKind::HasOne:
            if (polymorphic)
                polymorphicHasOne();
            else
                oneToOne();
            break;
        case RelationKind::BelongsTo:
            if (polymorphic)
                polymorphicBelongsTo();
            else
                oneToOne();
            break;
        }
        attach();
    }

private:
    // processIncludeItem's filter: the include scope, the belongsTo keys its own
    // sub-includes need, and the key the linking reads.
    void prepareFilter()
    {
        m_filter = m_item.scope ? *m_item.scope : Json::object();
        const bool scoped = m_item.scope && (m_relation.multiple || m_relation.kind == RelationKind::BelongsTo);
        const schema::Model* target = m_executor.schema().model(m_relation.modelTo);
        if (scoped && js::truthy(m_filter.value("fields", Json())) && m_item.subInclude.is_array() && target) {
            Json keys = Json::array();
            for (const Json& name : m_item.subInclude) {
                if (!name.is_string())
                    continue;
                const schema::Relation* sub = target->relation(name.get<std::string>());
                if (sub && sub->kind == RelationKind::BelongsTo)
                    keys.push_back(sub->keyFrom);
            }
            MergeSpec concatenate;
            concatenate.fields = false;
            mergeQuery(m_filter, Json{{"fields", std::move(keys)}}, concatenate);
        }
        if (!js::truthy(m_filter.value("where", Json())))
            m_filter["where"] = Json::object();
        addField(m_relation.keyTo);
    }

    void addField(const std::string& name)
    {
        auto fields = m_filter.find("fields");
        if (fields == m_filter.end())
            return;
        if (fields->is_string())
            *fields = Json::array({*fields});
        if (fields->is_array()) {
            if (std::find(fields->begin(), fields->end(), Json(name)) == fields->end())
                fields->push_back(name);
        } else if (fields->is_object() && !js::truthy(fields->value(name, Json()))) {
            (*fields)[name] = true;
        }
    }

    void setNull(std::size_t parent) { m_cache[parent] = Entry{Cache::Null, 0, {}, Json()}; }
    void setList(std::size_t parent) { m_cache[parent] = Entry{Cache::List, 0, {}, Json()}; }
    void setOne(std::size_t parent, std::size_t target) { m_cache[parent] = Entry{Cache::One, target, {}, Json()}; }
    void push(std::size_t parent, std::size_t target) { m_cache[parent].list.push_back(m_targets[target]); }
    // Targets of one query are appended; returns the index of the first.
    std::size_t keep(const Rows& rows)
    {
        const std::size_t first = m_targets.size();
        m_targets.append(rows);
        return first;
    }

    // include.js (strict mode) assigns `filter.where[key]`: on a string, number or
    // boolean where JavaScript throws a TypeError; an array takes the property,
    // and the juggler's where check then rejects the array.
    void setKeys(Json& filter, const std::string& key, const Json& values)
    {
        Json& where = filter["where"];
        if (where.is_array())
            failBadRequest("The where clause " + store::jsStringify(where) + " is not an object");
        if (!where.is_null() && !where.is_object()) {
            const char* type = where.is_string()    ? "string"
                               : where.is_boolean() ? "boolean"
                                                    : "number";
            failPlain("Cannot create property '" + key + "' on " + type + " '" +
                      js::toString(where) + "'");
        }
        where[key] = Json::object({{"inq", uniqueValues(values)}});
    }

    void includeOn(Rows& targets, const schema::Model& target)
    {
        if (js::truthy(m_item.subInclude) && !targets.empty())
            m_executor.include(targets, target, m_item.subInclude, Executor::Parents::Instances);
    }

    void oneToOne()
    {
        const schema::Model& target = m_executor.targetModel(m_relation);
        const bool belongsTo = m_relation.kind == RelationKind::BelongsTo;
        Json keys = Json::array();
        LinkMap<std::vector<std::size_t>> parentsByKey;
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            setNull(i);
            const std::optional<Json> key = member(m_parents[i], m_relation.keyFrom);
            if (belongsTo && isNullish(key))
                continue;
            if (isTruthy(key)) {
                keys.push_back(*key);
                parentsByKey[LinkKey(*key)].push_back(i);
            }
        }
        setKeys(m_filter, m_relation.keyTo, keys);
        Executor::applyScope(m_relation, m_filter);
        Rows targets = m_executor.findByKeys(target, std::move(m_filter), m_relation.keyTo, false);
        includeOn(targets, target);
        const std::size_t first = keep(targets);
        for (std::size_t t = first; t < m_targets.size(); ++t) {
            const std::optional<Json> key = member(m_targets[t], m_relation.keyTo);
            if (!key)
                continue;
            auto found = parentsByKey.find(LinkKey(*key));
            if (found == parentsByKey.end())
                continue;
            for (std::size_t parent : found->second)
                setOne(parent, t); // later rows win, as the juggler overwrites
        }
    }

    void polymorphicHasOne()
    {
        const schema::Model& target = m_executor.targetModel(m_relation);
        Json keys = Json::array();
        LinkMap<std::size_t> parentByKey;
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            setNull(i);
            const std::optional<Json> key = member(m_parents[i], m_relation.keyFrom);
            if (isTruthy(key)) {
                keys.push_back(*key);
                parentByKey[LinkKey(*key)] = i;
            }
        }
        setKeys(m_filter, m_relation.keyTo, keys);
        Executor::applyScope(m_relation, m_filter);
        Rows targets = m_executor.findByKeys(target, std::move(m_filter), m_relation.keyTo, false);
        includeOn(targets, target);
        const std::size_t first = keep(targets);
        for (std::size_t t = first; t < m_targets.size(); ++t) {
            const std::optional<Json> key = member(m_targets[t], m_relation.keyTo);
            if (!isTruthy(key))
                continue;
            if (auto found = parentByKey.find(LinkKey(*key)); found != parentByKey.end())
                setOne(found->second, t);
        }
    }

    void polymorphicBelongsTo()
    {
        const std::string& discriminator = m_relation.polymorphic->discriminator;
        std::vector<std::string> types;
        std::unordered_map<std::string, Json> keysByType;
        std::unordered_map<std::string, LinkMap<std::vector<std::size_t>>> parentsByType;
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            setNull(i);
            const std::optional<Json> type = member(m_parents[i], discriminator);
            if (!isTruthy(type))
                continue;
            const std::string typeName = js::toString(*type);
            if (!keysByType.contains(typeName)) {
                types.push_back(typeName);
                keysByType[typeName] = Json::array();
            }
            const std::optional<Json> key = member(m_parents[i], m_relation.keyFrom);
            if (isTruthy(key)) {
                keysByType[typeName].push_back(*key);
                parentsByType[typeName][LinkKey(*key)].push_back(i);
            }
        }
        for (const std::string& typeName : types) {
            Json typeFilter = Json::object({{"where", Json::object()}});
            mergeQuery(typeFilter, m_filter);
            setKeys(typeFilter, m_relation.keyTo, keysByType[typeName]);
            const schema::Model* target = m_executor.schema().modelIgnoringCase(typeName);
            if (!target)
                failPlain("Discriminator type " + typeName + " specified but no model exists with such name");
            Executor::applyScope(m_relation, typeFilter);
            Rows targets = m_executor.findByKeys(*target, typeFilter, m_relation.keyTo, false);
            includeOn(targets, *target);
            const auto& parentsByKey = parentsByType[typeName];
            const std::size_t first = keep(targets);
            for (std::size_t t = first; t < m_targets.size(); ++t) {
                const std::optional<Json> key = member(m_targets[t], m_relation.keyTo);
                if (!key)
                    continue;
                if (auto found = parentsByKey.find(LinkKey(*key)); found != parentsByKey.end()) {
                    for (std::size_t parent : found->second)
                        setOne(parent, t);
                }
            }
        }
    }

    void hasManySimple()
    {
        const schema::Model& target = m_executor.targetModel(m_relation);
        Json keys = Json::array();
        LinkMap<std::size_t> parentByKey;
        parentByKey.reserve(m_parents.size());
        std::vector<LinkKey> order;
        KeyReader parentKey(m_relation.keyFrom);
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            const std::optional<Json> key = parentKey(m_parents[i]);
            if (isNullish(key))
                failMissingKey(m_relation.keyFrom, m_parents[i], m_model);
            const LinkKey link(*key);
            const auto [at, added] = parentByKey.try_emplace(link, i);
            if (added) {
                order.push_back(link);
                keys.push_back(*key);
            } else {
                at->second = i; // a later parent with the same key replaces the earlier one
            }
        }
        setKeys(m_filter, m_relation.keyTo, keys);
        Executor::applyScope(m_relation, m_filter);
        keep(m_executor.findByKeys(target, std::move(m_filter), m_relation.keyTo, false));
        LinkMap<std::vector<RowRef>> targetsByKey;
        targetsByKey.reserve(order.size());
        KeyReader targetKey(m_relation.keyTo);
        for (RowRef row : m_targets.refs()) {
            const std::optional<Json> key = targetKey(row);
            if (isNullish(key))
                failMissingKey(m_relation.keyTo, row, target);
            targetsByKey[LinkKey(*key)].push_back(row);
        }
        for (const LinkKey& link : order) {
            const std::size_t parent = parentByKey.at(link);
            setList(parent);
            if (auto found = targetsByKey.find(link); found != targetsByKey.end())
                m_cache[parent].list = std::move(found->second);
        }
    }

    void hasManyWithSubInclude()
    {
        const schema::Model& target = m_executor.targetModel(m_relation);
        Json keys = Json::array();
        LinkMap<std::size_t> parentByKey;
        parentByKey.reserve(m_parents.size());
        KeyReader parentKey(m_relation.keyFrom);
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            setList(i);
            const std::optional<Json> key = parentKey(m_parents[i]);
            if (isTruthy(key)) {
                keys.push_back(*key);
                parentByKey[LinkKey(*key)] = i;
            }
        }
        setKeys(m_filter, m_relation.keyTo, keys);
        Executor::applyScope(m_relation, m_filter);
        Rows targets = m_executor.findByKeys(target, std::move(m_filter), m_relation.keyTo, false);
        includeOn(targets, target);
        keep(targets);
        KeyReader targetKey(m_relation.keyTo);
        for (std::size_t t = 0; t < m_targets.size(); ++t) {
            const std::optional<Json> key = targetKey(m_targets[t]);
            auto link = [&](const Json& value) {
                if (auto found = parentByKey.find(LinkKey(value)); found != parentByKey.end())
                    push(found->second, t);
            };
            if (key && key->is_array()) {
                for (const Json& value : *key)
                    link(value);
            } else {
                link(key ? *key : Json());
            }
        }
    }

    void hasManyThrough()
    {
        const schema::Model& target = m_executor.targetModel(m_relation);
        const schema::Model* through = m_executor.schema().model(m_relation.modelThrough);
        if (!through)
            failPlain("Relation.modelTo is not defined for relation " + m_relation.name + " and is no polymorphic");
        Json sourceKeys = Json::array();
        LinkMap<std::size_t> parentByKey;
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            setList(i);
            const std::optional<Json> key = member(m_parents[i], m_relation.keyFrom);
            if (isTruthy(key)) {
                sourceKeys.push_back(*key);
                parentByKey[LinkKey(*key)] = i;
            }
        }
        // The through query gets neither the relation's scope nor the include's.
        Json throughFilter = Json::object({{"where", Json::object()}});
        setKeys(throughFilter, m_relation.keyTo, sourceKeys);
        if (m_relation.polymorphic)
            throughFilter["where"][m_relation.polymorphic->discriminator] = m_relation.modelFrom;
        const Rows links = m_executor.findByKeys(*through, throughFilter, m_relation.keyTo, true);

        Json targetKeys = Json::array();
        LinkMap<std::vector<std::size_t>> parentsByTarget;
        for (RowRef link : links.refs()) {
            const std::optional<Json> targetKey = member(link, m_relation.keyThrough);
            if (!isTruthy(targetKey))
                continue;
            targetKeys.push_back(*targetKey);
            const std::optional<Json> sourceKey = member(link, m_relation.keyTo);
            auto parent = parentByKey.find(sourceKey ? LinkKey(*sourceKey) : LinkKey::ofText("undefined"));
            if (parent != parentByKey.end())
                parentsByTarget[LinkKey(*targetKey)].push_back(parent->second);
        }
        const std::string idName = target.idName();
        setKeys(m_filter, idName, targetKeys);
        addField(idName);
        Rows targets = m_executor.findByKeys(target, std::move(m_filter), idName, true);
        includeOn(targets, target);
        keep(targets);
        for (std::size_t t = 0; t < m_targets.size(); ++t) {
            const std::optional<Json> id = member(m_targets[t], idName);
            if (!isTruthy(id))
                failPlain("LinkManyToMany received target that doesn't contain required \"" + idName + "\"");
            if (auto found = parentsByTarget.find(LinkKey(*id)); found != parentsByTarget.end()) {
                for (std::size_t parent : found->second)
                    push(parent, t);
            }
        }
    }

    void referencesMany()
    {
        const schema::Model& target = m_executor.targetModel(m_relation);
        Json allIds = Json::array();
        LinkMap<std::vector<std::size_t>> parentsById;
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            setList(i);
            const std::optional<Json> ids = member(m_parents[i], m_relation.keyFrom);
            if (!isTruthy(ids))
                continue;
            const Json list = ids->is_string() ? js::parse(ids->get<std::string>()).value_or(Json::array()) : *ids;
            if (!list.is_array())
                continue;
            for (const Json& id : list) {
                allIds.push_back(id);
                parentsById[LinkKey(id)].push_back(i);
            }
        }
        setKeys(m_filter, m_relation.keyTo, allIds);
        Executor::applyScope(m_relation, m_filter);
        Rows targets = m_executor.findByKeys(target, std::move(m_filter), m_relation.keyTo, false);
        includeOn(targets, target);
        keep(sortedByIds(std::move(targets), target.idName(), allIds));
        for (std::size_t t = 0; t < m_targets.size(); ++t) {
            const std::optional<Json> key = member(m_targets[t], m_relation.keyTo);
            if (!key)
                continue;
            if (auto found = parentsById.find(LinkKey(*key)); found != parentsById.end()) {
                for (std::size_t parent : found->second)
                    push(parent, t);
            }
        }
    }

    void embeds()
    {
        const bool many = m_relation.kind == RelationKind::EmbedsMany;
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            if (many) {
                std::optional<Json> filter;
                if (m_item.scope)
                    filter = m_filter;
                Json value = m_executor.related(m_model, Rows::toJson(m_parents[i]), m_relation, filter);
                m_cache[i] = Entry{Cache::Value, 0, {}, std::move(value)};
            } else if (const std::optional<Json> value = member(m_parents[i], m_relation.keyFrom)) {
                // include.js builds each row anew, and the embedsOne property's
                // setter makes a model of any value but null; instances (a
                // sub-include) are not built again, and get the accessor's value.
                Json built = m_parentKind == Executor::Parents::Instances
                                 ? m_executor.related(m_model, Rows::toJson(m_parents[i]), m_relation, std::nullopt)
                             : value->is_null() ? *value
                                                : store::jsObjectAssign(*value);
                m_cache[i] = Entry{Cache::Value, 0, {}, std::move(built)};
            }
        }
    }

    // DataAccessObject's buildResult: a relation whose cached value is truthy
    // becomes a key of the instance, after its properties, in include order.
    // On instances (a sub-include) the key is what processTargetObj set.
    // Parents refer to their targets' rows, which their tables keep.
    void attach()
    {
        adopt(m_parents, m_targets);
        for (std::size_t i = 0; i < m_parents.size(); ++i) {
            Entry& entry = m_cache[i];
            const RowRef parent = m_parents[i];
            switch (entry.kind) {
            case Cache::Undefined:
            case Cache::Null:
                break;
            case Cache::One:
                setRows(parent, m_relation.name, {m_targets[entry.target]}, true);
                break;
            case Cache::List: {
                std::vector<RowRef>* earlierRows = memberRows(parent, m_relation.name);
                const std::optional<Json> earlierValue = earlierRows ? std::nullopt : member(parent, m_relation.name);
                const bool earlier = earlierRows || (earlierValue && earlierValue->is_array());
                const bool extend = m_repeated && m_pushes && earlier;
                if (entry.list.empty() && (extend || m_linkedOnly))
                    break;
                std::vector<RowRef>& list = entry.list;
                if (extend && earlierRows) {
                    earlierRows->insert(earlierRows->end(), list.begin(), list.end());
                } else if (extend) {
                    Json values = *earlierValue;
                    for (RowRef target : list)
                        values.push_back(Rows::toJson(target));
                    setMember(parent, m_relation.name, std::move(values));
                } else {
                    setRows(parent, m_relation.name, std::move(list), false);
                }
                break;
            }
            case Cache::Value:
                // processTargetObj sets an instance's key to the accessor's
                // value even when it is null (an embedsOne holding null);
                // buildResult promotes only a truthy value.
                if (js::truthy(entry.value) || m_parentKind == Executor::Parents::Instances)
                    setMember(parent, m_relation.name, std::move(entry.value));
                break;
            }
        }
    }

    Executor& m_executor;
    Rows& m_parents;
    const schema::Model& m_model;
    const IncludeItem& m_item;
    const schema::Relation& m_relation;
    const Executor::Parents m_parentKind;
    const bool m_repeated;
    bool m_pushes = false;
    bool m_linkedOnly = false;
    Json m_filter; // moved into the query for the targets, its last use
    // Each parent's cached relation value, as indexes into m_targets.
    enum class Cache { Undefined, Null, One, List, Value };
    struct Entry {
        Cache kind = Cache::Undefined;
        std::size_t target = 0;          // One
        std::vector<RowRef> list;        // List
        Json value;                      // Value (embedded data)
    };
    Rows m_targets;
    std::vector<Entry> m_cache;
};

} // namespace

void Executor::include(Rows& parents, const schema::Model& model, const Json& include, Parents kind)
{
    if (parents.empty() || isEmptyInclude(include))
        return;
    std::vector<std::string> named;
    for (const IncludeItem& item : normalizeInclude(include)) {
        const schema::Relation* relation = model.relation(item.relation);
        if (!relation)
            failPlain("Relation \"" + item.relation + "\" is not defined for " + model.name + " model");
        if (relation->disableInclude())
            continue;
        const bool repeated = std::find(named.begin(), named.end(), item.relation) != named.end();
        if (!repeated)
            named.push_back(item.relation);
        IncludeRun(*this, parents, model, item, *relation, kind, repeated).run();
    }
}

} // namespace relata::query
