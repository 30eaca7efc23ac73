#include "store/seed.h"

#include "schema/schema.h"
#include "store/codec.h"
#include "store/connection.h"
#include "store/sample_values.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <set>

namespace relata::store {

using schema::Model;
using schema::Property;
using schema::Relation;
using schema::RelationKind;
using schema::ValueType;

namespace {

// What a property means for the relations, which decides its sample value.
struct Role {
    enum class Kind { Plain, Id, ForeignKey, PolymorphicKey, Discriminator, IdList, Embedded };
    Kind kind = Kind::Plain;
    std::string target;    // ForeignKey, IdList, Embedded: the model pointed at or embedded
    std::string targetKey; // ForeignKey, IdList: its key property
    int group = -1;        // PolymorphicKey, Discriminator: the models the pair may name
    bool unique = false;   // hasOne: one child per parent
};

struct Plan {
    std::map<std::string, std::map<std::string, Role>> roles; // model → property → role
    std::vector<std::vector<std::string>> groups;             // owner models per polymorphic pair
    std::map<std::pair<std::string, std::string>, int> groupOf; // (model, discriminator) → group
    std::map<std::string, std::int64_t> counts;
    std::vector<const Model*> order; // models pointed at come first
};

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
        const auto found = m_plan.groupOf.find(key);
        if (found != m_plan.groupOf.end())
            return found->second;
        m_plan.groups.emplace_back();
        return m_plan.groupOf[key] = int(m_plan.groups.size()) - 1;
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

    // Rows shrink by four per level of models pointing at a model, so that
    // `scale` order items come with a quarter as many orders, and so on.
    void sizeAndOrder()
    {
        std::map<std::string, std::set<std::string>> referrers;
        std::set<std::string> referencing;
        for (const auto& [model, roles] : m_plan.roles) {
            for (const auto& [property, role] : roles) {
                std::vector<std::string> targets;
                if (role.kind == Role::Kind::ForeignKey || role.kind == Role::Kind::IdList)
                    targets.push_back(role.target);
                else if (role.kind == Role::Kind::PolymorphicKey)
                    targets = m_plan.groups[std::size_t(role.group)];
                for (const std::string& target : targets) {
                    if (target != model && m_persisted.contains(target)) {
                        referrers[target].insert(model);
                        referencing.insert(model);
                    }
                }
            }
        }
        std::map<std::string, int> levels;
        std::set<std::string> visiting;
        std::function<int(const std::string&)> level = [&](const std::string& name) {
            if (const auto known = levels.find(name); known != levels.end())
                return known->second;
            if (!visiting.insert(name).second)
                return 0; // a cycle: count it from here
            int result = 0;
            for (const std::string& referrer : referrers[name])
                result = std::max(result, level(referrer) + 1);
            visiting.erase(name);
            return levels[name] = result;
        };
        std::vector<std::pair<int, const Model*>> ranked;
        for (const Model* model : tableModels(m_schema)) {
            int depth = level(model->name);
            if (depth == 0 && !referencing.contains(model->name))
                depth = 1; // a table on its own is no detail table
            m_plan.counts[model->name] =
                std::max<std::int64_t>(1, std::llround(m_scale / std::pow(4.0, depth)));
            ranked.emplace_back(-depth, model);
        }
        std::stable_sort(ranked.begin(), ranked.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [depth, model] : ranked)
            m_plan.order.push_back(model);
    }

    const schema::Schema& m_schema;
    int m_scale;
    Plan m_plan;
    std::set<std::string> m_persisted;
};

class Seeder {
public:
    Seeder(Connection& connection, const schema::Schema& schema, const SeedOptions& options)
        : m_connection(connection)
        , m_schema(schema)
        , m_options(options)
    {
    }

    bool run(SeedResult& result);
    const std::optional<Error>& error() const { return m_error; }

private:
    bool checkEmpty(const Model& model);
    bool fill(const Model& model, SeedResult& result);
    void assignIds(const Model& model);
    Json valueFor(const Model& model, const Property& property, const Role& role,
                  std::int64_t row, Random& random, std::map<int, std::string>& chosen);
    Json pickKey(const std::string& model, const std::string& key, Random& random);
    Json embedded(const std::string& modelName, Random& random, int depth, std::int64_t row);
    bool fail(QString message)
    {
        m_error = Error{m_connection.path(), std::move(message)};
        return false;
    }

    Connection& m_connection;
    const schema::Schema& m_schema;
    SeedOptions m_options;
    Plan m_plan;
    // The values rows were given for properties that others point at, by model and property.
    std::map<std::string, std::map<std::string, std::vector<Json>>> m_keys;
    std::optional<Error> m_error;
};

bool Seeder::run(SeedResult& result)
{
    m_plan = Planner(m_schema, m_options.scale).run();
    for (const auto& [model, roles] : m_plan.roles) {
        for (const auto& [property, role] : roles) {
            if (role.kind == Role::Kind::ForeignKey || role.kind == Role::Kind::IdList)
                m_keys[role.target][role.targetKey];
        }
    }
    for (const Model* model : m_plan.order) {
        if (!checkEmpty(*model))
            return false;
        assignIds(*model);
    }
    for (const Model* model : m_plan.order) {
        if (!fill(*model, result))
            return false;
    }
    return true;
}

bool Seeder::checkEmpty(const Model& model)
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QString::fromStdString("SELECT EXISTS (SELECT 1 FROM "
                                           + quoteIdentifier(model.table) + ")")))
        return fail(m_connection.errorFrom(query.lastError()).message);
    if (query.next() && query.value(0).toInt() != 0)
        return fail(QStringLiteral("table \"%1\" already has rows; seed fills empty tables only "
                                   "(give a new --db file)")
                        .arg(QString::fromStdString(model.table)));
    return true;
}

void Seeder::assignIds(const Model& model)
{
    const Property* id = model.idProperty();
    if (!id)
        return;
    std::vector<Json>& ids = m_keys[model.name][id->name];
    const std::int64_t count = m_plan.counts[model.name];
    ids.reserve(std::size_t(count));
    for (std::int64_t row = 1; row <= count; ++row) {
        if (id->type == ValueType::Number)
            ids.emplace_back(row);
        else
            ids.emplace_back(model.table + "-" + std::to_string(row));
    }
}

Json Seeder::pickKey(const std::string& model, const std::string& key, Random& random)
{
    const auto& values = m_keys[model][key];
    if (values.empty())
        return nullptr;
    return values[std::size_t(random.between(0, std::int64_t(values.size()) - 1))];
}

Json Seeder::embedded(const std::string& modelName, Random& random, int depth, std::int64_t row)
{
    const Model* model = m_schema.model(modelName);
    if (!model)
        return Json::object();
    Json object = Json::object();
    for (const Property& property : model->properties) {
        if (property.id)
            continue;
        const bool nestedModel = property.type == ValueType::Model
                                 || (property.type == ValueType::Array
                                     && property.itemType == ValueType::Model);
        if (nestedModel && depth >= 2)
            continue;
        if (property.type == ValueType::Model)
            object[property.name] = embedded(property.modelType, random, depth + 1, row);
        else if (nestedModel)
            object[property.name] = Json::array({embedded(property.modelType, random, depth + 1, row)});
        else
            object[property.name] = sampleValue(property, model->name, row, random);
    }
    return object;
}

Json Seeder::valueFor(const Model& model, const Property& property, const Role& role,
                      std::int64_t row, Random& random, std::map<int, std::string>& chosen)
{
    switch (role.kind) {
    case Role::Kind::Id: return m_keys[model.name][property.name][std::size_t(row - 1)];
    case Role::Kind::ForeignKey: {
        const auto& keys = m_keys[role.target][role.targetKey];
        if (keys.empty())
            return nullptr;
        if (role.target == model.name) {
            // A tree: a row points at an earlier one, the first rows at none.
            if (row == 1 || (!property.required && random.chance(0.2)))
                return property.required ? keys.front() : Json(nullptr);
            return keys[std::size_t(random.between(0, std::min<std::int64_t>(row - 1, std::int64_t(keys.size())) - 1))];
        }
        if (role.unique)
            return keys[std::size_t((row - 1) % std::int64_t(keys.size()))];
        return keys[std::size_t(random.between(0, std::int64_t(keys.size()) - 1))];
    }
    case Role::Kind::PolymorphicKey:
    case Role::Kind::Discriminator: {
        auto found = chosen.find(role.group);
        if (found == chosen.end()) {
            std::vector<std::string> owners = m_plan.groups[std::size_t(role.group)];
            if (owners.empty()) {
                for (const Model* candidate : tableModels(m_schema)) {
                    if (candidate->idProperty() && candidate->name != model.name)
                        owners.push_back(candidate->name);
                }
            }
            if (owners.empty())
                return nullptr;
            found = chosen.emplace(role.group, owners[std::size_t(random.between(0, std::int64_t(owners.size()) - 1))]).first;
        }
        if (role.kind == Role::Kind::Discriminator)
            return found->second;
        const Model* owner = m_schema.model(found->second);
        return owner ? pickKey(owner->name, owner->idName(), random) : Json(nullptr);
    }
    case Role::Kind::IdList: {
        Json ids = Json::array();
        const auto count = random.between(0, 3);
        for (std::int64_t i = 0; i < count; ++i) {
            Json id = pickKey(role.target, role.targetKey, random);
            if (!id.is_null() && std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(std::move(id));
        }
        return ids;
    }
    case Role::Kind::Embedded:
    case Role::Kind::Plain: break;
    }
    const std::string& embeddedModel = role.kind == Role::Kind::Embedded ? role.target : property.modelType;
    if (property.type == ValueType::Model)
        return embedded(embeddedModel, random, 1, row);
    if (property.type == ValueType::Array && (role.kind == Role::Kind::Embedded || property.itemType == ValueType::Model)) {
        Json items = Json::array();
        const Model* itemModel = m_schema.model(embeddedModel);
        const Property* itemId = itemModel ? itemModel->idProperty() : nullptr;
        const auto count = random.between(0, 3);
        for (std::int64_t i = 0; i < count; ++i) {
            Json item = embedded(embeddedModel, random, 1, row);
            // embedsMany numbers its items 1, 2, … when the embedded model has a numeric id.
            if (itemId && itemId->type == ValueType::Number)
                item[itemId->name] = i + 1;
            items.push_back(std::move(item));
        }
        return items;
    }
    if (!property.required && random.chance(0.05))
        return nullptr;
    return sampleValue(property, model.name, row, random);
}

bool Seeder::fill(const Model& model, SeedResult& result)
{
    const std::int64_t count = m_plan.counts[model.name];
    Random random(m_options.seed ^ hashName(model.name));
    std::vector<Role> roles;
    std::string names;
    std::string marks;
    auto& modelRoles = m_plan.roles[model.name];
    for (const Property& property : model.properties) {
        const auto found = modelRoles.find(property.name);
        roles.push_back(found == modelRoles.end() ? Role{} : found->second);
        names += (names.empty() ? "" : ",") + quoteIdentifier(property.column);
        marks += marks.empty() ? "?" : ",?";
    }
    QSqlQuery insert(m_connection.database());
    if (!insert.prepare(QString::fromStdString("INSERT INTO " + quoteIdentifier(model.table) + " ("
                                               + names + ") VALUES (" + marks + ")")))
        return fail(m_connection.errorFrom(insert.lastError()).message);
    auto& recorded = m_keys[model.name];
    std::map<int, std::string> chosen;
    for (std::int64_t row = 1; row <= count; ++row) {
        chosen.clear();
        for (std::size_t i = 0; i < model.properties.size(); ++i) {
            const Property& property = model.properties[i];
            Json value = valueFor(model, property, roles[i], row, random, chosen);
            Encoded encoded = encode(property, value, &m_schema);
            if (!encoded.ok())
                return fail(QString::fromStdString(model.name + "." + property.name + ": " + encoded.error));
            insert.bindValue(int(i), encoded.value);
            if (roles[i].kind != Role::Kind::Id && recorded.contains(property.name))
                recorded[property.name].push_back(std::move(value));
        }
        if (!insert.exec())
            return fail(m_connection.errorFrom(insert.lastError()).message);
    }
    result.rows.emplace_back(model.name, int(count));
    return true;
}

} // namespace

Json SeedResult::toJson() const
{
    Json counts = Json::object();
    for (const auto& [model, count] : rows)
        counts[model] = count;
    Json out = {{"rows", std::move(counts)}, {"migration", migration.toJson()}};
    if (error)
        out["error"] = error->text().toStdString();
    return out;
}

SeedResult seed(Connection& connection, const schema::Schema& schema, const SeedOptions& options)
{
    SeedResult result;
    QSqlQuery transaction(connection.database());
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        result.error = connection.errorFrom(transaction.lastError());
        return result;
    }
    result.migration = migrateWithinTransaction(connection, schema);
    Seeder seeder(connection, schema, options);
    bool ok = result.migration.ok();
    if (!ok)
        result.error = result.migration.error;
    else if (!(ok = seeder.run(result)))
        result.error = seeder.error();
    if (ok && !transaction.exec(QStringLiteral("COMMIT"))) {
        result.error = connection.errorFrom(transaction.lastError());
        ok = false;
    }
    if (!ok) {
        transaction.exec(QStringLiteral("ROLLBACK"));
        result.migration.steps.clear();
        result.rows.clear();
    }
    return result;
}

} // namespace relata::store
