#include "schema/settings.h"

#include <algorithm>
#include <cmath>

namespace relata::schema::settings {
namespace {

struct Policy {
    bool replace = false;
    bool patch = false;
};

struct MergePolicy {
    const Json* rules = nullptr; // key -> {"replace": bool, "patch": bool}
    bool hasDelete = false;      // `__delete` given: a child value equal to it deletes
    Json deleteValue;
    Json defaultRule; // `__default`, null when absent
};

// juggler ModelBaseClass.getMergePolicy: legacy unless configureModelMerge says otherwise.
MergePolicy mergePolicy(const Json& child)
{
    static const Json recommended = Json::parse(R"({"description": {"replace": true},
        "options": {"patch": true}, "hidden": {"replace": false}, "protected": {"replace": false},
        "indexes": {"patch": true}, "methods": {"patch": true}, "mixins": {"patch": true},
        "relations": {"patch": true}, "scope": {"replace": true}, "scopes": {"patch": true},
        "acls": {"rank": true}})");
    static const Json legacy = Json::parse(R"({"description": {"replace": true},
        "properties": {"patch": true}, "hidden": {"replace": false}, "protected": {"replace": false},
        "relations": {"patch": true}, "acls": {"rank": true}})");
    static const Json absent;
    MergePolicy policy;
    const auto configured = child.is_object() ? child.find("configureModelMerge") : child.end();
    const Json& config = configured != child.end() ? *configured : absent;
    if (config.is_object()) {
        policy.rules = &config;
    } else if (config == true) {
        policy.rules = &recommended;
        policy.hasDelete = true;
        policy.defaultRule = Json{{"replace", true}};
    } else {
        policy.rules = &legacy;
    }
    if (config.is_object() && config.contains("__delete")) {
        policy.hasDelete = true;
        policy.deleteValue = config["__delete"];
    }
    if (config.is_object() && config.contains("__default"))
        policy.defaultRule = config["__default"];
    return policy;
}

Policy ruleFor(const MergePolicy& policy, const std::string& key)
{
    const auto found = policy.rules->find(key);
    const Json& rule = found != policy.rules->end() && !found->is_null() ? *found : policy.defaultRule;
    Policy out;
    out.replace = truthyMember(rule, "replace");
    out.patch = truthyMember(rule, "patch");
    return out;
}

bool isObjectLike(const Json& value)
{
    return value.is_object() || value.is_array();
}

// An array or object seen as JavaScript's Object.keys/values.
Json asObject(const Json& value)
{
    if (value.is_object())
        return value;
    Json out = Json::object();
    for (std::size_t i = 0; i < value.size(); ++i)
        out[std::to_string(i)] = value[i];
    return out;
}

// juggler utils.deepMerge: arrays are unioned (objects inside them compare by
// identity, so they are always appended), objects merged key by key (an array
// merged with an object acts as an object keyed by index).
Json deepMerge(const Json& base, const Json& extras)
{
    if (base.is_array() && (extras.is_array() || !truthy(extras))) {
        Json out = base;
        if (!extras.is_array())
            return out;
        for (const Json& item : extras) {
            const bool present = !isObjectLike(item)
                                 && std::find(out.begin(), out.end(), item) != out.end();
            if (!present)
                out.push_back(item);
        }
        return out;
    }
    const Json baseArray = base.is_array() ? asObject(base) : Json();
    const Json& baseObject = base.is_array() ? baseArray : base;
    Json out = baseObject.is_object() ? baseObject : Json::object();
    if (!isObjectLike(extras))
        return out;
    const Json extrasArray = extras.is_array() ? asObject(extras) : Json();
    const Json& extrasObject = extras.is_array() ? extrasArray : extras;
    for (const auto& [key, extra] : extrasObject.items()) {
        const auto inBase = baseObject.is_object() ? baseObject.find(key) : baseObject.end();
        if (!isObjectLike(extra) || !baseObject.is_object() || inBase == baseObject.end() || inBase->is_null())
            out[key] = extra;
        else
            out[key] = deepMerge(*inBase, extra);
    }
    return out;
}

// deepMerge({key: base}, {key: extras}).key
Json deepMergeProperty(const Json& base, const Json& extras)
{
    if (!isObjectLike(extras) || base.is_null())
        return extras;
    return deepMerge(base, extras);
}

} // namespace

std::string stringMember(const Json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Json modelSettings(const Json& definition)
{
    Json options = Json::object();
    if (definition.is_object() && definition.contains("options") && definition["options"].is_object())
        options = definition["options"];
    if (!definition.is_object())
        return options;
    for (const auto& [key, value] : definition.items()) {
        if (key == "name" || key == "properties" || key == "options" || options.contains(key))
            continue;
        options[key] = value;
    }
    return options;
}

Json mergeSettings(const Json& base, Json child)
{
    const MergePolicy policy = mergePolicy(child);
    // deepMerge(base) is a deep copy; JSON values are copied deeply anyway.
    Json merged = base.is_object() ? base : Json::object();
    if (!child.is_object())
        return merged;
    for (auto& [key, value] : child.items()) {
        if (policy.hasDelete && value == policy.deleteValue) {
            merged.erase(key);
            continue;
        }
        const Policy rule = ruleFor(policy, key);
        if (rule.replace) {
            merged[key] = std::move(value);
        } else if (rule.patch && value.is_object()) {
            Json& target = merged[key];
            if (!target.is_object())
                target = Json::object();
            for (auto& [inner, innerValue] : value.items())
                target[inner] = std::move(innerValue);
        } else if (const auto inBase = base.find(key); inBase == base.end() || inBase->is_null()) {
            merged[key] = std::move(value);
        } else {
            merged[key] = deepMergeProperty(*inBase, value);
        }
    }
    return merged;
}

void applyModelConfig(Json& settings, const Json& config)
{
    if (!config.is_object())
        return;
    const Json relations = config.value("relations", Json());
    if (relations.is_object()) {
        Json& own = settings["relations"];
        if (!own.is_object())
            own = Json::object();
        for (const auto& [name, override] : relations.items()) {
            Json& relation = own[name];
            if (!relation.is_object())
                relation = Json::object();
            if (override.is_object()) {
                for (const auto& [key, value] : override.items())
                    relation[key] = value;
            }
        }
    }
    const Json options = config.value("options", Json());
    if (options.is_object()) {
        for (const auto& [key, value] : options.items()) {
            if (key != "base" && key != "super" && key != "relations" && key != "acls"
                && key != "dataSource")
                settings[key] = value;
        }
    }
}

} // namespace relata::schema::settings
