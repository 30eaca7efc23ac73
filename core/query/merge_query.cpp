#include "query/merge_query.h"

#include "query/js_value.h"

#include <algorithm>
#include <string>
#include <vector>

namespace relata::query {

namespace {

bool nonEmptyObject(const Json& value)
{
    return value.is_object() && !value.empty();
}

const Json* member(const Json& object, const char* key)
{
    if (!object.is_object())
        return nullptr;
    auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

bool definedMember(const Json& object, const char* key)
{
    return member(object, key) != nullptr;
}

// convertToArray: "a" -> [{"a": true}], {"a": x, "b": y} -> [{"a": x}, {"b": y}].
Json includeEntries(const Json& include)
{
    Json entries = Json::array();
    if (include.is_string()) {
        entries.push_back(Json{{include.get<std::string>(), true}});
    } else if (include.is_object()) {
        if (json::truthyMember(include, "rel") || json::truthyMember(include, "relation")) {
            entries.push_back(include);
            return entries;
        }
        for (auto it = include.begin(); it != include.end(); ++it)
            entries.push_back(Json{{it.key(), it.value()}});
    } else if (include.is_array()) {
        for (const Json& entry : include)
            entries.push_back(entry.is_string() ? Json{{entry.get<std::string>(), true}} : entry);
    }
    return entries;
}

// The relation an entry names: its `relation` when `rel || relation` is a
// string, otherwise its first key (as LoopBack reads it, `rel` alone gives none).
std::string entryRelationName(const Json& entry)
{
    if (!entry.is_object())
        return {};
    const Json* rel = member(entry, "rel");
    const Json* relation = member(entry, "relation");
    const Json* named = (rel && js::truthy(*rel)) ? rel : relation;
    if (named && named->is_string()) {
        return relation && relation->is_string() ? relation->get<std::string>() : std::string("undefined");
    }
    return entry.empty() ? std::string() : entry.begin().key();
}

} // namespace

Json mergeIncludes(const Json& base, const Json& update)
{
    const Json destination = includeEntries(base);
    const Json source = includeEntries(update);
    if (destination.empty())
        return source;
    if (source.empty())
        return destination;
    std::vector<std::string> names;
    Json result = Json::array();
    for (const Json& entry : source) {
        names.push_back(entryRelationName(entry));
        result.push_back(entry);
    }
    for (const Json& entry : destination) {
        if (std::find(names.begin(), names.end(), entryRelationName(entry)) == names.end())
            result.push_back(entry);
    }
    return result;
}

MergeSpec specFromScope(const Json& scope)
{
    MergeSpec spec;
    auto isFalse = [&](const char* key) {
        const Json* value = member(scope, key);
        return value && value->is_boolean() && !value->get<bool>();
    };
    const Json* nested = member(scope, "nestedInclude");
    spec.nestedInclude = nested && nested->is_boolean() && nested->get<bool>();
    spec.include = !isFalse("include");
    spec.fields = !isFalse("fields");
    spec.order = !isFalse("order");
    spec.limit = !isFalse("limit");
    spec.skip = !isFalse("skip") && !isFalse("offset");
    return spec;
}

void mergeQuery(Json& base, const Json& update, const MergeSpec& spec)
{
    if (!js::truthy(update) || !update.is_object())
        return;
    if (!base.is_object())
        base = Json::object();

    if (const Json* where = member(update, "where"); where && nonEmptyObject(*where)) {
        const Json* baseWhere = member(base, "where");
        if (baseWhere && nonEmptyObject(*baseWhere))
            base["where"] = Json{{"and", Json::array({*baseWhere, *where})}};
        else
            base["where"] = *where;
    }

    if (spec.include && json::truthyMember(update, "include")) {
        const Json& include = update["include"];
        if (!json::truthyMember(base, "include")) {
            base["include"] = include;
        } else if (spec.nestedInclude) {
            Json saved = base["include"];
            base["include"] = Json{{js::toString(include), std::move(saved)}};
        } else {
            base["include"] = mergeIncludes(base["include"], include);
        }
    }

    if (json::truthyMember(update, "collect"))
        base["collect"] = update["collect"];

    if (definedMember(update, "fields")) {
        if (spec.fields) {
            base["fields"] = update["fields"];
        } else {
            Json concatenated = Json::array();
            auto append = [&](const Json& value) {
                if (value.is_array())
                    concatenated.insert(concatenated.end(), value.begin(), value.end());
                else
                    concatenated.push_back(value);
            };
            const Json* baseFields = member(base, "fields");
            append(baseFields ? *baseFields : Json());
            append(update["fields"]);
            base["fields"] = std::move(concatenated);
        }
    }

    if ((!json::truthyMember(base, "order") || !spec.order) && json::truthyMember(update, "order"))
        base["order"] = update["order"];

    if (spec.limit && definedMember(update, "limit"))
        base["limit"] = update["limit"];
    if (spec.skip && definedMember(update, "skip"))
        base["skip"] = update["skip"];
    if (spec.skip && definedMember(update, "offset"))
        base["offset"] = update["offset"];
}

} // namespace relata::query
