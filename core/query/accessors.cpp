#include "query/executor.h"

#include "query/js_value.h"
#include "query/memory_matcher.h"
#include "query/merge_query.h"
#include "query/query_error.h"
#include "schema/schema.h"

namespace relata::query {

namespace {

using schema::RelationKind;

const Json* member(const Json& row, const std::string& key)
{
    auto it = row.find(key);
    return it == row.end() ? nullptr : &*it;
}

Json valueOrNull(const Json& row, const std::string& key)
{
    const Json* value = member(row, key);
    return value ? *value : Json();
}

// The filter an accessor was called with: an object, or {} for a call without one.
Json callerCondition(const std::optional<Json>& filter)
{
    if (filter && filter->is_object())
        return *filter;
    return Json::object();
}

// String(value) as a Key mismatch message prints it.
std::string printed(const Json* value)
{
    return value ? js::toString(*value) : std::string("undefined");
}

// The where on a hasMany (through or not): the parent's key, then the relation's scope.
Json relationParams(const schema::Relation& relation, const Json& parent)
{
    Json params = Json::object();
    params["where"] = Json::object();
    // An undefined key is dropped by the juggler's sanitizer: the condition vanishes.
    if (const Json* key = member(parent, relation.keyFrom))
        params["where"][relation.keyTo] = *key;
    Executor::applyScope(relation, params);
    return params;
}

// scope.js smartMerge: intersect the collected ids with an id condition of the caller.
std::optional<Json> mergeIds(const Json& ids, const Json& where, const std::string& idName)
{
    const Json* condition = member(where, idName);
    if (!condition || !js::truthy(*condition))
        return Json::object({{"inq", ids}});
    Json wanted = Json::array();
    if (condition->is_object() && condition->contains("inq") && js::truthy((*condition)["inq"]))
        wanted = (*condition)["inq"].is_array() ? (*condition)["inq"] : Json::array();
    else
        wanted.push_back(*condition);
    Json common = Json::array();
    for (const Json& id : ids) {
        if (std::find(wanted.begin(), wanted.end(), id) != wanted.end()
            && std::find(common.begin(), common.end(), id) == common.end())
            common.push_back(id);
    }
    if (common.empty())
        return std::nullopt;
    if (common.size() == 1)
        return common[0];
    return Json::object({{"inq", std::move(common)}});
}

// EmbedsOne.prototype.related marks the value it returns as persisted; on a
// truthy string, number or boolean that is a TypeError in strict mode.
Json embedsOneAccessor(const schema::Relation& relation, const Json& parent)
{
    Json value = valueOrNull(parent, relation.keyFrom);
    if (!value.is_structured() && js::truthy(value)) {
        const std::string type = value.is_string() ? "string" : value.is_boolean() ? "boolean" : "number";
        const std::string text = js::toString(value);
        fail(QueryError{"TypeError", "Cannot create property '__persisted' on " + type + " '" + text + "'", {}, {}});
    }
    return value;
}

} // namespace

std::optional<Rows> Executor::relatedRows(const schema::Relation& relation, const Json& parent,
                                         const std::optional<Json>& filter)
{
    if (filter && !filter->is_object() && !filter->is_null())
        failBadRequest("The query filter " + js::toString(*filter) + " is not an object");
    switch (relation.kind) {
    case RelationKind::HasMany: {
        Json params = callerCondition(filter);
        MergeSpec nested;
        nested.nestedInclude = true;
        mergeQuery(params, relationParams(relation, parent), nested);
        return find(targetModel(relation), std::move(params));
    }
    case RelationKind::ReferencesMany: {
        Json params = callerCondition(filter);
        applyScope(relation, params);
        const Json* ids = member(parent, relation.keyFrom);
        const Json list = ids && ids->is_array() ? *ids : Json::array();
        return findByIds(targetModel(relation), list, params);
    }
    default:
        return std::nullopt;
    }
}

Json Executor::related(const schema::Model& model, const Json& parent, const schema::Relation& relation,
                       const std::optional<Json>& filter)
{
    if (std::optional<Rows> rows = relatedRows(relation, parent, filter))
        return rows->toJson();
    switch (relation.kind) {
    case RelationKind::BelongsTo:
        return belongsToAccessor(model, relation, parent, filter);
    case RelationKind::HasOne:
        return hasOneAccessor(model, relation, parent);
    case RelationKind::HasManyThrough:
    case RelationKind::HasAndBelongsToMany:
        return throughAccessor(relation, parent, filter);
    case RelationKind::EmbedsOne:
        return embedsOneAccessor(relation, parent);
    case RelationKind::EmbedsMany:
        return embedsManyAccessor(relation, parent, filter);
    case RelationKind::HasMany:
    case RelationKind::ReferencesMany:
        break; // answered by relatedRows
    }
    return Json();
}

// Without a filter the through rows are read with their collect relation
// included, one target per through row; with one (even {}) the targets are
// queried with it, deduplicated (scope.js ScopeDefinition.related).
Json Executor::throughAccessor(const schema::Relation& relation, const Json& parent, const std::optional<Json>& filter)
{
    const schema::Model* through = m_schema.model(relation.modelThrough);
    if (!through)
        failPlain("Invalid target model for scope `" + relation.modelFrom + ".prototype." + relation.name + "`.");
    const std::string collect = relation.collect;
    Json params = relationParams(relation, parent);
    params["collect"] = collect;
    params["include"] = collect;
    const bool filtered = filter && filter->is_object();
    if (filtered)
        params["include"] = Json::object({{"relation", collect}});
    Json links = find(*through, std::move(params)).toJson();
    Json targets = Json::array();
    for (Json& link : links) {
        auto it = link.find(collect);
        if (it != link.end() && !it->is_null())
            targets.push_back(std::move(*it));
    }
    if (!filtered)
        return targets;

    const schema::Relation* collected = through->relation(collect);
    const schema::Model* target = collected ? m_schema.model(collected->modelTo) : nullptr;
    if (!target)
        failPlain("Relation \"" + collect + "\" is not defined for " + through->name + " model");
    const std::string idName = target->idName();
    Json ids = Json::array();
    for (const Json& row : targets)
        ids.push_back(valueOrNull(row, idName));
    ids = uniqueValues(ids);
    Json query = *filter;
    if (query.contains("where")) {
        const Json where = query["where"];
        std::optional<Json> merged = mergeIds(ids, where, idName);
        if (!merged)
            return Json::array();
        Json rest = where.is_object() ? where : Json::object();
        rest.erase(idName);
        query["where"] = Json::object({{"and", Json::array({Json::object({{idName, *merged}}), std::move(rest)})}});
    } else {
        query["where"] = Json::object({{idName, Json::object({{"inq", ids}})}});
    }
    return find(*target, std::move(query)).toJson();
}

Json Executor::belongsToAccessor(const schema::Model& model, const schema::Relation& relation, const Json& parent,
                                 const std::optional<Json>& filter)
{
    const schema::Model* target = nullptr;
    if (relation.polymorphic) {
        const std::string& discriminator = relation.polymorphic->discriminator;
        const Json* type = member(parent, discriminator);
        if (!type || !type->is_string())
            failPlain("Polymorphic model not found: `" + discriminator + "` not set");
        const std::string lower = QString::fromStdString(type->get<std::string>()).toLower().toStdString();
        target = m_schema.modelIgnoringCase(lower);
        if (!target)
            failPlain("Polymorphic model not found: `" + lower + "`");
    } else {
        target = &targetModel(relation);
    }
    const Json* foreignKey = member(parent, relation.keyFrom);
    if (!foreignKey || foreignKey->is_null())
        return Json();
    Json query = Json::object({{"where", Json::object({{relation.keyTo, *foreignKey}})}});
    applyScope(relation, query);
    if (filter && js::truthy(*filter))
        mergeQuery(query, *filter);
    if (auto fields = query.find("fields"); fields != query.end() && fields->is_array()
                                             && std::find(fields->begin(), fields->end(), Json(relation.keyTo)) == fields->end())
        fields->push_back(relation.keyTo);
    std::optional<Json> found = findOne(*target, std::move(query));
    if (!found)
        return Json();
    const Json* key = member(*found, relation.keyTo);
    if (key && !key->is_null() && keyString(*key) == keyString(*foreignKey))
        return std::move(*found);
    failBadRequest("Key mismatch: " + model.name + "." + relation.keyFrom + ": " + printed(foreignKey) + ", "
                   + target->name + "." + relation.keyTo + ": " + printed(key));
}

// HasOne.prototype.related ignores a filter: it only means "refresh".
Json Executor::hasOneAccessor(const schema::Model& model, const schema::Relation& relation, const Json& parent)
{
    const schema::Model& target = targetModel(relation);
    Json query = Json::object({{"where", Json::object()}});
    const Json* parentKey = member(parent, relation.keyFrom);
    if (parentKey)
        query["where"][relation.keyTo] = *parentKey;
    applyScope(relation, query);
    std::optional<Json> found = findOne(target, std::move(query));
    if (!found)
        return Json();
    const Json* key = member(*found, relation.keyTo);
    if (key && !key->is_null() && parentKey && !parentKey->is_null() && keyString(*key) == keyString(*parentKey))
        return std::move(*found);
    failBadRequest("Key mismatch: " + model.name + "." + relation.keyFrom + ": " + printed(parentKey) + ", "
                   + target.name + "." + relation.keyTo + ": " + printed(key));
}

// EmbedsMany.prototype.related: the where runs in memory over the stored
// list, which keeps its order; order, limit and skip are not applied.
Json Executor::embedsManyAccessor(const schema::Relation& relation, const Json& parent, const std::optional<Json>& filter)
{
    Json list = valueOrNull(parent, relation.keyFrom);
    if (!list.is_array())
        list = Json::array();
    Json params = filter && filter->is_object() ? *filter : Json::object();
    applyScope(relation, params);
    const Json& where = params["where"];
    if (where.is_object() && !where.empty()) {
        Json kept = Json::array();
        MemoryMatcher matcher(where);
        for (Json& item : list) {
            if (matcher.matches(item))
                kept.push_back(std::move(item));
        }
        list = std::move(kept);
    }
    if (js::truthy(params.value("include", Json()))) {
        const schema::Model* embedded = m_schema.model(relation.modelTo);
        if (embedded) {
            Rows items = Rows::fromObjects(list);
            include(items, *embedded, params["include"], Parents::Instances);
            list = items.toJson();
        }
    }
    return list;
}

} // namespace relata::query
