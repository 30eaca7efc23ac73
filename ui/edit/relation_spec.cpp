#include "edit/relation_spec.h"

#include "check/check.h"
#include "document/document.h"
#include "schema/inflection.h"
#include "schema/schema.h"

#include <QCoreApplication>

#include <algorithm>

namespace relata {
namespace {

std::string camelize(std::string_view text)
{
    return inflection::camelize(text, true);
}

void setIfGiven(Json& entry, const char* key, const std::string& value)
{
    if (!value.empty())
        entry[key] = value;
}

Json polymorphicValue(const RelationSpec& spec)
{
    const bool custom = !spec.polymorphicForeignKey.empty() || !spec.discriminator.empty();
    if (spec.kind == RelationChoice::PolymorphicBelongsTo) {
        if (!custom && spec.idType.empty())
            return true;
        Json value = Json::object();
        setIfGiven(value, "foreignKey", spec.polymorphicForeignKey);
        setIfGiven(value, "discriminator", spec.discriminator);
        setIfGiven(value, "idType", spec.idType);
        return value;
    }
    if (custom)
        return Json{{"foreignKey", spec.polymorphicForeignKey}, {"discriminator", spec.discriminator}};
    return spec.selector;
}

const char* typeName(RelationChoice kind)
{
    switch (kind) {
    case RelationChoice::BelongsTo:
    case RelationChoice::PolymorphicBelongsTo:
        return "belongsTo";
    case RelationChoice::HasOne:
        return "hasOne";
    case RelationChoice::HasMany:
    case RelationChoice::HasManyThrough:
        return "hasMany";
    case RelationChoice::HasAndBelongsToMany:
        return "hasAndBelongsToMany";
    case RelationChoice::ReferencesMany:
        return "referencesMany";
    case RelationChoice::EmbedsOne:
        return "embedsOne";
    case RelationChoice::EmbedsMany:
        return "embedsMany";
    }
    return "hasMany";
}

std::string withoutIdSuffix(const std::string& key)
{
    return key.size() > 2 && key.ends_with("Id") ? key.substr(0, key.size() - 2) : std::string();
}

// The through model a hasMany through needs: its two belongsTo (SEMANTICS.md §2.4),
// with the keys the hasMany reads written out when the user chose them.
Json throughModel(const RelationSpec& spec, const std::string& source)
{
    Json model = EditController::newModelJson(spec.through);
    Json& relations = model["relations"];
    const bool polymorphic = !spec.selector.empty() || !spec.polymorphicForeignKey.empty();
    std::string sourceName = polymorphic ? (spec.selector.empty() ? spec.name : spec.selector)
                                         : camelize(source);
    Json sourceEntry = polymorphic ? Json{{"type", "belongsTo"}, {"polymorphic", true}}
                                   : Json{{"type", "belongsTo"}, {"model", source}};
    if (!polymorphic)
        setIfGiven(sourceEntry, "foreignKey", spec.foreignKey);
    std::string targetName = camelize(spec.target);
    if (const std::string named = withoutIdSuffix(spec.keyThrough); !named.empty())
        targetName = named;
    if (targetName == sourceName)
        targetName += "Target";
    Json targetEntry{{"type", "belongsTo"}, {"model", spec.target}};
    setIfGiven(targetEntry, "foreignKey", spec.keyThrough);
    relations[sourceName] = std::move(sourceEntry);
    relations[targetName] = std::move(targetEntry);
    return model;
}

} // namespace

const std::array<RelationChoice, 9>& relationChoices()
{
    static const std::array<RelationChoice, 9> choices = {
        RelationChoice::BelongsTo,      RelationChoice::HasOne,
        RelationChoice::HasMany,        RelationChoice::HasManyThrough,
        RelationChoice::HasAndBelongsToMany, RelationChoice::ReferencesMany,
        RelationChoice::PolymorphicBelongsTo, RelationChoice::EmbedsOne,
        RelationChoice::EmbedsMany,
    };
    return choices;
}

QString relationChoiceLabel(RelationChoice choice)
{
    switch (choice) {
    case RelationChoice::BelongsTo:
        return QCoreApplication::translate("relata::Relation", "belongsTo");
    case RelationChoice::HasOne:
        return QCoreApplication::translate("relata::Relation", "hasOne");
    case RelationChoice::HasMany:
        return QCoreApplication::translate("relata::Relation", "hasMany");
    case RelationChoice::HasManyThrough:
        return QCoreApplication::translate("relata::Relation", "hasMany through");
    case RelationChoice::HasAndBelongsToMany:
        return QCoreApplication::translate("relata::Relation", "hasAndBelongsToMany");
    case RelationChoice::ReferencesMany:
        return QCoreApplication::translate("relata::Relation", "referencesMany");
    case RelationChoice::PolymorphicBelongsTo:
        return QCoreApplication::translate("relata::Relation", "belongsTo (polymorphic)");
    case RelationChoice::EmbedsOne:
        return QCoreApplication::translate("relata::Relation", "embedsOne");
    case RelationChoice::EmbedsMany:
        return QCoreApplication::translate("relata::Relation", "embedsMany");
    }
    return {};
}

bool takesForeignKey(RelationChoice choice)
{
    return choice == RelationChoice::BelongsTo || choice == RelationChoice::HasOne
           || choice == RelationChoice::HasMany || choice == RelationChoice::HasManyThrough
           || choice == RelationChoice::ReferencesMany;
}

bool takesPrimaryKey(RelationChoice choice)
{
    return choice == RelationChoice::BelongsTo || choice == RelationChoice::HasOne
           || choice == RelationChoice::HasMany || choice == RelationChoice::HasManyThrough;
}

bool takesThrough(RelationChoice choice)
{
    return choice == RelationChoice::HasManyThrough || choice == RelationChoice::HasAndBelongsToMany;
}

bool takesPolymorphic(RelationChoice choice)
{
    return choice == RelationChoice::HasOne || choice == RelationChoice::HasMany
           || choice == RelationChoice::HasManyThrough || choice == RelationChoice::HasAndBelongsToMany;
}

bool takesProperty(RelationChoice choice)
{
    return choice == RelationChoice::EmbedsOne || choice == RelationChoice::EmbedsMany;
}

Json relationEntry(const RelationSpec& spec)
{
    Json entry = Json::object();
    entry["type"] = typeName(spec.kind);
    if (spec.kind != RelationChoice::PolymorphicBelongsTo)
        entry["model"] = spec.target;
    if (takesForeignKey(spec.kind))
        setIfGiven(entry, "foreignKey", spec.foreignKey);
    if (takesPrimaryKey(spec.kind))
        setIfGiven(entry, "primaryKey", spec.primaryKey);
    if (takesThrough(spec.kind))
        setIfGiven(entry, "through", spec.through);
    if (spec.kind == RelationChoice::HasManyThrough)
        setIfGiven(entry, "keyThrough", spec.keyThrough);
    if (spec.kind == RelationChoice::HasAndBelongsToMany && spec.through.empty())
        setIfGiven(entry, "throughTable", spec.throughTable);
    const bool polymorphic = !spec.selector.empty() || !spec.polymorphicForeignKey.empty()
                             || !spec.discriminator.empty();
    if (spec.kind == RelationChoice::PolymorphicBelongsTo || (takesPolymorphic(spec.kind) && polymorphic))
        entry["polymorphic"] = polymorphicValue(spec);
    if (spec.kind == RelationChoice::HasManyThrough && polymorphic && spec.invert)
        entry["invert"] = true;
    if (takesProperty(spec.kind))
        setIfGiven(entry, "property", spec.property);
    if (!spec.scope.is_null())
        entry["scope"] = spec.scope;
    if (!spec.properties.is_null())
        entry["properties"] = spec.properties;
    if (spec.options.is_object() && !spec.options.empty())
        entry["options"] = spec.options;
    return entry;
}

RelationPlan relationPlan(const Document& document, const RelationSpec& spec)
{
    RelationPlan plan;
    plan.source = spec.source;
    plan.name = spec.name;
    plan.entry = relationEntry(spec);
    if (spec.kind == RelationChoice::HasManyThrough && spec.createThrough && !spec.through.empty()) {
        const std::string source = document.modelName(spec.source);
        plan.newModel = throughModel(spec, source);
        const auto from = document.diagram().placement(spec.source);
        const auto to = document.diagram().placement(document.findModel(spec.target));
        if (from && to) {
            NodePlacement middle;
            middle.x = (from->x + to->x) / 2;
            middle.y = (from->y + to->y) / 2 + 120;
            plan.newModelPlacement = middle;
        }
    }
    return plan;
}

std::string defaultThroughName(const std::string& source, const std::string& target)
{
    return source + target;
}

std::string defaultRelationName(const schema::Schema& schema, RelationChoice kind,
                                const std::string& source, const std::string& target)
{
    const schema::Model* model = schema.model(target);
    const std::string plural = model && !model->plural.empty() ? model->plural : inflection::pluralize(target);
    switch (kind) {
    case RelationChoice::BelongsTo:
    case RelationChoice::HasOne:
        return camelize(target);
    case RelationChoice::PolymorphicBelongsTo:
        for (const auto& [owner, relation] : schema.incoming(source)) {
            if (relation->polymorphic && !relation->polymorphic->selector.empty())
                return relation->polymorphic->selector;
        }
        return "reference";
    case RelationChoice::EmbedsOne:
        return camelize(target) + "Item";
    case RelationChoice::EmbedsMany:
        return camelize(target) + "List";
    case RelationChoice::HasMany:
    case RelationChoice::HasManyThrough:
    case RelationChoice::HasAndBelongsToMany:
    case RelationChoice::ReferencesMany:
        return camelize(plural);
    }
    return camelize(plural);
}

bool RelationPreview::hasErrors() const
{
    return std::any_of(problems.begin(), problems.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

namespace {

// A copy of the document with the plan applied, for compiling "what if".
void fillScratch(Document& scratch, const Document& document, const RelationPlan& plan)
{
    if (const SourceFile* config = document.modelConfig()) {
        Json value = config->value();
        if (plan.newModel && value.is_object()) {
            const std::string name = plan.newModel->value("name", std::string());
            value[name] = value.value(document.modelName(plan.source), Json::object());
        }
        scratch.setModelConfig(SourceFile::created(config->relativePath(), std::move(value)));
    }
    for (ModelId id : document.modelIds()) {
        Json value = document.model(id);
        if (id == plan.source && value.is_object()) {
            if (!value.contains("relations") || !value["relations"].is_object())
                value["relations"] = Json::object();
            value["relations"][plan.name] = plan.entry;
        }
        scratch.insertModel(id, SourceFile::created(document.modelFile(id).relativePath(), value));
    }
    if (plan.newModel)
        scratch.addModel(*plan.newModel);
}

void readKeys(RelationPreview& preview, RelationChoice kind, const schema::Relation& relation)
{
    switch (kind) {
    case RelationChoice::BelongsTo:
    case RelationChoice::PolymorphicBelongsTo:
    case RelationChoice::ReferencesMany:
        preview.foreignKey = relation.keyFrom;
        preview.primaryKey = relation.keyTo;
        break;
    case RelationChoice::EmbedsOne:
    case RelationChoice::EmbedsMany:
        preview.foreignKey = relation.embedProperty;
        break;
    case RelationChoice::HasOne:
    case RelationChoice::HasMany:
    case RelationChoice::HasManyThrough:
    case RelationChoice::HasAndBelongsToMany:
        preview.foreignKey = relation.keyTo;
        preview.primaryKey = relation.keyFrom;
        preview.keyThrough = relation.keyThrough;
        break;
    }
}

} // namespace

RelationPreview previewRelation(const Document& document, const RelationSpec& spec)
{
    RelationPreview preview;
    const RelationPlan plan = relationPlan(document, spec);
    Document scratch(document.rootPath(), document.kind());
    fillScratch(scratch, document, plan);
    const schema::Schema schema = schema::compile(scratch);
    const std::string source = document.modelName(spec.source);
    if (const schema::Model* model = schema.model(source)) {
        if (const schema::Relation* relation = model->relation(spec.name))
            readKeys(preview, spec.kind, *relation);
    }
    const std::string through = plan.newModel ? spec.through : std::string();
    for (Diagnostic& diagnostic : check::check(scratch, schema)) {
        const bool aboutRelation = diagnostic.model == source && diagnostic.relation == spec.name;
        const bool aboutThrough = !through.empty() && diagnostic.model == through;
        if (aboutRelation || aboutThrough)
            preview.problems.push_back(std::move(diagnostic));
    }
    return preview;
}

} // namespace relata
