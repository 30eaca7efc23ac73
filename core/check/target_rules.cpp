// Whether a relation's target and through models will exist when LoopBack
// defines it. LoopBack looks them up by exact name and, when it finds none,
// defers the relation until a model of that name is attached: a typo or a
// model boot never attaches leaves the relation missing without any error
// (SEMANTICS.md §1.7.3).
#include "check/check_text.h"
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
    //: Fills the parentheses of "…, which boot attaches to no data source (%3); …".
    if (!entry)
        return say(relata::check::Check::tr("it is not listed in %1"), context.modelConfigPath());
    if (!entry->is_object())
        return {};
    const auto dataSource = entry->find("dataSource");
    //: Fills the parentheses of "…, which boot attaches to no data source (%3); …".
    if (dataSource == entry->end())
        return say(relata::check::Check::tr("its model-config entry has no `dataSource`"));
    //: Fills the parentheses of "…, which boot attaches to no data source (%3); …".
    if (!truthy(*dataSource))
        return say(relata::check::Check::tr("its model-config entry sets \"dataSource\": %1"),
                   dataSource->dump());
    return {};
}

// The three findings on a target or through model that LoopBack never
// defines, as whole sentences: %1 the relation, %2 the model, %3 a reason
// (the model-config file for `unregistered`).
struct NamedTexts {
    QString unknown;
    QString unregistered;
    QString unattached;
};

NamedTexts namedTexts(Role role) {
    if (role == Role::Target) {
        return {Check::tr("Relation %1 names the target %2, but no model has that exact name; "
                          "LoopBack waits for it forever, so the relation never exists."),
                Check::tr("Relation %1 names the target %2, which %3 does not list; LoopBack "
                          "never creates that model, so the relation never exists. Register %2 in "
                          "model-config."),
                Check::tr("Relation %1 names the target %2, which boot attaches to no data source "
                          "(%3); LoopBack defines the relation only once it is attached. Give %2 "
                          "a dataSource in model-config.")};
    }
    return {Check::tr("Relation %1 names the through model %2, but no model has that exact name; "
                      "LoopBack waits for it forever, so the relation never exists."),
            Check::tr("Relation %1 names the through model %2, which %3 does not list; "
                      "LoopBack never creates that model, so the relation never exists. Register "
                      "%2 in model-config."),
            Check::tr("Relation %1 names the through model %2, which boot attaches to no data "
                      "source (%3); LoopBack defines the relation only once it is attached. Give "
                      "%2 a dataSource in model-config.")};
}

void checkNamed(Context& context, const RelationEntry& entry, Role role) {
    const char* key = role == Role::Target ? "model" : "through";
    const std::string name = stringAt(*entry.value, key);
    if (name.empty())
        return;
    const std::string prefix = role == Role::Target ? "relation-model-" : "relation-through-";
    const NamedTexts texts = namedTexts(role);
    const std::string relation = ticked(entry.model + "." + entry.name);
    if (!context.isDefined(name)) {
        context.report(Severity::Error, prefix + "unknown",
                       say(texts.unknown, relation, ticked(name)) +
                           didYouMean(name, context.knownNames()),
                       entry.site(key));
        return;
    }
    if (!context.isAppLayout())
        return;
    if (!context.isLoaded(name)) {
        context.report(Severity::Error, prefix + "unregistered",
                       say(texts.unregistered, relation, ticked(name), context.modelConfigPath()),
                       entry.site(key));
        return;
    }
    const std::string reason = unattachedReason(context, name);
    if (!reason.empty()) {
        context.report(Severity::Warning, prefix + "unattached",
                       say(texts.unattached, relation, ticked(name), reason), entry.site(key));
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
                   say(Check::tr("Relation %1 has no `model` and no model is named after the "
                                 "relation; LoopBack stops with \"Could not find relation %2 for "
                                 "model %3\". Add \"model\": \"<target model>\"."),
                       ticked(entry.model + "." + entry.name), entry.name, entry.model),
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
