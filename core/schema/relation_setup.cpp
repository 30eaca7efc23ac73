#include "schema/relation_setup.h"

#include "schema/inflection.h"
#include "schema/model_registry.h"
#include "schema/naming.h"
#include "schema/settings.h"

#include <algorithm>
#include <array>
#include <optional>

namespace relata::schema {
namespace {

using settings::stringMember;
using settings::truthy;
using settings::truthyMember;

// What juggler's relation functions read from their params.
struct Params {
    std::string as;
    std::string type; // as written in JSON
    ModelDef* model = nullptr;
    ModelDef* through = nullptr;
    std::string foreignKey; // "" is absent: juggler reads these with `||`
    std::string primaryKey;
    std::string idName;
    std::string keyThrough;
    std::string throughTable;
    std::string property;
    Json polymorphic; // null when not polymorphic
    bool invert = false;
    Json scope;
    Json properties;
    Json options = Json::object();
    const Json* definition = nullptr; // the JSON entry, for what only some kinds read
    std::string pointer;
    bool generated = false;
};

std::string camel(const std::string& text)
{
    return inflection::camelize(text, true);
}

Params paramsFrom(const ModelDef& owner, const std::string& name, const Json& definition)
{
    Params params;
    params.as = name;
    params.definition = &definition;
    params.type = stringMember(definition, "type");
    params.foreignKey = stringMember(definition, "foreignKey");
    params.primaryKey = stringMember(definition, "primaryKey");
    params.idName = stringMember(definition, "idName");
    params.keyThrough = stringMember(definition, "keyThrough");
    params.throughTable = stringMember(definition, "throughTable");
    params.property = stringMember(definition, "property");
    if (truthyMember(definition, "polymorphic"))
        params.polymorphic = definition["polymorphic"];
    params.invert = truthyMember(definition, "invert");
    // A relation entry that is not an object is reported by core/check; it has no keys.
    if (!definition.is_object())
        return params;
    params.scope = definition.value("scope", Json());
    params.properties = definition.value("properties", Json());
    const Json options = definition.value("options", Json());
    if (options.is_object())
        params.options = options;
    if (owner.json && owner.json->is_object()) {
        const auto own = owner.json->find("relations");
        if (own != owner.json->end() && own->is_object() && own->contains(name))
            params.pointer = "/relations/" + name;
    }
    return params;
}

RelationKind kindOf(const std::string& type, bool through)
{
    if (type == "hasOne")
        return RelationKind::HasOne;
    if (type == "hasMany")
        return through ? RelationKind::HasManyThrough : RelationKind::HasMany;
    if (type == "hasAndBelongsToMany")
        return RelationKind::HasAndBelongsToMany;
    if (type == "referencesMany")
        return RelationKind::ReferencesMany;
    if (type == "embedsOne")
        return RelationKind::EmbedsOne;
    if (type == "embedsMany")
        return RelationKind::EmbedsMany;
    return RelationKind::BelongsTo;
}

Relation start(const ModelDef& owner, const Params& params, RelationKind kind)
{
    Relation relation;
    relation.name = params.as;
    relation.kind = kind;
    relation.type = params.type;
    relation.modelFrom = owner.name;
    relation.scope = params.scope;
    relation.properties = params.properties;
    relation.options = params.options;
    relation.pointer = params.pointer;
    relation.generated = params.generated;
    return relation;
}

void fail(ModelRegistry& registry, const ModelDef& owner, const Params& params, const char* code,
          const std::string& message)
{
    registry.addFinding({true, code, message, owner.name, params.generated ? std::string() : owner.file,
                         params.pointer});
}

PropertyType stringType()
{
    PropertyType type;
    type.type = ValueType::String;
    type.typeName = "String";
    return type;
}

PropertyType modelType(const std::string& model)
{
    PropertyType type;
    type.type = ValueType::Model;
    type.typeName = model;
    type.modelType = model;
    return type;
}

// lookupModelTo: the given model, else one named like the relation (singularized
// for to-many kinds), matched ignoring case among every model juggler knows.
ModelDef* lookupModelTo(ModelRegistry& registry, const ModelDef& owner, const Params& params,
                        bool singularize)
{
    if (params.model)
        return params.model;
    const std::string guess = naming::lowerCase(singularize ? inflection::singularize(params.as) : params.as);
    ModelDef* found = registry.lookup(guess);
    if (!found) {
        fail(registry, owner, params, "relation-target-missing",
             "Could not find relation " + params.as + " for model " + owner.name);
        return nullptr;
    }
    if (!found->isAttached()) {
        fail(registry, owner, params, "relation-target-unattached",
             "relation `" + params.as + "` of " + owner.name + " has no `model`; the model it guesses, `"
                 + found->name + "`, is not attached to a datasource and LoopBack fails to boot");
        return nullptr;
    }
    return found;
}

void missingKey(ModelRegistry& registry, const ModelDef& owner, const Params& params,
                const std::string& model, const std::string& key)
{
    fail(registry, owner, params, "relation-key-missing",
         "relation `" + params.as + "` of " + owner.name + " uses `" + key + "`, which is not a property of "
             + model + "; LoopBack fails to boot");
}

void belongsTo(ModelRegistry& registry, ModelDef& owner, const Params& params)
{
    Relation relation = start(owner, params, RelationKind::BelongsTo);
    if (!params.polymorphic.is_null()) {
        Polymorphic polymorphic = normalizePolymorphic(params.polymorphic, params.as);
        relation.keyTo = !params.primaryKey.empty() ? params.primaryKey
                                                    : (!params.idName.empty() ? params.idName : "id");
        relation.keyFrom = polymorphic.foreignKey;
        if (truthyMember(polymorphic.json, "idType")) {
            const Json idType = polymorphic.json["idType"];
            registry.defineProperty(owner, relation.keyFrom, Json{{"type", idType}, {"index", true}},
                                    resolveTypeValue(idType), params.as);
        } else if (!registry.defineForeignKey(owner, relation.keyFrom, owner, relation.keyTo, params.as)) {
            missingKey(registry, owner, params, owner.name, relation.keyTo);
            return;
        }
        registry.defineProperty(owner, polymorphic.discriminator, Json{{"type", "string"}, {"index", true}},
                                stringType(), params.as);
        relation.polymorphic = std::move(polymorphic);
        registry.setRelation(owner, std::move(relation));
        return;
    }
    ModelDef* target = lookupModelTo(registry, owner, params, false);
    if (!target)
        return;
    relation.modelTo = target->name;
    relation.keyTo = !params.primaryKey.empty() ? params.primaryKey : target->idName();
    if (relation.keyTo.empty())
        relation.keyTo = "id";
    relation.keyFrom = !params.foreignKey.empty() ? params.foreignKey : params.as + "Id";
    if (!registry.defineForeignKey(owner, relation.keyFrom, *target, relation.keyTo, params.as)) {
        missingKey(registry, owner, params, target->name, relation.keyTo);
        return;
    }
    registry.setRelation(owner, std::move(relation));
}

void hasMany(ModelRegistry& registry, ModelDef& owner, const Params& params, RelationKind kind)
{
    ModelDef* target = lookupModelTo(registry, owner, params, true);
    if (!target)
        return;
    Relation relation = start(owner, params, kind);
    relation.modelTo = target->name;
    relation.multiple = true;
    relation.keyTo = !params.foreignKey.empty() ? params.foreignKey : camel(owner.name + "_id");
    std::string keyThrough = !params.keyThrough.empty() ? params.keyThrough : camel(target->name + "_id");
    relation.keyFrom = !params.primaryKey.empty() ? params.primaryKey : owner.idName();
    if (relation.keyFrom.empty())
        relation.keyFrom = "id";
    if (!params.polymorphic.is_null()) {
        Polymorphic polymorphic = normalizePolymorphic(params.polymorphic, params.as);
        if (params.invert) {
            polymorphic.invert = true;
            polymorphic.json["invert"] = true;
            keyThrough = polymorphic.foreignKey;
        } else {
            relation.keyTo = polymorphic.foreignKey;
        }
        if (!params.through) {
            registry.defineProperty(*target, polymorphic.discriminator,
                                    Json{{"type", "string"}, {"index", true}}, stringType(), params.as);
        }
        relation.polymorphic = std::move(polymorphic);
    }
    if (params.through) {
        relation.modelThrough = params.through->name;
        relation.keyThrough = keyThrough;
    }
    const std::string keyTo = relation.keyTo;
    const std::string keyFrom = relation.keyFrom;
    registry.setRelation(owner, std::move(relation));
    if (!params.through && !registry.defineForeignKey(*target, keyTo, owner, keyFrom, params.as))
        missingKey(registry, owner, params, owner.name, keyFrom);
}

void hasOne(ModelRegistry& registry, ModelDef& owner, const Params& params)
{
    ModelDef* target = lookupModelTo(registry, owner, params, false);
    if (!target)
        return;
    Relation relation = start(owner, params, RelationKind::HasOne);
    relation.modelTo = target->name;
    relation.keyFrom = !params.primaryKey.empty() ? params.primaryKey : owner.idName();
    if (relation.keyFrom.empty())
        relation.keyFrom = "id";
    relation.keyTo = !params.foreignKey.empty() ? params.foreignKey : camel(owner.name + "_id");
    if (!params.polymorphic.is_null()) {
        Polymorphic polymorphic = normalizePolymorphic(params.polymorphic, params.as);
        relation.keyTo = polymorphic.foreignKey;
        if (!params.through) {
            registry.defineProperty(*target, polymorphic.discriminator,
                                    Json{{"type", "string"}, {"index", true}}, stringType(), params.as);
        }
        relation.polymorphic = std::move(polymorphic);
    }
    const std::string keyTo = relation.keyTo;
    const std::string keyFrom = relation.keyFrom;
    registry.setRelation(owner, std::move(relation));
    if (!registry.defineForeignKey(*target, keyTo, owner, keyFrom, params.as))
        missingKey(registry, owner, params, owner.name, keyFrom);
}

// HABTM's through model: `through`, else `throughTable` (a new model), else an
// existing <Source><Target> or <Target><Source> model, else a new <Source><Target>.
ModelDef* habtmThrough(ModelRegistry& registry, const ModelDef& owner, const ModelDef& target,
                       const Params& params)
{
    if (params.through)
        return params.through;
    ModelDef* through = nullptr;
    if (!params.throughTable.empty()) {
        through = registry.find(params.throughTable);
        if (!through || through->placeholder) {
            through = &registry.defineGenerated(params.throughTable);
            registry.attach(*through);
        }
    } else {
        through = registry.lookup(owner.name + target.name);
        if (!through)
            through = registry.lookup(target.name + owner.name);
        if (!through) {
            through = &registry.defineGenerated(owner.name + target.name);
            registry.attach(*through);
        }
    }
    if (!through->isAttached()) {
        fail(registry, owner, params, "relation-through-unattached",
             "relation `" + params.as + "` of " + owner.name + " goes through `" + through->name
                 + "`, which is not attached to a datasource; LoopBack fails to boot");
        return nullptr;
    }
    return through;
}

void hasAndBelongsToMany(ModelRegistry& registry, ModelDef& owner, const Params& params)
{
    ModelDef* target = lookupModelTo(registry, owner, params, true);
    if (!target)
        return;
    if (!params.through && !params.polymorphic.is_null()) {
        fail(registry, owner, params, "relation-polymorphic-invalid",
             "Polymorphic relations need a through model");
        return;
    }
    ModelDef* through = habtmThrough(registry, owner, *target, params);
    if (!through)
        return;
    // The hasMany it ends in gets only these params: foreignKey and keyThrough are dropped.
    Params many;
    many.as = params.as;
    many.type = params.type;
    many.model = target;
    many.through = through;
    many.properties = params.properties;
    many.scope = params.scope;
    many.options = params.options;
    many.pointer = params.pointer;
    Params link;
    link.type = "belongsTo";
    link.generated = true;
    if (!params.polymorphic.is_null()) {
        const Polymorphic polymorphic = normalizePolymorphic(params.polymorphic, params.as);
        many.polymorphic = polymorphic.json;
        if (!through->relationIndex.contains(polymorphic.selector)) {
            link.as = polymorphic.selector;
            link.polymorphic = true;
            belongsTo(registry, *through, link);
        }
    } else {
        link.as = camel(owner.name);
        link.model = &owner;
        belongsTo(registry, *through, link);
    }
    link.polymorphic = Json();
    link.as = camel(target->name);
    link.model = target;
    belongsTo(registry, *through, link);
    hasMany(registry, owner, many, RelationKind::HasAndBelongsToMany);
}

void referencesMany(ModelRegistry& registry, ModelDef& owner, const Params& params)
{
    ModelDef* target = lookupModelTo(registry, owner, params, true);
    if (!target)
        return;
    Relation relation = start(owner, params, RelationKind::ReferencesMany);
    relation.modelTo = target->name;
    relation.multiple = true;
    relation.keyFrom = !params.foreignKey.empty() ? params.foreignKey : camel(target->name + "_ids");
    relation.keyTo = target->idName().empty() ? std::string("id") : target->idName();
    const Property* id = target->property(relation.keyTo);
    if (!id) {
        missingKey(registry, owner, params, target->name, relation.keyTo);
        return;
    }
    const PropertyType ids = arrayOf(typeOf(*id));
    const std::string key = relation.keyFrom;
    registry.setRelation(owner, std::move(relation));
    registry.defineProperty(owner, key, Json{{"type", typeJson(ids)}, {"default", Json::array()}}, ids,
                            params.as);
}

// The object embedsOne/embedsMany define their property with: options.property's
// keys, then `type` (and `default`).
Json embedDefinition(const Params& params)
{
    const Json extra = params.options.value("property", Json());
    return extra.is_object() ? extra : Json::object();
}

void embeds(ModelRegistry& registry, ModelDef& owner, const Params& params, bool many)
{
    ModelDef* target = lookupModelTo(registry, owner, params, many);
    if (!target)
        return;
    Relation relation = start(owner, params, many ? RelationKind::EmbedsMany : RelationKind::EmbedsOne);
    relation.modelTo = target->name;
    relation.multiple = many;
    std::string property = params.property;
    if (property.empty())
        property = camel(many ? target->plural : target->name);
    if (property == params.as)
        property = "_" + property;
    relation.keyFrom = property;
    relation.embedProperty = property;
    relation.keyTo = target->idName().empty() ? std::string("id") : target->idName();
    registry.setRelation(owner, std::move(relation));
    Json definition = embedDefinition(params);
    if (many) {
        definition["type"] = Json::array({target->name});
        if (!truthyMember(params.options, "omitDefaultEmbeddedItem"))
            definition["default"] = Json::array();
        registry.defineProperty(owner, property, definition, arrayOf(modelType(target->name)), params.as);
        return;
    }
    definition["type"] = target->name;
    static const Json none = Json::object();
    const Json& entry = params.definition && params.definition->is_object() ? *params.definition : none;
    const auto defaultValue = entry.find("default");
    if (defaultValue != entry.end()
        && (*defaultValue == true || defaultValue->is_object() || defaultValue->is_array()
            || defaultValue->is_null()))
        definition["default"] = *defaultValue;
    registry.defineProperty(owner, property, definition, modelType(target->name), params.as);
}

} // namespace

Polymorphic normalizePolymorphic(const Json& polymorphic, const std::string& relationName)
{
    Polymorphic out;
    out.json = polymorphic.is_object() ? polymorphic : Json::object();
    std::string selector;
    if (polymorphic.is_string())
        selector = polymorphic.get<std::string>();
    else if (polymorphic == true)
        selector = relationName;
    else if (polymorphic.is_object())
        selector = !stringMember(polymorphic, "selector").empty() ? stringMember(polymorphic, "selector")
                                                                  : stringMember(polymorphic, "as");
    if (selector.empty())
        selector = relationName.empty() ? std::string("reference") : relationName;
    out.selector = selector;
    out.foreignKey = stringMember(out.json, "foreignKey");
    if (out.foreignKey.empty())
        out.foreignKey = camel(selector + "_id");
    out.discriminator = stringMember(out.json, "discriminator");
    if (out.discriminator.empty())
        out.discriminator = camel(selector + "_type");
    out.json["selector"] = out.selector;
    out.json["foreignKey"] = out.foreignKey;
    out.json["discriminator"] = out.discriminator;
    if (truthyMember(out.json, "idType"))
        out.idType = out.json["idType"].is_string() ? out.json["idType"].get<std::string>()
                                                     : out.json["idType"].dump();
    out.invert = truthyMember(out.json, "invert");
    return out;
}

void setUpRelation(ModelRegistry& registry, ModelDef& owner, const std::string& name,
                   const Json& definition, ModelDef* target, ModelDef* through)
{
    Params params = paramsFrom(owner, name, definition);
    params.model = target;
    params.through = through;
    const RelationKind kind = kindOf(params.type, through != nullptr);
    switch (kind) {
    case RelationKind::BelongsTo:
        belongsTo(registry, owner, params);
        break;
    case RelationKind::HasOne:
        hasOne(registry, owner, params);
        break;
    case RelationKind::HasMany:
    case RelationKind::HasManyThrough:
        hasMany(registry, owner, params, kind);
        break;
    case RelationKind::HasAndBelongsToMany:
        hasAndBelongsToMany(registry, owner, params);
        break;
    case RelationKind::ReferencesMany:
        referencesMany(registry, owner, params);
        break;
    case RelationKind::EmbedsOne:
    case RelationKind::EmbedsMany:
        embeds(registry, owner, params, kind == RelationKind::EmbedsMany);
        break;
    }
}

} // namespace relata::schema

namespace relata::schema {

bool validateRelation(ModelRegistry& registry, const ModelDef& model, const std::string& name,
                      const Json& definition)
{
    static const std::array<const char*, 7> types = {"hasMany",        "belongsTo",  "hasAndBelongsToMany",
                                                     "hasOne",         "referencesMany", "embedsOne",
                                                     "embedsMany"};
    const std::string pointer = "/relations/" + name;
    const std::string type = stringMember(definition, "type");
    const bool known = std::any_of(types.begin(), types.end(), [&](const char* t) { return type == t; });
    std::string message;
    if (!known)
        message = "Invalid relation type: " + (definition.is_object() && definition.contains("type")
                                                   ? (definition["type"].is_string() ? type : definition["type"].dump())
                                                   : std::string("undefined"));
    else if (name == "trigger")
        message = "Invalid relation name: " + name;
    if (!message.empty()) {
        registry.addFinding({true, "relation-invalid", message, model.name, model.file, pointer + "/type"});
        return false;
    }
    // juggler checks these in order and reports the last one that applies.
    const Json polymorphic = definition.value("polymorphic", Json());
    const bool isPolymorphic = truthy(polymorphic);
    const bool hasModel = truthyMember(definition, "model");
    const std::string prefix = "polymorphic " + type + " relation: " + name;
    if (!isPolymorphic && type == "belongsTo" && !hasModel)
        message = type + " relation: " + name + " requires param `model`";
    if (isPolymorphic && type == "belongsTo" && hasModel)
        message = prefix + " does not expect param `model`";
    if (isPolymorphic && type != "belongsTo" && !hasModel)
        message = prefix + " requires param `model`";
    const bool foreignKey = truthyMember(polymorphic, "foreignKey");
    const bool discriminator = truthyMember(polymorphic, "discriminator");
    if (isPolymorphic && foreignKey && !discriminator)
        message = prefix + " requires param `polymorphic.discriminator` when param `polymorphic.foreignKey` is provided";
    if (isPolymorphic && discriminator && !foreignKey)
        message = prefix + " requires param `polymorphic.foreignKey` when param `polymorphic.discriminator` is provided";
    if (isPolymorphic && truthyMember(polymorphic, "as") && foreignKey)
        message = prefix + " does not expect param `polymorphic.as` when defing custom `foreignKey`/`discriminator` ";
    if (isPolymorphic && truthyMember(polymorphic, "selector") && foreignKey)
        message = prefix + " does not expect param `polymorphic.selector` when defing custom `foreignKey`/`discriminator` ";
    if (message.empty())
        return true;
    registry.addFinding({true, "relation-invalid", message, model.name, model.file, pointer});
    return false;
}

Relation unresolvedRelation(const ModelDef& owner, const std::string& name, const Json& definition)
{
    const Params params = paramsFrom(owner, name, definition);
    Relation relation = start(owner, params, kindOf(params.type, truthyMember(definition, "through")));
    relation.resolved = false;
    relation.modelTo = stringMember(definition, "model");
    const bool many = relation.kind != RelationKind::BelongsTo && relation.kind != RelationKind::HasOne
                      && relation.kind != RelationKind::EmbedsOne;
    const std::string target = !relation.modelTo.empty()
                                   ? relation.modelTo
                                   : (many ? inflection::singularize(name) : name);
    relation.multiple = many;
    std::optional<Polymorphic> polymorphic;
    if (!params.polymorphic.is_null())
        polymorphic = normalizePolymorphic(params.polymorphic, name);
    const std::string ownerId = owner.idName().empty() ? std::string("id") : owner.idName();
    switch (relation.kind) {
    case RelationKind::BelongsTo:
        relation.keyFrom = polymorphic ? polymorphic->foreignKey
                                       : (!params.foreignKey.empty() ? params.foreignKey : name + "Id");
        relation.keyTo = !params.primaryKey.empty() ? params.primaryKey : "id";
        break;
    case RelationKind::HasOne:
    case RelationKind::HasMany:
    case RelationKind::HasManyThrough:
    case RelationKind::HasAndBelongsToMany:
        relation.keyFrom = !params.primaryKey.empty() ? params.primaryKey : ownerId;
        relation.keyTo = polymorphic ? polymorphic->foreignKey
                                     : (!params.foreignKey.empty() ? params.foreignKey : camel(owner.name + "_id"));
        relation.modelThrough = stringMember(definition, "through");
        if (!relation.modelThrough.empty())
            relation.keyThrough = !params.keyThrough.empty() ? params.keyThrough : camel(target + "_id");
        break;
    case RelationKind::ReferencesMany:
        relation.keyFrom = !params.foreignKey.empty() ? params.foreignKey : camel(target + "_ids");
        relation.keyTo = "id";
        break;
    case RelationKind::EmbedsOne:
    case RelationKind::EmbedsMany:
        relation.keyFrom = !params.property.empty()
                               ? params.property
                               : camel(many ? inflection::pluralize(target) : target);
        if (relation.keyFrom == name)
            relation.keyFrom = "_" + relation.keyFrom;
        relation.embedProperty = relation.keyFrom;
        relation.keyTo = "id";
        break;
    }
    relation.polymorphic = std::move(polymorphic);
    return relation;
}

} // namespace relata::schema
