#include "store/seed_plan.h"

#include "schema/schema.h"
#include "store/migrate.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace relata::store::seeding {

using schema::Model;
using schema::Property;
using schema::Relation;
using schema::RelationKind;

namespace {

class Planner {
public:
    Planner(const schema::Schema& schema, int scale) : m_schema(schema), m_scale(scale) {}

    Plan run()
    {
        for (const Model* model : tableModels(m_schema))
            m_persisted.insert(model->name);
        for (const Model* model : tableModels(m_schema)) {
            for (const Relation& relation : model->relations) {
                if (relation.resolved)
                    addRelation(*model, relation);
            }
        }
        for (const Model* model : tableModels(m_schema)) {
            if (const Property* id = model->idProperty())
                m_plan.roles[model->name][id->name] = {Role::Kind::Id, {}, {}, -1, false};
        }
        sizeAndOrder();
        return std::move(m_plan);
    }

private:
    void set(const std::string& model, const std::string& property, Role role, bool override)
    {
        if (!m_persisted.contains(model) || property.empty())
            return;
        auto& roles = m_plan.roles[model];
        if (override || !roles.contains(property))
            roles[property] = std::move(role);
    }

    int group(const std::string& model, const std::string& discriminator)
    {
        const auto key = std::make_pair(model, discriminator);
        const auto found = m_groupOf.find(key);
        if (found != m_groupOf.end())
            return found->second;
        m_plan.groups.emplace_back();
        return m_groupOf[key] = int(m_plan.groups.size()) - 1;
    }

    void polymorphic(const std::string& holder, const std::string& key,
                     const std::string& discriminator, const std::string& owner)
    {
        const int index = group(holder, discriminator);
        auto& owners = m_plan.groups[std::size_t(index)];
        if (!owner.empty() && std::find(owners.begin(), owners.end(), owner) == owners.end())
            owners.push_back(owner);
        set(holder, key, {Role::Kind::PolymorphicKey, {}, {}, index}, true);
        set(holder, discriminator, {Role::Kind::Discriminator, {}, {}, index}, true);
    }

    void addRelation(const Model& model, const Relation& relation)
    {
        const auto& poly = relation.polymorphic;
        switch (relation.kind) {
        case RelationKind::BelongsTo:
            if (poly)
                polymorphic(model.name, poly->foreignKey, poly->discriminator, {});
            else
                set(model.name, relation.keyFrom,
                    {Role::Kind::ForeignKey, relation.modelTo, relation.keyTo}, true);
            break;
        case RelationKind::HasOne:
        case RelationKind::HasMany:
            if (poly)
                polymorphic(relation.modelTo, relation.keyTo, poly->discriminator, model.name);
            else
                set(relation.modelTo, relation.keyTo,
                    {Role::Kind::ForeignKey, model.name, relation.keyFrom, -1,
                     relation.kind == RelationKind::HasOne},
                    relation.kind == RelationKind::HasOne);
            break;
        case RelationKind::HasManyThrough:
        case RelationKind::HasAndBelongsToMany: {
            const std::string& through = relation.modelThrough;
            const bool invert = poly && poly->invert;
            if (poly) {
                polymorphic(through, invert ? relation.keyThrough : relation.keyTo,
                            poly->discriminator, invert ? relation.modelTo : model.name);
            } else {
                set(through, relation.keyTo, {Role::Kind::ForeignKey, model.name, relation.keyFrom},
                    false);
            }
            if (!poly || !invert) {
                const Model* target = m_schema.model(relation.modelTo);
                set(through, relation.keyThrough,
                    {Role::Kind::ForeignKey, relation.modelTo, target ? target->idName() : "id"},
                    false);
            } else {
                set(through, relation.keyTo, {Role::Kind::ForeignKey, model.name, relation.keyFrom},
                    false);
            }
            break;
        }
        case RelationKind::ReferencesMany:
            set(model.name, relation.keyFrom,
                {Role::Kind::IdList, relation.modelTo, relation.keyTo}, true);
            break;
        case RelationKind::EmbedsOne:
        case RelationKind::EmbedsMany:
            set(model.name, relation.embedProperty, {Role::Kind::Embedded, relation.modelTo, {}, -1, false}, true);
            break;
        }
    }

    // Depth along plain foreign keys: a table pointing at nothing is 0, one
    // pointing at depth-n tables is n + 1. Polymorphic keys and id lists are
    // attachments and do not deepen a table.
    int depth(const std::string& name, std::set<std::string>& visiting)
    {
        if (const auto known = m_depths.find(name); known != m_depths.end())
            return known->second;
        if (!visiting.insert(name).second)
            return 0;
        int result = 0;
        for (const auto& [property, role] : m_plan.roles[name]) {
            if (role.kind == Role::Kind::ForeignKey && role.target != name
                && m_persisted.contains(role.target))
                result = std::max(result, depth(role.target, visiting) + 1);
        }
        visiting.erase(name);
        return m_depths[name] = result;
    }

    void sizeAndOrder()
    {
        std::vector<std::pair<int, const Model*>> ranked;
        int deepest = 0;
        for (const Model* model : tableModels(m_schema)) {
            std::set<std::string> visiting;
            ranked.emplace_back(depth(model->name, visiting), model);
            deepest = std::max(deepest, ranked.back().first);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [level, model] : ranked) {
            std::int64_t count = std::llround(m_scale / std::pow(4.0, deepest - level));
            for (const auto& [property, role] : m_plan.roles[model->name]) {
                if (role.unique && m_plan.counts.contains(role.target))
                    count = std::min(count, m_plan.counts[role.target]);
            }
            m_plan.counts[model->name] = std::max<std::int64_t>(1, count);
            m_plan.order.push_back(model);
        }
    }

    const schema::Schema& m_schema;
    int m_scale;
    Plan m_plan;
    std::set<std::string> m_persisted;
    std::map<std::pair<std::string, std::string>, int> m_groupOf; // (model, discriminator)
    std::map<std::string, int> m_depths;
};

} // namespace

Plan planSeed(const schema::Schema& schema, int scale)
{
    return Planner(schema, scale).run();
}

} // namespace relata::store::seeding
