#include "document/document.h"
#include "lb4/plan.h"
#include "lb4/ts_text.h"

#include <algorithm>
#include <array>

namespace relata::lb4 {
namespace {

using schema::RelationKind;

// Members of DefaultCrudRepository: a relation of one of these names would
// replace the repository's own method.
bool repositoryMember(std::string_view name)
{
    static const std::array<std::string_view, 24> members = {
        "find",       "findOne",    "findById",   "create",     "createAll",  "save",
        "update",     "updateAll",  "updateById", "replaceById", "delete",    "deleteAll",
        "deleteById", "count",      "exists",     "execute",    "entityClass", "dataSource",
        "modelClass", "inclusionResolvers", "registerInclusionResolver", "beginTransaction",
        "toEntity",   "toEntities"};
    return std::find(members.begin(), members.end(), name) != members.end();
}

std::string compact(const Json& value)
{
    return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string code(std::string_view text)
{
    return "`" + std::string(text) + "`";
}

class RelationPlanner {
public:
    RelationPlanner(const Plan& plan, ModelPlan& model, const Document& document, std::vector<MigrationItem>& items)
        : m_plan(plan)
        , m_model(model)
        , m_owner(*model.model)
        , m_file(modelFile(document, *model.model))
        , m_items(items)
    {
    }

    void run()
    {
        for (const schema::Relation& relation : m_owner.relations)
            plan(relation);
    }

private:
    void report(const schema::Relation& relation, std::string feature, std::string detail, std::string replacement,
                std::string pointer = {})
    {
        MigrationItem item;
        item.model = m_owner.name;
        item.relation = relation.name;
        item.feature = std::move(feature);
        item.detail = std::move(detail);
        item.replacement = std::move(replacement);
        // The pointer leads into the owner's file only when the relation is declared there.
        if (!relation.pointer.empty() && !m_file.isEmpty() && !relation.generated) {
            item.file = m_file;
            item.pointer = relation.pointer + pointer;
        }
        m_items.push_back(std::move(item));
    }

    // Why `name` cannot be a written relation's target (or through model), or "".
    std::string unusable(const std::string& name) const
    {
        const ModelPlan* target = m_plan.model(name);
        if (target && target->entity)
            return {};
        if (!target)
            return code(name) + " is not written (a LoopBack 3 built-in model, or one the export skips)";
        return code(name) + " has no table in LoopBack 3 (a base Model, or not attached to a datasource)";
    }

    void plan(const schema::Relation& relation)
    {
        const std::string kindName = schema::relationKindName(relation.kind);
        if (!relation.resolved) {
            report(relation, "not set up",
                   "LoopBack 3 never sets this " + kindName + " up (its model is missing, not attached or the "
                       "definition is rejected; `relata-cli validate` says why)",
                   "fix it in the LoopBack 3 app and export again");
            return;
        }
        if (relation.polymorphic) {
            reportPolymorphic(relation);
            return;
        }
        if (relation.kind == RelationKind::EmbedsOne || relation.kind == RelationKind::EmbedsMany) {
            reportEmbedded(relation);
            return;
        }
        if (const std::string problem = blocker(relation); !problem.empty()) {
            report(relation, "not expressible", problem, "write the accessor as a repository method by hand");
            return;
        }
        m_model.relations.push_back(written(relation));
        reportLosses(relation);
    }

    std::string blocker(const schema::Relation& relation) const
    {
        if (!m_model.entity)
            return code(m_owner.name) + " has no repository (a base Model, or not attached to a datasource)";
        if (!ts::isIdentifier(relation.name))
            return "the relation name " + code(relation.name) + " is not a TypeScript identifier";
        if (repositoryMember(relation.name))
            return code(relation.name) + " is a method of DefaultCrudRepository";
        if (std::string problem = unusable(relation.modelTo); !problem.empty())
            return problem;
        if (!relation.modelThrough.empty()) {
            if (std::string problem = unusable(relation.modelThrough); !problem.empty())
                return problem;
            // LoopBack 4 checks both keys when the repository is made, and fails.
            const schema::Model& through = *m_plan.model(relation.modelThrough)->model;
            for (const std::string& key : {relation.keyTo, relation.keyThrough}) {
                if (!through.property(key))
                    return "the through model " + code(through.name) + " has no property " + code(key)
                           + ", which LoopBack 4 requires (LoopBack 3 cannot link through it either)";
            }
        }
        const bool onProperty
            = relation.kind == RelationKind::BelongsTo || relation.kind == RelationKind::ReferencesMany;
        if (onProperty) {
            if (relation.keyFrom == relation.name)
                return "the relation and its foreign key are both named " + code(relation.name);
            if (const Lb4Relation* other = m_model.decorating(relation.keyFrom))
                return "it shares its key " + code(relation.keyFrom) + " with relation " + code(other->name)
                       + ", and LoopBack 4 puts one relation decorator on a property";
        } else if (m_owner.property(relation.name)) {
            return "the relation name " + code(relation.name) + " is also a property of " + m_owner.name;
        }
        return {};
    }

    Lb4Relation written(const schema::Relation& relation) const
    {
        Lb4Relation out;
        out.name = relation.name;
        out.target = relation.modelTo;
        out.keyFrom = relation.keyFrom;
        out.keyTo = relation.keyTo;
        out.include = !relation.disableInclude();
        out.source = &relation;
        switch (relation.kind) {
        case RelationKind::BelongsTo:
            out.kind = Lb4Kind::BelongsTo;
            break;
        case RelationKind::HasOne:
            out.kind = Lb4Kind::HasOne;
            break;
        case RelationKind::HasMany:
            out.kind = Lb4Kind::HasMany;
            break;
        case RelationKind::ReferencesMany:
            out.kind = Lb4Kind::ReferencesMany;
            break;
        case RelationKind::HasManyThrough:
        case RelationKind::HasAndBelongsToMany:
            // LoopBack 3: keyTo and keyThrough are the through model's keys; the
            // targets are read through its belongsTo (`collect`), whose keyTo is
            // the target key LoopBack 4 calls keyTo.
            out.kind = Lb4Kind::HasManyThrough;
            out.through = relation.modelThrough;
            out.throughKeyFrom = relation.keyTo;
            out.throughKeyTo = relation.keyThrough;
            out.keyTo = targetKey(relation);
            break;
        case RelationKind::EmbedsOne:
        case RelationKind::EmbedsMany:
            break;
        }
        return out;
    }

    std::string targetKey(const schema::Relation& relation) const
    {
        const ModelPlan* through = m_plan.model(relation.modelThrough);
        if (through && !relation.collect.empty()) {
            if (const schema::Relation* collect = through->model->relation(relation.collect))
                return collect->keyTo;
        }
        const ModelPlan* target = m_plan.model(relation.modelTo);
        return target ? target->model->idName() : std::string("id");
    }

    void reportPolymorphic(const schema::Relation& relation)
    {
        const schema::Polymorphic& poly = *relation.polymorphic;
        const std::string kind = schema::relationKindName(relation.kind);
        const std::string where = "{" + poly.foreignKey + ": <" + m_owner.name + " id>, " + poly.discriminator
                                  + ": '" + m_owner.name + "'}";
        if (relation.kind == RelationKind::BelongsTo) {
            report(relation, "polymorphic",
                   "polymorphic belongsTo: " + code(poly.discriminator) + " names the target model, "
                       + code(poly.foreignKey) + " holds its id",
                   "both properties are written; add a repository method that picks the target repository by "
                       + code(poly.discriminator) + " and calls findById(" + poly.foreignKey + ")",
                   "/polymorphic");
            return;
        }
        if (!relation.modelThrough.empty()) {
            report(relation, "polymorphic",
                   "polymorphic " + kind + " " + relation.modelTo + " through "
                       + relation.modelThrough + ": the " + relation.modelThrough + " rows where " + where,
                   "a @hasMany through " + relation.modelThrough + " would ignore " + code(poly.discriminator)
                       + ": find the " + relation.modelThrough + " rows with that where, then the "
                       + relation.modelTo + " records by " + code(relation.keyThrough),
                   "/polymorphic");
            return;
        }
        const std::string call = ts::lowerFirst(relation.modelTo) + "Repository.find({where: " + where + "})";
        report(relation, "polymorphic",
               "polymorphic " + kind + ": the " + relation.modelTo
                   + " records where " + where,
               "a @" + kind + " on " + code(poly.foreignKey) + " would ignore "
                   + code(poly.discriminator) + ": add a repository method that calls " + code(call),
               "/polymorphic");
    }

    void reportEmbedded(const schema::Relation& relation)
    {
        const bool many = relation.kind == RelationKind::EmbedsMany;
        report(relation, schema::relationKindName(relation.kind),
               code(relation.embedProperty) + " holds " + (many ? "a list of " : "one ") + relation.modelTo
                   + " inside each " + m_owner.name + " record, with LoopBack 3's embedded accessors",
               code(relation.embedProperty) + " is written as a property of type '" + (many ? "array" : "object")
                   + "'; type it `@property" + (many ? ".array(" : "({type: ") + relation.modelTo
                   + (many ? ")" : "})") + "` for validation, and write the accessors as repository methods");
    }

    void reportLosses(const schema::Relation& relation)
    {
        if (relation.kind == RelationKind::ReferencesMany) {
            report(relation, "referencesMany accessor",
                   "`" + ts::lowerFirst(m_owner.name) + "Repository." + relation.name
                       + "(id)` of LoopBack 4 returns the first " + relation.modelTo
                       + " only, and throws when there is none; LoopBack 3's returns them all",
                   "read them with `find({include: ['" + relation.name + "']})` (its inclusion resolver returns "
                       "them all), or find the " + relation.modelTo + " records whose "
                       + relation.keyTo + " is in " + code(relation.keyFrom));
        }
        if (relation.disableInclude()) {
            report(relation, "disableInclude",
                   "LoopBack 3 skips an include of this relation without a word",
                   "no inclusion resolver is registered, so LoopBack 4 rejects the include "
                   "(INVALID_INCLUSION_FILTER): take it out of the callers' filters",
                   "/options/disableInclude");
        }
        if (!relation.scope.is_null()) {
            report(relation, "relation scope",
                   "LoopBack 3 applies the scope " + compact(relation.scope) + " to every read through it",
                   "LoopBack 4 relations take no scope: pass it as the filter of each call (`"
                       + ts::lowerFirst(m_owner.name) + "Repository." + relation.name
                       + "(id).find(filter)`), or add a repository method that does",
                   "/scope");
        }
        if (!relation.properties.is_null()) {
            const bool inverted = json::truthyMember(relation.options, "invertProperties");
            report(relation, inverted ? "properties, invertProperties" : "properties",
                   "LoopBack 3 copies " + compact(relation.properties) + " between " + m_owner.name + " and "
                       + relation.modelTo + (inverted ? " (inverted: from the target)" : "")
                       + " when records are built through the relation",
                   "copy the values in the repository method that creates or reads the related records",
                   "/properties");
        }
        if (!relation.options.is_object())
            return;
        for (const auto& [name, value] : relation.options.items()) {
            if (name == "disableInclude" || name == "invertProperties")
                continue; // reported above
            if (name == "nestRemoting") {
                report(relation, "nestRemoting",
                       "REST exposes " + relation.modelTo + "'s own relations under this relation's route",
                       "write the nested routes in a controller", "/options/nestRemoting");
            } else if (name == "http") {
                report(relation, "REST path", "REST route of the relation: " + compact(value),
                       "set the path in the relation controller's route decorators", "/options/http");
            } else {
                report(relation, "relation option", "option " + code(name) + ": " + compact(value),
                       "LoopBack 4 has no such option: reimplement what the app relies on in the repository",
                       "/options/" + name);
            }
        }
    }

    const Plan& m_plan;
    ModelPlan& m_model;
    const schema::Model& m_owner;
    QString m_file;
    std::vector<MigrationItem>& m_items;
};

} // namespace

void planRelations(const Plan& plan, ModelPlan& model, const Document& document, std::vector<MigrationItem>& items)
{
    RelationPlanner(plan, model, document, items).run();
}

} // namespace relata::lb4
