#include "query/result_shape.h"

#include "query/js_value.h"
#include "schema/schema.h"

#include <algorithm>

namespace relata::query {

namespace {

bool listed(const Json& settings, const char* key, const std::string& name)
{
    auto it = settings.find(key);
    if (it == settings.end())
        return false;
    if (it->is_array())
        return std::find(it->begin(), it->end(), Json(name)) != it->end();
    if (it->is_object())
        return js::truthy(it->value(name, Json()));
    return false;
}

bool isHidden(const schema::Model& model, const std::string& name)
{
    return std::find(model.hidden.begin(), model.hidden.end(), name) != model.hidden.end();
}

bool isProtected(const schema::Model& model, const std::string& name)
{
    if (const schema::Property* property = model.property(name); property && property->isProtected)
        return true;
    return listed(model.settings, "protectedProperties", name) || listed(model.settings, "protected", name);
}

// The model a relation's included value belongs to.
const schema::Model* includedModel(const schema::Relation& relation, const Json& row, const schema::Schema& schema)
{
    if (relation.kind == schema::RelationKind::BelongsTo && relation.polymorphic) {
        auto type = row.find(relation.polymorphic->discriminator);
        if (type == row.end() || !type->is_string())
            return nullptr;
        return schema.modelIgnoringCase(type->get<std::string>());
    }
    return schema.model(relation.modelTo);
}

} // namespace

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

namespace {

// Included rows are already in their model's order; embedded values are
// instances built from stored JSON, so they are put in it.
void shapeValue(Json& value, const schema::Model* model, bool embedded, const schema::Schema& schema,
                ShapeOptions options)
{
    if (!model)
        return;
    auto shapeOne = [&](Json& item) {
        if (!item.is_object())
            return;
        if (embedded)
            orderAsModel(item, *model);
        shapeInstance(item, *model, schema, options);
    };
    if (value.is_array()) {
        for (Json& item : value)
            shapeOne(item);
    } else {
        shapeOne(value);
    }
}

void shapeEmbedded(Json& value, const schema::Property& property, const schema::Schema& schema, ShapeOptions nested)
{
    const bool isModel = property.type == schema::ValueType::Model
                         || (property.type == schema::ValueType::Array && property.itemType == schema::ValueType::Model);
    if (!isModel)
        return;
    const schema::Model* embedded = schema.model(property.modelType);
    if (!embedded)
        return;
    shapeValue(value, embedded, true, schema, nested);
}

} // namespace

void shapeInstance(Json& row, const schema::Model& model, const schema::Schema& schema, ShapeOptions options)
{
    if (!row.is_object())
        return;
    const ShapeOptions nested{options.removeHidden, true};
    // Relations first: a polymorphic belongsTo needs its discriminator, which may be hidden.
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (model.property(it.key()))
            continue;
        if (const schema::Relation* relation = model.relation(it.key())) {
            const bool embedded = relation->kind == schema::RelationKind::EmbedsOne
                                  || relation->kind == schema::RelationKind::EmbedsMany;
            shapeValue(it.value(), includedModel(*relation, row, schema), embedded, schema, nested);
        }
    }
    for (auto it = row.begin(); it != row.end();) {
        const std::string& key = it.key();
        if ((options.removeHidden && isHidden(model, key)) || (options.removeProtected && isProtected(model, key))) {
            it = row.erase(it);
            continue;
        }
        if (const schema::Property* property = model.property(key))
            shapeEmbedded(it.value(), *property, schema, nested);
        ++it;
    }
}

} // namespace relata::query
