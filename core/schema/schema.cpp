#include "schema/schema.h"

#include "schema/naming.h"

namespace relata::schema {

const char* relationKindName(RelationKind kind)
{
    switch (kind) {
    case RelationKind::BelongsTo:
        return "belongsTo";
    case RelationKind::HasOne:
        return "hasOne";
    case RelationKind::HasMany:
        return "hasMany";
    case RelationKind::HasManyThrough:
        return "hasManyThrough";
    case RelationKind::HasAndBelongsToMany:
        return "hasAndBelongsToMany";
    case RelationKind::ReferencesMany:
        return "referencesMany";
    case RelationKind::EmbedsOne:
        return "embedsOne";
    case RelationKind::EmbedsMany:
        return "embedsMany";
    }
    return "";
}

bool Relation::disableInclude() const
{
    const auto it = options.is_object() ? options.find("disableInclude") : options.end();
    return it != options.end() && it->is_boolean() && it->get<bool>();
}

std::string Relation::httpPath() const
{
    if (options.is_object()) {
        const auto http = options.find("http");
        if (http != options.end() && http->is_object()) {
            const auto path = http->find("path");
            if (path != http->end() && path->is_string() && !path->get_ref<const std::string&>().empty())
                return path->get<std::string>();
        }
    }
    return name;
}

Json Relation::toJson() const
{
    // juggler stores hasMany-through and hasAndBelongsToMany as type hasMany.
    const bool toMany = kind == RelationKind::HasManyThrough || kind == RelationKind::HasAndBelongsToMany;
    Json json = Json::object();
    json["name"] = name;
    json["type"] = toMany ? "hasMany" : relationKindName(kind);
    json["modelFrom"] = modelFrom;
    json["keyFrom"] = keyFrom;
    json["modelTo"] = modelTo.empty() && polymorphic && kind == RelationKind::BelongsTo ? "<polymorphic>"
                                                                                       : modelTo;
    json["keyTo"] = keyTo;
    json["multiple"] = multiple;
    if (!modelThrough.empty()) {
        json["modelThrough"] = modelThrough;
        json["keyThrough"] = keyThrough;
    }
    if (polymorphic)
        json["polymorphic"] = polymorphic->json;
    return json;
}

const Property* Model::property(std::string_view propertyName) const
{
    for (const Property& candidate : properties) {
        if (candidate.name == propertyName)
            return &candidate;
    }
    return nullptr;
}

const Relation* Model::relation(std::string_view relationName) const
{
    for (const Relation& candidate : relations) {
        if (candidate.name == relationName)
            return &candidate;
    }
    return nullptr;
}

const Property* Model::idProperty() const
{
    const Property* lowest = nullptr;
    for (const Property& candidate : properties) {
        if (!candidate.id)
            continue;
        if (candidate.name == "id")
            return &candidate;
        if (!lowest || candidate.idIndex < lowest->idIndex)
            lowest = &candidate;
    }
    return lowest;
}

std::string Model::idName() const
{
    const Property* id = idProperty();
    return id ? id->name : std::string("id");
}

Schema::Schema(std::vector<Model> models, std::vector<Finding> findings)
    : m_models(std::move(models))
    , m_findings(std::move(findings))
{
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        const Model& model = m_models[i];
        m_byName.emplace(model.name, i);
        m_byLowerName.emplace(naming::lowerCase(model.name), i);
        if (model.id != ModelId::None)
            m_byId.emplace(model.id, i);
        for (std::size_t r = 0; r < model.relations.size(); ++r) {
            const Relation& relation = model.relations[r];
            if (!relation.modelTo.empty())
                m_incoming[relation.modelTo].emplace_back(i, r);
            if (!relation.modelThrough.empty() && relation.modelThrough != relation.modelTo)
                m_incoming[relation.modelThrough].emplace_back(i, r);
        }
    }
}

const Model* Schema::model(std::string_view name) const
{
    const auto it = m_byName.find(std::string(name));
    return it == m_byName.end() ? nullptr : &m_models[it->second];
}

const Model* Schema::modelIgnoringCase(std::string_view name) const
{
    if (const Model* exact = model(name))
        return exact;
    const auto it = m_byLowerName.find(naming::lowerCase(name));
    return it == m_byLowerName.end() ? nullptr : &m_models[it->second];
}

const Model* Schema::model(ModelId id) const
{
    const auto it = m_byId.find(id);
    return it == m_byId.end() ? nullptr : &m_models[it->second];
}

std::vector<std::pair<const Model*, const Relation*>> Schema::incoming(std::string_view name) const
{
    std::vector<std::pair<const Model*, const Relation*>> out;
    const auto it = m_incoming.find(std::string(name));
    if (it == m_incoming.end())
        return out;
    for (const auto& [model, relation] : it->second)
        out.emplace_back(&m_models[model], &m_models[model].relations[relation]);
    return out;
}

namespace {

Json propertyJson(const Property& property)
{
    Json json = {{"type", property.typeName}, {"column", property.column}};
    if (property.id)
        json["id"] = property.idIndex;
    if (property.generated)
        json["generated"] = true;
    if (property.required)
        json["required"] = true;
    if (property.hidden)
        json["hidden"] = true;
    return json;
}

} // namespace

Json graphJson(const Schema& schema)
{
    Json models = Json::object();
    for (const Model& model : schema.models()) {
        if (!model.used)
            continue;
        Json properties = Json::object();
        for (const Property& property : model.properties)
            properties[property.name] = propertyJson(property);
        Json relations = Json::object();
        for (const Relation& relation : model.relations) {
            if (relation.resolved)
                relations[relation.name] = relation.toJson();
        }
        const Property* id = model.idProperty();
        Json& entry = models[model.name];
        entry = {{"table", model.table},
                 {"idProperty", id ? Json(id->name) : Json()},
                 {"properties", std::move(properties)},
                 {"relations", std::move(relations)}};
        if (model.builtin)
            entry["builtin"] = true;
    }
    return Json{{"models", std::move(models)}};
}

} // namespace relata::schema
