#include "store/seed.h"

#include "store/store_text.h"

#include "schema/naming.h"
#include "schema/schema.h"
#include "store/codec.h"
#include "store/connection.h"
#include "store/sample_values.h"
#include "store/seed_plan.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <map>

namespace relata::store {

using schema::Model;
using schema::Property;
using schema::ValueType;

namespace {

using seeding::Role;

// A column as the seeder fills it, with its key lists resolved once.
struct Column {
    const Model* model = nullptr; // whose property it is (one of the table's models)
    const Property* property = nullptr;
    Role role;
    const std::vector<Json>* keys = nullptr; // ForeignKey, IdList: the values to point at
    std::vector<std::vector<Json>*> kept;    // the values other tables point at, per model
    std::vector<std::pair<std::string, const std::vector<Json>*>> owners; // polymorphic
    Json forced; // the value the model's default scope writes into every row, null when none
};

// LoopBack writes the default scope's {property: primitive} conditions (top level
// or inside `and`) into every row it creates (SEMANTICS.md §3.4), so a sample row
// holds them too and the model's queries find it.
void scopeValues(const Json& where, std::map<std::string, Json>& values)
{
    if (!where.is_object())
        return;
    for (const auto& [key, value] : where.items()) {
        if (key == "and" && value.is_array()) {
            for (const Json& part : value)
                scopeValues(part, values);
        } else if (value.is_string() || value.is_number() || value.is_boolean()) {
            values.emplace(key, value);
        }
    }
}

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
    void shareCounts();
    void assignIds(const Model& model);
    bool numericIds(const Model& model, const Property& id) const;
    void addColumns(const Model& model, std::vector<Column>& columns);
    bool fill(const SharedTable& table, SeedResult& result);
    Json valueFor(const Column& column, std::int64_t row, Random& random, std::vector<int>& chosen);
    Json embedded(const std::string& modelName, Random& random, int depth, std::int64_t row);
    Json embeddedList(const std::string& modelName, Random& random, std::int64_t row);
    bool fail(QString message)
    {
        m_error = Error{m_connection.path(), std::move(message)};
        return false;
    }

    Connection& m_connection;
    const schema::Schema& m_schema;
    SeedOptions m_options;
    seeding::Plan m_plan;
    std::vector<SharedTable> m_tables;
    // The values of the properties others point at (ids, primaryKey properties), by model and property.
    std::map<std::string, std::map<std::string, std::vector<Json>>> m_keys;
    std::optional<Error> m_error;
};

template<typename List>
const auto& pick(const List& list, Random& random)
{
    return list[std::size_t(random.between(0, std::int64_t(list.size()) - 1))];
}

bool Seeder::run(SeedResult& result)
{
    m_plan = seeding::planSeed(m_schema, m_options.scale);
    for (const auto& [model, roles] : m_plan.roles) {
        for (const auto& [property, role] : roles) {
            if (role.kind == Role::Kind::ForeignKey || role.kind == Role::Kind::IdList)
                m_keys[role.target][role.targetKey];
        }
    }
    m_tables = sharedTables(m_schema);
    shareCounts();
    for (const Model* model : m_plan.order) {
        if (!checkEmpty(*model))
            return false;
        assignIds(*model);
    }
    // A shared table is filled once, when the last of its models comes up: after
    // every table any of them points at.
    std::map<const Model*, const SharedTable*> tableOf;
    std::map<const SharedTable*, std::size_t> waiting;
    for (const SharedTable& table : m_tables) {
        waiting[&table] = table.models.size();
        for (const Model* model : table.models)
            tableOf[model] = &table;
    }
    for (const Model* model : m_plan.order) {
        const SharedTable* table = tableOf[model];
        if (--waiting[table] == 0 && !fill(*table, result))
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
        return fail(Store::tr("table \"%1\" already has rows; seed fills empty tables only "
                              "(give a new --db file)")
                        .arg(QString::fromStdString(model.table)));
    return true;
}

// The models of a shared table see the same rows, so they share one count.
void Seeder::shareCounts()
{
    for (const SharedTable& table : m_tables) {
        std::int64_t count = 0;
        for (const Model* model : table.models)
            count = std::max(count, m_plan.counts[model->name]);
        for (const Model* model : table.models)
            m_plan.counts[model->name] = count;
    }
}

void Seeder::assignIds(const Model& model)
{
    const Property* id = model.idProperty();
    if (!id)
        return;
    std::vector<Json>& ids = m_keys[model.name][id->name];
    const std::int64_t count = m_plan.counts[model.name];
    ids.reserve(std::size_t(count));
    const bool numeric = numericIds(model, *id);
    for (std::int64_t row = 1; row <= count; ++row) {
        if (id->type == ValueType::Number)
            ids.emplace_back(row);
        else if (numeric)
            ids.emplace_back(std::to_string(row));
        else
            ids.emplace_back(model.table + "-" + std::to_string(row));
    }
}

// Whether the column of `id` holds numbers: the models of a shared table whose
// ids are in one column read every row's id, so when one of them has a numeric
// id the others' are the same numbers, which a String id reads as "1", "2", ….
bool Seeder::numericIds(const Model& model, const Property& id) const
{
    for (const SharedTable& table : m_tables) {
        if (std::find(table.models.begin(), table.models.end(), &model) == table.models.end())
            continue;
        return std::any_of(table.models.begin(), table.models.end(), [&](const Model* other) {
            const Property* otherId = other->idProperty();
            return otherId && otherId->type == ValueType::Number
                   && naming::lowerCase(otherId->column) == naming::lowerCase(id.column);
        });
    }
    return false;
}

// The model's columns that are not among `columns` yet (a shared table's models
// name some of the same columns); the values a taken column keeps count for both.
void Seeder::addColumns(const Model& model, std::vector<Column>& columns)
{
    auto& roles = m_plan.roles[model.name];
    auto& kept = m_keys[model.name];
    std::map<std::string, Json> forced;
    if (model.defaultScope.is_object())
        scopeValues(model.defaultScope.value("where", Json()), forced);
    for (const Property& property : model.properties) {
        Column column;
        column.model = &model;
        column.property = &property;
        if (const auto found = roles.find(property.name); found != roles.end())
            column.role = found->second;
        if (const auto found = forced.find(property.name); found != forced.end())
            column.forced = found->second;
        if (column.role.kind != Role::Kind::Id && kept.contains(property.name))
            column.kept.push_back(&kept[property.name]);
        const auto taken = std::find_if(columns.begin(), columns.end(), [&](const Column& other) {
            return naming::lowerCase(other.property->column) == naming::lowerCase(property.column);
        });
        if (taken != columns.end()) {
            taken->kept.insert(taken->kept.end(), column.kept.begin(), column.kept.end());
            continue;
        }
        if (column.role.kind == Role::Kind::ForeignKey || column.role.kind == Role::Kind::IdList)
            column.keys = &m_keys[column.role.target][column.role.targetKey];
        if (column.role.kind == Role::Kind::PolymorphicKey
            || column.role.kind == Role::Kind::Discriminator) {
            std::vector<std::string> owners = m_plan.groups[std::size_t(column.role.group)];
            if (owners.empty()) {
                // A polymorphic belongsTo nobody owns may point at any model with an id.
                for (const Model* candidate : tableModels(m_schema)) {
                    if (candidate->idProperty() && candidate->name != model.name)
                        owners.push_back(candidate->name);
                }
            }
            for (const std::string& owner : owners) {
                const Model* ownerModel = m_schema.model(owner);
                if (ownerModel && ownerModel->idProperty())
                    column.owners.emplace_back(owner, &m_keys[owner][ownerModel->idName()]);
            }
        }
        columns.push_back(std::move(column));
    }
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
        const bool list = property.type == ValueType::Array && property.itemType == ValueType::Model;
        if ((property.type == ValueType::Model || list) && depth >= 2)
            continue;
        if (property.type == ValueType::Model)
            object[property.name] = embedded(property.modelType, random, depth + 1, row);
        else if (list)
            object[property.name] = Json::array({embedded(property.modelType, random, depth + 1, row)});
        else
            object[property.name] = sampleValue(property, model->name, row, random);
    }
    return object;
}

Json Seeder::embeddedList(const std::string& modelName, Random& random, std::int64_t row)
{
    Json items = Json::array();
    const Model* model = m_schema.model(modelName);
    const Property* id = model ? model->idProperty() : nullptr;
    const auto count = random.between(0, 3);
    for (std::int64_t i = 0; i < count; ++i) {
        Json item = embedded(modelName, random, 1, row);
        // embedsMany numbers the items of a model with a numeric id 1, 2, …
        if (id && id->type == ValueType::Number)
            item[id->name] = i + 1;
        items.push_back(std::move(item));
    }
    return items;
}

Json Seeder::valueFor(const Column& column, std::int64_t row, Random& random, std::vector<int>& chosen)
{
    const Model& model = *column.model;
    const Property& property = *column.property;
    const Role& role = column.role;
    switch (role.kind) {
    case Role::Kind::Id: return m_keys[model.name][property.name][std::size_t(row - 1)];
    case Role::Kind::ForeignKey: {
        const auto& keys = *column.keys;
        if (keys.empty())
            return nullptr;
        if (role.target == model.name) {
            // A tree: a row points at an earlier one; roots point at none.
            if (row == 1 || (!property.required && random.chance(0.2)))
                return property.required ? keys.front() : Json(nullptr);
            const auto earlier = std::min<std::int64_t>(row - 1, std::int64_t(keys.size()));
            return keys[std::size_t(random.between(0, earlier - 1))];
        }
        if (role.unique)
            return keys[std::size_t((row - 1) % std::int64_t(keys.size()))];
        return pick(keys, random);
    }
    case Role::Kind::PolymorphicKey:
    case Role::Kind::Discriminator: {
        if (column.owners.empty())
            return nullptr;
        int& owner = chosen[std::size_t(role.group)];
        if (owner < 0)
            owner = int(random.between(0, std::int64_t(column.owners.size()) - 1));
        const auto& [name, ids] = column.owners[std::size_t(owner) % column.owners.size()];
        if (role.kind == Role::Kind::Discriminator)
            return name;
        return ids->empty() ? Json(nullptr) : pick(*ids, random);
    }
    case Role::Kind::IdList: {
        Json ids = Json::array();
        const auto count = column.keys->empty() ? 0 : random.between(0, 3);
        for (std::int64_t i = 0; i < count; ++i) {
            const Json& id = pick(*column.keys, random);
            if (std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
        }
        return ids;
    }
    case Role::Kind::Embedded:
        return property.type == ValueType::Array ? embeddedList(role.target, random, row)
                                                 : embedded(role.target, random, 1, row);
    case Role::Kind::Plain:
        if (!column.forced.is_null())
            return column.forced;
        break;
    }
    if (property.type == ValueType::Model)
        return embedded(property.modelType, random, 1, row);
    if (property.type == ValueType::Array && property.itemType == ValueType::Model)
        return embeddedList(property.modelType, random, row);
    if (!property.required && random.chance(0.05))
        return nullptr;
    return sampleValue(property, model.name, row, random);
}

bool Seeder::fill(const SharedTable& table, SeedResult& result)
{
    const Model& first = *table.models.front();
    const std::int64_t count = m_plan.counts[first.name];
    Random random(m_options.seed ^ hashName(first.name));
    std::vector<Column> plan;
    for (const Model* model : table.models)
        addColumns(*model, plan);
    std::string names;
    std::string marks;
    for (const Column& column : plan) {
        names += (names.empty() ? "" : ",") + quoteIdentifier(column.property->column);
        marks += marks.empty() ? "?" : ",?";
    }
    QSqlQuery insert(m_connection.database());
    if (!insert.prepare(QString::fromStdString("INSERT INTO " + quoteIdentifier(table.name) + " ("
                                               + names + ") VALUES (" + marks + ")")))
        return fail(m_connection.errorFrom(insert.lastError()).message);
    std::vector<int> chosen(m_plan.groups.size(), -1);
    for (std::int64_t row = 1; row <= count; ++row) {
        std::fill(chosen.begin(), chosen.end(), -1);
        for (std::size_t i = 0; i < plan.size(); ++i) {
            const Column& column = plan[i];
            Json value = valueFor(column, row, random, chosen);
            Encoded encoded = encode(*column.property, value, &m_schema);
            if (!encoded.ok())
                //: %1 is Model.property, %2 why its value cannot be stored.
                return fail(Store::tr("%1: %2").arg(QString::fromStdString(column.model->name + "."
                                                                           + column.property->name),
                                                    QString::fromStdString(encoded.error)));
            insert.bindValue(int(i), encoded.value);
            for (std::vector<Json>* kept : column.kept)
                kept->push_back(value);
        }
        if (!insert.exec())
            return fail(m_connection.errorFrom(insert.lastError()).message);
    }
    result.rows.emplace_back(first.name, int(count));
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
    // The cache is the connection's own; a larger one keeps big seeds off the disk until COMMIT.
    transaction.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    result.migration = migrateWithinTransaction(connection, schema, MigrationStage::Tables);
    Seeder seeder(connection, schema, options);
    bool ok = result.migration.ok();
    if (!ok)
        result.error = result.migration.error;
    else if (!(ok = seeder.run(result)))
        result.error = seeder.error();
    if (ok) {
        MigrationResult indexes = migrateWithinTransaction(connection, schema, MigrationStage::Indexes);
        result.migration.steps.insert(result.migration.steps.end(), indexes.steps.begin(),
                                      indexes.steps.end());
        if (indexes.error) {
            result.error = indexes.error;
            ok = false;
        }
    }
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
