#include "schema/settings.h"

#include <cmath>

namespace relata::schema::settings {
namespace {

struct Policy {
    bool replace = false;
    bool patch = false;
};

struct MergePolicy {
    Json rules = Json::object(); // key -> {"replace": bool, "patch": bool}
    bool hasDelete = false;      // `__delete` given: a child value equal to it deletes
    Json deleteValue;
    Json defaultRule; // `__default`, null when absent
};

// juggler ModelBaseClass.getMergePolicy: legacy unless configureModelMerge says otherwise.
MergePolicy mergePolicy(const Json& child)
{
    MergePolicy policy;
    const Json config = child.is_object() ? child.value("configureModelMerge", Json()) : Json();
    if (config.is_object()) {
        policy.rules = config;
    } else if (config == true) {
        policy.rules = Json::parse(R"({"description": {"replace": true}, "options": {"patch": true},
            "hidden": {"replace": false}, "protected": {"replace": false}, "indexes": {"patch": true},
            "methods": {"patch": true}, "mixins": {"patch": true}, "relations": {"patch": true},
            "scope": {"replace": true}, "scopes": {"patch": true}, "acls": {"rank": true}})");
        policy.hasDelete = true;
        policy.defaultRule = Json{{"replace", true}};
    } else {
        policy.rules = Json::parse(R"({"description": {"replace": true}, "properties": {"patch": true},
            "hidden": {"replace": false}, "protected": {"replace": false},
            "relations": {"patch": true}, "acls": {"rank": true}})");
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
    Json rule = policy.rules.value(key, Json());
    if (rule.is_null())
        rule = policy.defaultRule;
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
// identity, so they are always appended), objects merged key by key.
Json deepMerge(const Json& base, const Json& extras)
{
    if (base.is_array() && (extras.is_array() || !truthy(extras))) {
        Json out = base;
        if (!extras.is_array())
            return out;
        for (const Json& item : extras) {
            const bool primitive = !isObjectLike(item);
            bool present = false;
            if (primitive) {
                for (const Json& existing : out)
                    present = present || existing == item;
            }
            if (!present)
                out.push_back(item);
        }
        return out;
    }
    Json out = Json::object();
    if (isObjectLike(base)) {
        // Bound first: items() of a temporary would dangle in the loop.
        const Json baseObject = asObject(base);
        for (const auto& [key, value] : baseObject.items())
            out[key] = truthy(value) && isObjectLike(value) ? deepMerge(value, Json()) : value;
    }
    if (isObjectLike(extras)) {
        const Json baseObject = isObjectLike(base) ? asObject(base) : Json::object();
        const Json extrasObject = asObject(extras);
        for (const auto& [key, extra] : extrasObject.items()) {
            const auto inBase = baseObject.find(key);
            if (!isObjectLike(extra) || inBase == baseObject.end() || inBase->is_null())
                out[key] = extra;
            else
                out[key] = deepMerge(*inBase, extra);
        }
    }
    return out;
}

Json deepMergeProperty(const Json& base, const Json& extras)
{
    return deepMerge(Json{{"key", base}}, Json{{"key", extras}})["key"];
}

} // namespace

bool truthy(const Json& value)
{
    switch (value.type()) {
    case Json::value_t::null:
    case Json::value_t::discarded:
        return false;
    case Json::value_t::boolean:
        return value.get<bool>();
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return value.get<double>() != 0;
    case Json::value_t::number_float: {
        const double number = value.get<double>();
        return number != 0 && !std::isnan(number);
    }
    case Json::value_t::string:
        return !value.get_ref<const std::string&>().empty();
    default:
        return true;
    }
}

bool truthyMember(const Json& object, const char* key)
{
    if (!object.is_object())
        return false;
    const auto it = object.find(key);
    return it != object.end() && truthy(*it);
}

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

Json mergeSettings(const Json& base, const Json& child)
{
    const MergePolicy policy = mergePolicy(child);
    Json merged = deepMerge(base, Json());
    if (!child.is_object())
        return merged;
    for (const auto& [key, value] : child.items()) {
        if (policy.hasDelete && value == policy.deleteValue) {
            merged.erase(key);
            continue;
        }
        const Policy rule = ruleFor(policy, key);
        if (rule.replace) {
            merged[key] = value;
        } else if (rule.patch && value.is_object()) {
            if (!merged[key].is_object())
                merged[key] = Json::object();
            for (const auto& [inner, innerValue] : value.items())
                merged[key][inner] = innerValue;
        } else {
            merged[key] = deepMergeProperty(base.value(key, Json()), value);
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
