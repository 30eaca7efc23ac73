#include "query/result_shape.h"

#include "query/js_value.h"
#include "schema/schema.h"

#include <algorithm>

namespace relata::query {

namespace {

void addListed(const Json& settings, const char* key, std::vector<std::string>& names)
{
    auto it = settings.find(key);
    if (it == settings.end())
        return;
    if (it->is_array()) {
        for (const Json& name : *it) {
            if (name.is_string())
                names.push_back(name.get<std::string>());
        }
    } else if (it->is_object()) {
        for (auto entry = it->begin(); entry != it->end(); ++entry) {
            if (js::truthy(entry.value()))
                names.push_back(entry.key());
        }
    }
}

} // namespace

// What each key of a model's instances is, for the toJSON walk.
struct Shaper::Plan {
    struct Key {
        bool hidden = false;
        bool isProtected = false;
        const schema::Model* embedded = nullptr;   // a property holding an embedded model (or a list of them)
        const schema::Relation* relation = nullptr; // an included relation
    };
    std::unordered_map<std::string, Key> keys;
};

Shaper::Shaper(const schema::Schema& schema) : m_schema(schema) {}

Shaper::~Shaper() = default;

const Shaper::Plan& Shaper::plan(const schema::Model& model)
{
    auto found = m_plans.find(&model);
    if (found != m_plans.end())
        return *found->second;
    auto plan = std::make_unique<Plan>();
    for (const schema::Relation& relation : model.relations)
        plan->keys[relation.name].relation = &relation;
    for (const schema::Property& property : model.properties) {
        Plan::Key& key = plan->keys[property.name];
        key.relation = nullptr; // a property of the same name wins, as in toObject()
        key.isProtected = property.isProtected;
        const bool embedded = property.type == schema::ValueType::Model
                              || (property.type == schema::ValueType::Array
                                  && property.itemType == schema::ValueType::Model);
        if (embedded)
            key.embedded = m_schema.model(property.modelType);
    }
    for (const std::string& name : model.hidden)
        plan->keys[name].hidden = true;
    std::vector<std::string> protectedNames;
    addListed(model.settings, "protectedProperties", protectedNames);
    addListed(model.settings, "protected", protectedNames);
    for (const std::string& name : protectedNames)
        plan->keys[name].isProtected = true;
    return *m_plans.emplace(&model, std::move(plan)).first->second;
}

void Shaper::shapeValue(Json& value, const schema::Model* model, bool embedded, ShapeOptions options)
{
    if (!model)
        return;
    auto one = [&](Json& item) {
        if (!item.is_object())
            return;
        if (embedded)
            orderAsModel(item, *model);
        shape(item, *model, options);
    };
    if (value.is_array()) {
        for (Json& item : value)
            one(item);
    } else {
        one(value);
    }
}

void Shaper::shapeEmbedded(Json& value, const schema::Model& model, ShapeOptions options)
{
    shapeValue(value, &model, true, options);
}

void Shaper::shape(Json& row, const schema::Model& model, ShapeOptions options)
{
    if (!row.is_object())
        return;
    const Plan& keys = plan(model);
    const ShapeOptions nested{options.removeHidden, true};
    // Relations first: a polymorphic belongsTo needs its discriminator, which may be hidden.
    for (auto it = row.begin(); it != row.end(); ++it) {
        auto key = keys.keys.find(it.key());
        if (key == keys.keys.end() || !key->second.relation)
            continue;
        const schema::Relation& relation = *key->second.relation;
        const schema::Model* target = m_schema.model(relation.modelTo);
        if (relation.kind == schema::RelationKind::BelongsTo && relation.polymorphic) {
            auto type = row.find(relation.polymorphic->discriminator);
            target = type != row.end() && type->is_string() ? m_schema.modelIgnoringCase(type->get<std::string>())
                                                            : nullptr;
        }
        const bool embedded = relation.kind == schema::RelationKind::EmbedsOne
                              || relation.kind == schema::RelationKind::EmbedsMany;
        shapeValue(it.value(), target, embedded, nested);
    }
    for (auto it = row.begin(); it != row.end();) {
        auto key = keys.keys.find(it.key());
        if (key == keys.keys.end()) {
            ++it;
            continue;
        }
        const Plan::Key& role = key->second;
        if ((options.removeHidden && role.hidden) || (options.removeProtected && role.isProtected)) {
            it = row.erase(it);
            continue;
        }
        if (role.embedded)
            shapeValue(it.value(), role.embedded, true, nested);
        ++it;
    }
}

void orderAsModel(Json& value, const schema::Model& model)
{
    Json ordered = Json::object();
    for (const schema::Property& property : model.properties) {
        auto it = value.find(property.name);
        if (it != value.end())
            ordered[property.name] = std::move(*it);
    }
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!ordered.contains(it.key()))
            ordered[it.key()] = std::move(it.value());
    }
    value = std::move(ordered);
}

} // namespace relata::query
