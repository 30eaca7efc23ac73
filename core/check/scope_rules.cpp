// Relation scopes, named scopes and default scopes are filters LoopBack merges
// into queries (SEMANTICS.md §3); a bad one fails or skews every query that
// uses it, so each is checked with the reusable filter validator.
#include "check/check_text.h"
#include "check/context.h"
#include "check/filter_check.h"
#include "check/names.h"
#include "check/rules.h"
#include "document/document.h"
#include "schema/schema.h"

namespace relata::check {

namespace {

void reportIssues(Context& context, const std::vector<FilterIssue>& issues, const Site& where,
                  const std::string& label) {
    for (const FilterIssue& issue : issues) {
        Site site = where;
        site.pointer += issue.pointer;
        //: Where a filter problem is (%1, e.g. "Scope `Customer.recent`"), then the problem.
        context.report(issue.severity, issue.code, say(Check::tr("%1: %2"), label, issue.message),
                       std::move(site));
    }
}

// The model a relation scope's where/order/include speak about: the through
// model for hasMany-through and HABTM (LoopBack merges the scope into the
// through query), none for a polymorphic belongsTo.
const schema::Model* scopeSubject(const Context& context, const RelationEntry& entry) {
    const schema::Model* model = context.schema().model(entry.file);
    const schema::Relation* relation = model ? model->relation(entry.name) : nullptr;
    if (!relation || !relation->resolved)
        return nullptr;
    if (relation->kind == schema::RelationKind::HasManyThrough ||
        relation->kind == schema::RelationKind::HasAndBelongsToMany)
        return context.schema().model(relation->modelThrough);
    if (relation->modelTo.empty())
        return nullptr;
    return context.schema().model(relation->modelTo);
}

void checkModelScopes(Context& context, ModelId id) {
    const Json& json = context.document().model(id);
    if (!json.is_object())
        return;
    const std::string name = context.document().modelName(id);
    const schema::Model* model = context.schema().model(id);
    Site site;
    site.file = id;
    site.model = name;
    const auto scope = json.find("scope");
    if (scope != json.end() && !scope->is_null()) {
        site.pointer = "/scope";
        reportIssues(
            context,
            checkFilter(context.schema(), model, *scope, FilterUse::Query, &context.appFiles()),
            site, say(Check::tr("Default scope of %1"), ticked(name)));
    }
    const auto scopes = json.find("scopes");
    if (scopes == json.end() || !scopes->is_object())
        return;
    for (const auto& item : scopes->items()) {
        site.pointer = pointerTo("/scopes", item.key());
        reportIssues(context,
                     checkFilter(context.schema(), model, item.value(), FilterUse::NamedScope,
                                 &context.appFiles()),
                     site, say(Check::tr("Scope %1"), ticked(name + "." + item.key())));
    }
}

} // namespace

void checkScopes(Context& context) {
    for (ModelId id : context.document().modelIds())
        checkModelScopes(context, id);
    for (const RelationEntry& entry : relationEntries(context.document())) {
        if (!entry.value->is_object())
            continue;
        const auto scope = entry.value->find("scope");
        if (scope == entry.value->end() || scope->is_null())
            continue;
        reportIssues(
            context,
            checkFilter(context.schema(), scopeSubject(context, entry), *scope, FilterUse::Query,
                        &context.appFiles()),
            entry.site("scope"),
            say(Check::tr("Scope of relation %1"), ticked(entry.model + "." + entry.name)));
    }
}

} // namespace relata::check
