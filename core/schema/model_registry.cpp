#include "schema/model_registry.h"

#include "schema/inflection.h"
#include "schema/naming.h"
#include "schema/relation_setup.h"
#include "schema/settings.h"

#include <algorithm>

namespace relata::schema {
namespace {

using settings::truthy;
using settings::truthyMember;

Property makeProperty(const std::string& name, Json definition, const PropertyType& type)
{
    Property property;
    property.name = name;
    applyType(property, type);
    property.definition = std::move(definition);
    if (const Json& definition = property.definition; definition.is_object()) {
        property.id = truthyMember(definition, "id");
        if (property.id)
            property.idIndex = definition["id"].is_number() ? definition["id"].get<int>() : 1;
        property.generated = truthyMember(definition, "generated");
        property.required = truthyMember(definition, "required");
        property.index = truthyMember(definition, "index");
    }
    return property;
}

bool contains(const Json& list, const std::string& name)
{
    return list.is_array() && std::find(list.begin(), list.end(), Json(name)) != list.end();
}

} // namespace

const Json* declaredRelations(const Json& settings)
{
    auto relations = settings.find("relationships");
    if (relations == settings.end() || !truthy(*relations))
        relations = settings.find("relations");
    return relations != settings.end() && relations->is_object() ? &*relations : nullptr;
}

Property* ModelDef::property(const std::string& propertyName)
{
    const auto it = propertyIndex.find(propertyName);
    return it == propertyIndex.end() ? nullptr : &properties[it->second];
}

const Property* ModelDef::property(const std::string& propertyName) const
{
    const auto it = propertyIndex.find(propertyName);
    return it == propertyIndex.end() ? nullptr : &properties[it->second];
}

std::string ModelDef::idName() const
{
    const Property* lowest = nullptr;
    for (const Property& property : properties) {
        if (!property.id)
            continue;
        if (property.name == "id")
            return property.name;
        if (!lowest || property.idIndex < lowest->idIndex)
            lowest = &property;
    }
    return lowest ? lowest->name : std::string();
}

ModelRegistry::ModelRegistry()
{
    // loopback/lib/model.js defines `Model` with juggler's defaults (so it gets an
    // injected id that every model inherits); PersistedModel extends it.
    ModelDef& model = slot("Model");
    model.root = true;
    define(model, Json::object(), Json::object(), nullptr);
    ModelDef& persisted = slot("PersistedModel");
    persisted.root = true;
    define(persisted, Json::object(), settings::mergeSettings(model.settings, Json::object()), &model);
    persisted.settings["replaceOnPUT"] = true;
}

ModelDef& ModelRegistry::slot(const std::string& name)
{
    if (ModelDef* existing = find(name)) {
        // Defining a name again makes a new model in the same place of juggler's
        // model list; a placeholder keeps the relations waiting for it.
        if (!existing->placeholder) {
            *existing = ModelDef();
            existing->name = name;
        }
        return *existing;
    }
    auto def = std::make_unique<ModelDef>();
    def->name = name;
    ModelDef* raw = def.get();
    m_models.push_back(std::move(def));
    m_byName.emplace(name, raw);
    m_byLowerName.emplace(naming::lowerCase(name), raw);
    return *raw;
}

ModelDef* ModelRegistry::find(const std::string& name) const
{
    const auto it = m_byName.find(name);
    return it == m_byName.end() ? nullptr : it->second;
}

ModelDef* ModelRegistry::lookup(const std::string& name) const
{
    if (ModelDef* exact = find(name))
        return exact;
    const auto it = m_byLowerName.find(naming::lowerCase(name));
    return it == m_byLowerName.end() ? nullptr : it->second;
}

ModelDef& ModelRegistry::getOrCreate(const std::string& name)
{
    if (ModelDef* existing = find(name))
        return *existing;
    ModelDef& placeholder = slot(name);
    placeholder.placeholder = true;
    return placeholder;
}

ModelDef& ModelRegistry::createModel(const Json& definition, ModelId id, std::string file, bool builtin)
{
    const std::string name = definition.value("name", std::string());
    Json own = settings::modelSettings(definition);
    std::string baseName = settings::stringMember(own, "base");
    if (baseName.empty())
        baseName = settings::stringMember(own, "super");
    ModelDef* base = baseName.empty() ? find("PersistedModel") : find(baseName);
    if (!base || base->placeholder || !base->defined) {
        addFinding({true, "base-unknown",
                    "Model not found: model `" + name + "` is extending an unknown model `" + baseName + "`.",
                    name, file, own.contains("base") ? "/base" : "/super"});
        base = find("PersistedModel");
    }
    ModelDef& model = slot(name);
    model.id = id;
    model.file = std::move(file);
    model.json = &definition;
    model.builtin = builtin;
    model.declaredBase = baseName.empty() ? std::string("PersistedModel") : baseName;
    model.base = base;
    const bool ownBase = own.contains("base");
    Json merged = settings::mergeSettings(base->settings, std::move(own));
    merged.erase("super");
    if (!ownBase)
        merged["base"] = base->name;
    static const Json none = Json::object();
    const auto properties = definition.find("properties");
    define(model, properties != definition.end() && properties->is_object() ? *properties : none,
           std::move(merged), base);
    return model;
}

ModelDef& ModelRegistry::defineGenerated(const std::string& name)
{
    ModelDef& model = slot(name);
    model.generated = true;
    model.declaredBase = "PersistedModel";
    // A relational datasource turns strict on for models it defines itself.
    define(model, Json::object(), Json{{"strict", true}}, nullptr);
    return model;
}

void ModelRegistry::define(ModelDef& model, const Json& properties, Json settings, ModelDef* base)
{
    model.placeholder = false;
    model.defined = true;
    model.base = base;
    if (!settings.contains("strict") || settings["strict"].is_null())
        settings["strict"] = false;
    model.settings = std::move(settings);
    const std::string plural = settings::stringMember(model.settings, "plural");
    model.plural = plural.empty() ? inflection::pluralize(model.name) : plural;
    model.httpPath = naming::httpPath(model.plural, model.settings);
    model.properties.clear();
    if (base)
        inheritProperties(model, properties, *base);
    else
        addDeclaredProperties(model, properties);
    injectId(model);
}

// juggler ModelClass.extend: the child's declarations first, then the base's
// properties it does not name (base ids dropped when the child declares an id);
// then define() drops null/false and excludeBaseProperties entries.
void ModelRegistry::inheritProperties(ModelDef& model, const Json& properties, const ModelDef& base)
{
    const bool declaresId = std::any_of(properties.begin(), properties.end(), [](const Json& value) {
        return value.is_object() && truthyMember(value, "id");
    });
    addDeclaredProperties(model, properties);
    const Json& excluded = model.settings.contains("excludeBaseProperties")
                               ? model.settings["excludeBaseProperties"]
                               : Json();
    for (const Property& inherited : base.properties) {
        if ((declaresId && inherited.id) || properties.contains(inherited.name)
            || contains(excluded, inherited.name))
            continue;
        Property copy = inherited;
        if (copy.origin == PropertyOrigin::Declared) {
            copy.origin = PropertyOrigin::Inherited;
            copy.originName = base.name;
        }
        model.properties.push_back(std::move(copy));
    }
    rebuildPropertyIndex(model);
}

void ModelRegistry::addDeclaredProperties(ModelDef& model, const Json& properties)
{
    const Json& excluded = model.settings.contains("excludeBaseProperties")
                               ? model.settings["excludeBaseProperties"]
                               : Json();
    for (const auto& [name, declaration] : properties.items()) {
        if (declaration.is_null() || declaration == false || contains(excluded, name))
            continue;
        const std::string pointer = "/properties/" + json::escapePointerToken(name);
        if (name.find('.') != std::string::npos) {
            addFinding({true, "property-name-dot",
                        "Property names containing dot(s) are not supported. Model: " + model.name
                            + ", property: " + name,
                        model.name, model.file, pointer});
            continue;
        }
        const PropertyType type = resolveType(declaration);
        if (!type.valid) {
            addFinding({true, "property-type-invalid", "Invalid type for property " + name, model.name,
                        model.file, pointer});
        }
        if (!type.modelType.empty())
            getOrCreate(type.modelType);
        Property property = makeProperty(name, normalizedDefinition(declaration), type);
        property.pointer = pointer;
        model.properties.push_back(std::move(property));
    }
    rebuildPropertyIndex(model);
}

void ModelRegistry::injectId(ModelDef& model)
{
    const bool hasId = std::any_of(model.properties.begin(), model.properties.end(),
                                   [](const Property& property) { return property.id; });
    if (!hasId && model.settings.value("idInjection", Json()) != false) {
        const Json definition = {{"type", "Number"}, {"id", 1}, {"generated", true}};
        PropertyType number;
        number.type = ValueType::Number;
        number.typeName = "Number";
        defineProperty(model, "id", definition, number, std::string());
        Property* id = model.property("id");
        id->origin = PropertyOrigin::InjectedId;
        id->originName.clear();
    }
    const Property* id = model.property(model.idName());
    if (!id)
        return;
    const Json forceId = model.settings.value("forceId", Json());
    if (id->generated && forceId != false)
        model.settings["forceId"] = "auto";
    else if (!id->generated && forceId == "auto")
        model.settings["forceId"] = false;
}

void ModelRegistry::rebuildPropertyIndex(ModelDef& model)
{
    model.propertyIndex.clear();
    for (std::size_t i = 0; i < model.properties.size(); ++i)
        model.propertyIndex[model.properties[i].name] = i;
}

void ModelRegistry::defineProperty(ModelDef& model, const std::string& name, const Json& definition,
                                   const PropertyType& type, const std::string& relation)
{
    Property property = makeProperty(name, definition, type);
    property.origin = PropertyOrigin::Relation;
    property.originName = relation;
    if (Property* existing = model.property(name)) {
        property.pointer = existing->pointer;
        *existing = std::move(property);
        return;
    }
    model.propertyIndex[name] = model.properties.size();
    model.properties.push_back(std::move(property));
}

bool ModelRegistry::defineForeignKey(ModelDef& model, const std::string& key, const ModelDef& foreign,
                                     const std::string& primaryKey, const std::string& relation)
{
    const std::string pkName = primaryKey.empty() ? foreign.idName() : primaryKey;
    const Property* pk = pkName.empty() ? nullptr : foreign.property(pkName);
    if (!pkName.empty() && !pk)
        return false;
    const PropertyType pkType = pk ? typeOf(*pk) : PropertyType();
    if (Property* existing = model.property(key)) {
        if (pk && !pkType.typeName.empty())
            applyType(*existing, pkType);
        return true;
    }
    Json definition = {{"type", pk ? typeJson(pkType) : Json()}};
    const Json connector = pk && pk->definition.is_object() ? pk->definition.value("sqlite3", Json()) : Json();
    if (truthyMember(connector, "dataType") || truthyMember(connector, "dataLength")) {
        Json meta = Json::object();
        for (const char* field : {"dataType", "dataLength"}) {
            if (truthyMember(connector, field))
                meta[field] = connector[field];
        }
        definition["sqlite3"] = std::move(meta);
    }
    defineProperty(model, key, definition, pkType, relation);
    return true;
}

void ModelRegistry::setRelation(ModelDef& model, Relation relation)
{
    const auto it = model.relationIndex.find(relation.name);
    if (it != model.relationIndex.end()) {
        model.relations[it->second] = std::move(relation);
        return;
    }
    model.relationIndex[relation.name] = model.relations.size();
    model.relations.push_back(std::move(relation));
}

void ModelRegistry::attach(ModelDef& model)
{
    if (model.attached)
        return;
    model.attached = true;
    // setupDataAccess: a generated id takes the connector's id type (Number on SQLite).
    if (Property* id = model.property(model.idName()); id && id->generated) {
        id->type = ValueType::Number;
        id->typeName = "Number";
        id->itemType = ValueType::Any;
        id->modelType.clear();
    }
    defineRelations(model);
    fire(model);
}

void ModelRegistry::defineRelations(ModelDef& model)
{
    const Json* relations = declaredRelations(model.settings);
    if (!relations)
        return;
    for (const auto& [name, definition] : relations->items()) {
        if (!validateRelation(*this, model, name, definition))
            continue;
        ModelDef* target = nullptr;
        ModelDef* through = nullptr;
        if (truthyMember(definition, "model") && definition["model"].is_string())
            target = &getOrCreate(definition["model"].get<std::string>());
        if (truthyMember(definition, "through") && definition["through"].is_string())
            through = &getOrCreate(definition["through"].get<std::string>());
        const bool targetWaits = target && !target->isAttached();
        const bool throughWaits = through && !through->isAttached();
        if (!target && throughWaits) {
            // juggler registers the listener on the missing target and throws.
            addFinding({true, "relation-through-unattached",
                        "relation `" + name + "` has no `model` and its through model `"
                            + through->name + "` is not attached yet; LoopBack fails to boot",
                        model.name, model.file, "/relations/" + name});
            continue;
        }
        if (!targetWaits && !throughWaits) {
            setUpRelation(*this, model, name, definition, target, through);
            continue;
        }
        if (targetWaits)
            target->waiting.push_back({&model, name, definition, target, through, false});
        if (throughWaits)
            through->waiting.push_back({&model, name, definition, target, through, true});
    }
}

void ModelRegistry::fire(ModelDef& model)
{
    std::vector<PendingRelation> pending = std::move(model.waiting);
    model.waiting.clear();
    for (const PendingRelation& relation : pending) {
        const bool ready = relation.waitsForThrough
                               ? relation.target && relation.target->isAttached()
                               : !relation.through || relation.through->isAttached();
        if (ready) {
            setUpRelation(*this, *relation.owner, relation.name, relation.definition, relation.target,
                          relation.through);
        }
    }
}

} // namespace relata::schema
