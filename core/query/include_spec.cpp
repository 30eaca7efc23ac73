#include "query/include_spec.h"

#include "query/js_value.h"
#include "schema/schema.h"

namespace relata::query {

namespace {

// What normalizeInclude produces before processIncludeItem reads it: a
// relation name, an object whose first key names the relation (once per key),
// or a `{relation, scope}` entry already split.
void collect(const Json& include, std::vector<IncludeItem>& items);

// The relation name of the `{relation, scope}` form (`rel` is an alias and
// wins when truthy), or null when the object is a map of relations.
const Json* scopedName(const Json& include)
{
    const auto rel = include.find("rel");
    const auto relation = include.find("relation");
    const Json* named = (rel != include.end() && js::truthy(*rel)) ? &*rel
                        : (relation != include.end() ? &*relation : nullptr);
    return named && named->is_string() ? named : nullptr;
}

// One pass of normalizeInclude, as IncludeScope runs it on a scope's include
// when the include is parsed: the entries as the juggler keeps them. Each is
// normalized once more where it is included, so a multi-key object, kept
// whole once per key here, is read by its first key once per key again there
// (N keys give N * N runs of the first relation).
void normalizeOnce(const Json& include, Json& entries)
{
    if (include.is_string() || include.is_null()) {
        entries.push_back(include);
    } else if (include.is_object()) {
        if (scopedName(include)) {
            entries.push_back(include);
            return;
        }
        for (std::size_t i = 0; i < include.size(); ++i)
            entries.push_back(include);
    } else if (include.is_array()) {
        for (const Json& entry : include)
            normalizeOnce(entry, entries);
    }
}

IncludeItem scopedItem(const std::string& relation, const Json& scope)
{
    IncludeItem item;
    item.relation = relation;
    Json conditions = scope.is_object() ? scope : Json::object();
    if (auto it = conditions.find("include"); it != conditions.end()) {
        if (js::truthy(*it)) {
            Json normalized = Json::array();
            normalizeOnce(*it, normalized);
            item.subInclude = std::move(normalized);
        }
        conditions.erase(it);
    }
    item.scope = std::move(conditions);
    return item;
}

IncludeItem keyedItem(const Json& object)
{
    IncludeItem item;
    const auto first = object.begin();
    item.relation = first.key();
    const Json& value = first.value();
    if (!(value.is_boolean() && value.get<bool>()))
        item.subInclude = js::truthy(value) ? value : Json();
    return item;
}

void collect(const Json& include, std::vector<IncludeItem>& items)
{
    if (include.is_string()) {
        items.push_back({include.get<std::string>(), Json(), std::nullopt});
    } else if (include.is_object()) {
        if (const Json* named = scopedName(include)) {
            const auto scope = include.find("scope");
            items.push_back(scopedItem(named->get<std::string>(), scope == include.end() ? Json() : *scope));
            return;
        }
        for (std::size_t i = 0; i < include.size(); ++i)
            items.push_back(keyedItem(include));
    } else if (include.is_array()) {
        for (const Json& entry : include)
            collect(entry, items);
    } else if (include.is_null()) {
        // An array may hold null; the juggler then looks up a relation named "null".
        items.push_back({"null", Json(), std::nullopt});
    }
}

} // namespace

bool isEmptyInclude(const Json& include)
{
    if (!js::truthy(include))
        return true;
    return (include.is_array() || include.is_object()) && include.empty();
}

bool includeRepeats(const schema::Relation& relation, const Json& subInclude)
{
    switch (relation.kind) {
    case schema::RelationKind::HasManyThrough:
    case schema::RelationKind::HasAndBelongsToMany:
    case schema::RelationKind::ReferencesMany: return true;
    case schema::RelationKind::HasMany: return js::truthy(subInclude);
    default: return false;
    }
}

std::vector<IncludeItem> normalizeInclude(const Json& include)
{
    std::vector<IncludeItem> items;
    if (isEmptyInclude(include))
        return items;
    collect(include, items);
    return items;
}

} // namespace relata::query
