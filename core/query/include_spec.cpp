#include "query/include_spec.h"

#include "query/js_value.h"

namespace relata::query {

namespace {

// What normalizeInclude produces before processIncludeItem reads it: a
// relation name, an object whose first key names the relation, or a
// `{relation, scope}` entry already split.
void collect(const Json& include, std::vector<IncludeItem>& items);

IncludeItem scopedItem(const std::string& relation, const Json& scope)
{
    IncludeItem item;
    item.relation = relation;
    Json conditions = scope.is_object() ? scope : Json::object();
    if (auto it = conditions.find("include"); it != conditions.end()) {
        if (js::truthy(*it)) {
            std::vector<IncludeItem> nested;
            collect(*it, nested);
            Json normalized = Json::array();
            for (const IncludeItem& entry : nested) {
                Json wrapped = Json::object();
                if (entry.named) {
                    normalized.push_back(entry.relation);
                    continue;
                }
                if (entry.scope) {
                    Json scopeValue = *entry.scope;
                    if (!entry.subInclude.is_null())
                        scopeValue["include"] = entry.subInclude;
                    wrapped["relation"] = entry.relation;
                    wrapped["scope"] = std::move(scopeValue);
                } else {
                    wrapped[entry.relation] = entry.subInclude.is_null() ? Json(true) : entry.subInclude;
                }
                normalized.push_back(std::move(wrapped));
            }
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
        items.push_back({include.get<std::string>(), Json(), std::nullopt, true});
    } else if (include.is_object()) {
        const auto rel = include.find("rel");
        const auto relation = include.find("relation");
        const Json* named = (rel != include.end() && js::truthy(*rel)) ? &*rel
                            : (relation != include.end() ? &*relation : nullptr);
        if (named && named->is_string()) {
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
        items.push_back({"null", Json(), std::nullopt, false});
    }
}

} // namespace

bool isEmptyInclude(const Json& include)
{
    if (!js::truthy(include))
        return true;
    return (include.is_array() || include.is_object()) && include.empty();
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
