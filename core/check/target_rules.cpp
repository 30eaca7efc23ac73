// Whether a relation's target and through models will exist when LoopBack
// defines it. LoopBack looks them up by exact name and, when it finds none,
// defers the relation until a model of that name is attached: a typo or a
// model boot never attaches leaves the relation missing without any error
// (SEMANTICS.md §1.7.3).
#include "check/context.h"
#include "check/names.h"
#include "check/rules.h"
#include "document/document.h"
#include "schema/schema.h"

namespace relata::check {

namespace {

enum class Role { Target, Through };

// Why LoopBack would not attach a defined model, or empty when it would.
std::string unattachedReason(const Context& context, const std::string& name) {
    const Json* entry = context.configEntry(name);
    if (!entry)
        return "it is not listed in server/model-config.json";
    if (!entry->is_object())
        return {};
    const auto dataSource = entry->find("dataSource");
    if (dataSource == entry->end())
        return "its model-config entry has no `dataSource`";
    if (!truthy(*dataSource))
        return "its model-config entry sets \"dataSource\": " + dataSource->dump();
    return {};
}

void checkNamed(Context& context, const RelationEntry& entry, Role role) {
    const char* key = role == Role::Target ? "model" : "through";
    const std::string name = stringAt(*entry.value, key);
    if (name.empty())
        return;
    const std::string prefix = role == Role::Target ? "relation-model-" : "relation-through-";
    const std::string what = role == Role::Target ? "target" : "through model";
    const std::string relation = ticked(entry.model + "." + entry.name);
    if (!context.isDefined(name)) {
        context.report(Severity::Error, prefix + "unknown",
                       "Relation " + relation + " names the " + what + " " + ticked(name) +
                           ", but no model has that exact name; LoopBack waits for it forever, "
                           "so the relation never exists." +
                           didYouMean(name, context.knownNames()),
                       entry.site(key));
        return;
    }
    if (!context.isAppLayout())
        return;
    if (!context.isLoaded(name)) {
        context.report(Severity::Error, prefix + "unregistered",
                       "Relation " + relation + " names the " + what + " " + ticked(name) +
                           ", which server/model-config.json does not list; LoopBack never "
                           "creates that model, so the relation never exists. Register " +
                           ticked(name) + " in model-config.",
                       entry.site(key));
        return;
    }
    const std::string reason = unattachedReason(context, name);
    if (!reason.empty()) {
        context.report(Severity::Warning, prefix + "unattached",
                       "Relation " + relation + " names the " + what + " " + ticked(name) +
                           ", which boot attaches to no data source (" + reason +
                           "); LoopBack defines the relation only once it is attached. Give " +
                           ticked(name) + " a dataSource in model-config.",
                       entry.site(key));
    }
}

// Without `model`, LoopBack guesses the target from the relation name
// (singularized, any case); the schema holds the outcome of that guess.
void checkGuessedTarget(Context& context, const RelationEntry& entry) {
    const Json& value = *entry.value;
    if (stringAt(value, "type") == "belongsTo" || truthy(value.value("model", Json())) ||
        truthy(value.value("polymorphic", Json())))
        return; // belongsTo and polymorphic relations have rules of their own
    const schema::Model* model = context.schema().model(entry.file);
    const schema::Relation* relation = model ? model->relation(entry.name) : nullptr;
    if (relation && !relation->modelTo.empty() && context.isDefined(relation->modelTo))
        return;
    context.report(Severity::Error, "relation-target-not-found",
                   "Relation " + ticked(entry.model + "." + entry.name) +
                       " has no `model` and no model is named after the relation; LoopBack "
                       "stops with \"Could not find relation " +
                       entry.name + " for model " + entry.model +
                       "\". Add \"model\": \"<target model>\".",
                   entry.site());
}

} // namespace

void checkRelationTargets(Context& context) {
    for (const RelationEntry& entry : relationEntries(context.document())) {
        const Json& value = *entry.value;
        if (!value.is_object())
            continue;
        const std::string type = stringAt(value, "type");
        if (!isRelationType(type))
            continue; // LoopBack stops at the type before it looks for models
        checkNamed(context, entry, Role::Target);
        if (type == "hasMany" || type == "hasAndBelongsToMany")
            checkNamed(context, entry, Role::Through);
        checkGuessedTarget(context, entry);
    }
}

} // namespace relata::check
