#include "store/migrate.h"

#include "store/store_text.h"

#include "schema/naming.h"
#include "schema/schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <map>
#include <set>

namespace relata::store {

using schema::Model;
using schema::Property;
using schema::RelationKind;

namespace {

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

bool truthy(const Json& value)
{
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_number())
        return value != 0;
    if (value.is_string())
        return !value.get_ref<const std::string&>().empty();
    return value.is_object() || value.is_array();
}

const Json& definitionKey(const Property& property, const char* key)
{
    static const Json none;
    if (!property.definition.is_object())
        return none;
    const auto found = property.definition.find(key);
    return found == property.definition.end() ? none : *found;
}

// The connector's isNullable.
bool nullable(const Property& property)
{
    if (property.required || property.id)
        return false;
    for (const char* key : {"nullable", "null", "allowNull"}) {
        if (truthy(definitionKey(property, key)))
            return true;
    }
    for (const char* key : {"nullable", "null", "allowNull"}) {
        if (definitionKey(property, key) == false)
            return false;
    }
    return true;
}

// The connector's _columnDataType: sqlite3.dataType counts only with a length.
std::string columnType(const Property& property)
{
    const Json& sqlite = definitionKey(property, "sqlite3");
    if (sqlite.is_object() && sqlite.value("dataType", Json()).is_string()) {
        Json length = sqlite.value("dataLength", Json());
        if (length.is_null())
            length = definitionKey(property, "length");
        if (length.is_null())
            length = definitionKey(property, "limit");
        if (truthy(length)) {
            std::string type = sqlite["dataType"].get<std::string>();
            std::transform(type.begin(), type.end(), type.begin(),
                           [](unsigned char c) { return char(std::toupper(c)); });
            return type + "(" + (length.is_string() ? length.get<std::string>() : length.dump())
                   + ")";
        }
    }
    switch (property.type) {
    case schema::ValueType::Number: return property.id ? "INTEGER" : "REAL";
    case schema::ValueType::Boolean:
    case schema::ValueType::Date: return "INTEGER";
    default: return "TEXT";
    }
}

struct Existing {
    std::map<std::string, std::string> tables;            // lower-cased → as stored
    std::map<std::string, std::set<std::string>> columns; // lower-cased table → lower-cased columns
    std::set<std::string> indexNames;                     // lower-cased
    std::map<std::string, std::set<std::string>> leading; // lower-cased table → first index columns
};

struct Runner {
    Connection& connection;
    MigrationResult result;

    bool run(const std::string& sql)
    {
        QSqlQuery query(connection.database());
        if (query.exec(QString::fromStdString(sql)))
            return true;
        result.error = connection.errorFrom(query.lastError());
        result.error->message += QStringLiteral(" (while running %1)").arg(QString::fromStdString(sql));
        return false;
    }
    std::vector<std::vector<QVariant>> rows(const std::string& sql, int columns)
    {
        std::vector<std::vector<QVariant>> out;
        QSqlQuery query(connection.database());
        if (!query.exec(QString::fromStdString(sql))) {
            result.error = connection.errorFrom(query.lastError());
            return out;
        }
        while (query.next()) {
            out.emplace_back();
            for (int i = 0; i < columns; ++i)
                out.back().push_back(query.value(i));
        }
        return out;
    }
};

Existing readExisting(Runner& runner)
{
    Existing existing;
    for (const auto& row : runner.rows("SELECT type, name, tbl_name FROM sqlite_master", 3)) {
        const std::string type = row[0].toString().toStdString();
        const std::string name = row[1].toString().toStdString();
        if (type == "table")
            existing.tables[lower(name)] = name;
        else if (type == "index")
            existing.indexNames.insert(lower(name));
    }
    for (const auto& [key, table] : existing.tables) {
        for (const auto& row : runner.rows("PRAGMA table_info(" + quoteIdentifier(table) + ")", 6)) {
            existing.columns[key].insert(lower(row[1].toString().toStdString()));
            if (row[5].toInt() == 1)
                existing.leading[key].insert(lower(row[1].toString().toStdString()));
        }
        for (const auto& index : runner.rows("PRAGMA index_list(" + quoteIdentifier(table) + ")", 2)) {
            const std::string name = index[1].toString().toStdString();
            const auto info = runner.rows("PRAGMA index_info(" + quoteIdentifier(name) + ")", 3);
            if (!info.empty())
                existing.leading[key].insert(lower(info.front()[2].toString().toStdString()));
        }
    }
    return existing;
}

// A property stored under another column than its name gives (SQLite column
// names ignore case, so the schema moved it aside): said once, where it is created.
void noteMovedColumn(Runner& runner, const Model& model, const Property& property)
{
    if (property.column == naming::columnName(property.name, property.definition))
        return;
    runner.result.steps.push_back(
        {MigrationStep::Kind::Note, model.name, model.table, property.column,
         say(Store::tr("%1.%2 is stored in column %3: SQLite column names ignore case, and another "
                       "property of the model has the column %4"),
             model.name, property.name, quoteIdentifier(property.column),
             quoteIdentifier(naming::columnName(property.name, property.definition)))});
}

// Every model stored in the table contributes its columns, each column once;
// a column is NOT NULL only when every one of those models requires it, so
// each can insert its rows. The first model's ids are the primary key.
void createTable(Runner& runner, Existing& existing, const SharedTable& table)
{
    struct Column {
        const Property* property;
        int notNull; // models that have the column and require it
    };
    std::vector<Column> columns;
    std::map<std::string, std::size_t> byName;
    for (const Model* model : table.models) {
        std::map<std::string, const Property*> own;
        for (const Property& property : model->properties) {
            const std::string key = lower(property.column);
            if (const auto clash = own.find(key); clash != own.end()) {
                runner.result.error = Error{
                    runner.connection.path(),
                    QString::fromStdString(say(
                        Store::tr("%1.%2 and %1.%3 both use the column %4, and SQLite column names "
                                  "ignore case: give one of them another sqlite3.columnName"),
                        model->name, clash->second->name, property.name, quoteIdentifier(property.column)))};
                return;
            }
            own.emplace(key, &property);
            const auto [at, added] = byName.emplace(key, columns.size());
            if (added) {
                columns.push_back({&property, 0});
                noteMovedColumn(runner, *model, property);
            }
            if (!nullable(property))
                ++columns[at->second].notNull;
        }
    }
    std::vector<const Property*> ids;
    for (const Property& property : table.models.front()->properties) {
        if (property.id)
            ids.push_back(&property);
    }
    const auto isKey = [&](const Property* property) {
        return ids.size() == 1 && lower(ids.front()->column) == lower(property->column);
    };
    std::string sql = "CREATE TABLE " + quoteIdentifier(table.name) + " (";
    auto& created = existing.columns[lower(table.name)];
    for (std::size_t i = 0; i < columns.size(); ++i) {
        const Column& column = columns[i];
        sql += (i ? "," : "")
               + columnDefinition(*column.property, column.notNull == int(table.models.size()),
                                  isKey(column.property));
        created.insert(lower(column.property->column));
    }
    // Several id properties: the connector would write PRIMARY KEY twice, which SQLite refuses.
    if (ids.size() > 1) {
        sql += ",PRIMARY KEY (";
        for (std::size_t i = 0; i < ids.size(); ++i)
            sql += (i ? "," : "") + quoteIdentifier(ids[i]->column);
        sql += ")";
    }
    sql += ")";
    if (ids.size() == 1)
        existing.leading[lower(table.name)].insert(lower(ids.front()->column));
    existing.tables[lower(table.name)] = table.name;
    if (runner.run(sql)) {
        runner.result.steps.push_back(
            {MigrationStep::Kind::Table, table.models.front()->name, table.name, {}, sql});
    }
}

void addColumns(Runner& runner, Existing& existing, const Model& model)
{
    auto& columns = existing.columns[lower(model.table)];
    for (const Property& property : model.properties) {
        if (columns.contains(lower(property.column)))
            continue;
        auto note = [&](const std::string& why) {
            runner.result.steps.push_back(
                {MigrationStep::Kind::Note, model.name, model.table, property.column, why});
        };
        if (property.id) {
            note(say(Store::tr("the id column %1 is missing, and SQLite cannot add a primary key to an "
                               "existing table"),
                     quoteIdentifier(property.column)));
            continue;
        }
        if (!nullable(property)) {
            note(say(Store::tr("column %1 was added without NOT NULL: SQLite adds a NOT NULL column only "
                               "with a default"),
                     quoteIdentifier(property.column)));
        }
        noteMovedColumn(runner, model, property);
        const std::string sql = "ALTER TABLE " + quoteIdentifier(existing.tables[lower(model.table)])
                                + " ADD COLUMN " + columnDefinition(property, false, false);
        if (!runner.run(sql))
            return;
        columns.insert(lower(property.column));
        runner.result.steps.push_back(
            {MigrationStep::Kind::Column, model.name, model.table, property.column, sql});
    }
}

struct IndexPlan {
    const Model* model;
    std::string name;
    std::vector<std::string> columns;
    bool foreignKey = false;
};

std::string columnOf(const Model& model, const std::string& key)
{
    if (const Property* property = model.property(key))
        return property->column;
    for (const Property& property : model.properties) {
        if (lower(property.name) == lower(key))
            return property.column;
    }
    return lower(key);
}

// The connector's _buildColumnIndexes, in its order: property indexes, then `indexes`.
void declaredIndexes(const Model& model, std::vector<IndexPlan>& plans)
{
    for (const Property& property : model.properties) {
        if (property.index)
            plans.push_back({&model, lower(model.name + "_" + property.name), {property.column}});
    }
    const auto indexes = model.settings.find("indexes");
    if (indexes == model.settings.end() || !indexes->is_object())
        return;
    for (const auto& [name, spec] : indexes->items()) {
        std::vector<std::string> keys;
        if (spec.is_object() && spec.contains("columns") && spec["columns"].is_string()) {
            std::string columns = spec["columns"].get<std::string>();
            for (std::size_t start = 0; start <= columns.size();) {
                const std::size_t comma = std::min(columns.find(',', start), columns.size());
                std::string key = columns.substr(start, comma - start);
                key.erase(0, key.find_first_not_of(' '));
                key.erase(key.find_last_not_of(' ') + 1);
                keys.push_back(key);
                start = comma + 1;
            }
        } else if (spec.is_object() && spec.contains("keys")) {
            const Json& keyList = spec["keys"];
            for (const auto& [key, value] : keyList.items()) {
                if (!keyList.is_array())
                    keys.push_back(key);
                else if (value.is_string())
                    keys.push_back(value.get<std::string>());
            }
        } else if (spec.is_object()) {
            // The short form {"name": {"a": 1}} the juggler's ModelDefinition#indexes accepts.
            for (const auto& [key, value] : spec.items()) {
                if (value.is_number())
                    keys.push_back(key);
            }
        }
        if (keys.empty())
            continue;
        IndexPlan plan{&model, lower(name), {}};
        for (const std::string& key : keys)
            plan.columns.push_back(columnOf(model, key));
        plans.push_back(std::move(plan));
    }
}

std::set<std::string> persistedNames(const schema::Schema& schema)
{
    std::set<std::string> names;
    for (const Model* model : tableModels(schema))
        names.insert(model->name);
    return names;
}

// Relata's own: the columns relations join on, so previews stay fast.
void foreignKeyIndexes(const schema::Schema& schema, std::vector<IndexPlan>& plans)
{
    const std::set<std::string> persisted = persistedNames(schema);
    auto add = [&](const std::string& modelName, const std::string& propertyName) {
        const Model* model = schema.model(modelName);
        if (!model || !persisted.contains(modelName) || propertyName.empty())
            return;
        const Property* property = model->property(propertyName);
        if (!property || property->id)
            return;
        plans.push_back({model, lower(model->name + "_" + property->name), {property->column}, true});
    };
    for (const Model* model : tableModels(schema)) {
        for (const schema::Relation& relation : model->relations) {
            switch (relation.kind) {
            case RelationKind::BelongsTo:
                add(model->name, relation.keyFrom);
                if (relation.polymorphic)
                    add(model->name, relation.polymorphic->discriminator);
                break;
            case RelationKind::HasOne:
            case RelationKind::HasMany:
                add(relation.modelTo, relation.keyTo);
                if (relation.polymorphic)
                    add(relation.modelTo, relation.polymorphic->discriminator);
                break;
            case RelationKind::HasManyThrough:
            case RelationKind::HasAndBelongsToMany:
                add(relation.modelThrough, relation.keyTo);
                add(relation.modelThrough, relation.keyThrough);
                break;
            default: break;
            }
        }
    }
}

void createIndexes(Runner& runner, Existing& existing, const std::vector<IndexPlan>& plans)
{
    for (const IndexPlan& plan : plans) {
        const std::string tableKey = lower(plan.model->table);
        auto& leading = existing.leading[tableKey];
        if (existing.indexNames.contains(plan.name))
            continue;
        if (plan.foreignKey && leading.contains(lower(plan.columns.front())))
            continue;
        const auto& columns = existing.columns[tableKey];
        const auto missing = std::find_if(plan.columns.begin(), plan.columns.end(), [&](auto& c) {
            return !columns.contains(lower(c));
        });
        if (missing != plan.columns.end()) {
            runner.result.steps.push_back({MigrationStep::Kind::Note, plan.model->name,
                                           plan.model->table, plan.name,
                                           "index " + quoteIdentifier(plan.name) + " not created: table "
                                               + quoteIdentifier(plan.model->table) + " has no column "
                                               + quoteIdentifier(*missing)});
            continue;
        }
        std::string sql = "CREATE INDEX " + quoteIdentifier(plan.name) + " ON " + quoteIdentifier(plan.model->table) + " (";
        for (std::size_t i = 0; i < plan.columns.size(); ++i)
            sql += (i ? "," : "") + quoteIdentifier(plan.columns[i]);
        sql += ")";
        if (!runner.run(sql))
            return;
        existing.indexNames.insert(plan.name);
        leading.insert(lower(plan.columns.front()));
        runner.result.steps.push_back(
            {MigrationStep::Kind::Index, plan.model->name, plan.model->table, plan.name, sql});
    }
}

} // namespace

std::string quoteIdentifier(const std::string& identifier)
{
    std::string out = "\"";
    for (const char c : identifier) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + "\"";
}

std::string columnDefinition(const Property& property, bool notNull, bool primaryKey)
{
    return quoteIdentifier(property.column) + " " + columnType(property) + (notNull ? " NOT NULL" : "")
           + (primaryKey ? " PRIMARY KEY" : "");
}

std::vector<const Model*> tableModels(const schema::Schema& schema)
{
    std::vector<const Model*> models;
    for (const Model& model : schema.models()) {
        if (model.persisted && (!model.builtin || model.attached))
            models.push_back(&model);
    }
    return models;
}

std::vector<SharedTable> sharedTables(const schema::Schema& schema)
{
    std::vector<SharedTable> tables;
    std::map<std::string, std::size_t> byName;
    for (const Model* model : tableModels(schema)) {
        const auto [at, added] = byName.emplace(lower(model->table), tables.size());
        if (added)
            tables.push_back({model->table, {}});
        tables[at->second].models.push_back(model);
    }
    return tables;
}

MigrationResult migrateWithinTransaction(Connection& connection, const schema::Schema& schema,
                                         MigrationStage stage)
{
    Runner runner{connection, {}};
    if (!connection.isWritable()) {
        runner.result.error = Error{connection.path(), Store::tr("opened read-only")};
        return runner.result;
    }
    Existing existing = readExisting(runner);
    for (const SharedTable& table : sharedTables(schema)) {
        if (stage == MigrationStage::Indexes)
            break;
        if (!existing.tables.contains(lower(table.name)))
            createTable(runner, existing, table);
        for (const Model* model : table.models) {
            if (!runner.result.error)
                addColumns(runner, existing, *model);
        }
        if (runner.result.error)
            break;
    }
    if (runner.result.error || stage == MigrationStage::Tables)
        return runner.result;
    std::vector<IndexPlan> plans;
    for (const Model* model : tableModels(schema))
        declaredIndexes(*model, plans);
    foreignKeyIndexes(schema, plans);
    createIndexes(runner, existing, plans);
    return runner.result;
}

MigrationResult migrate(Connection& connection, const schema::Schema& schema)
{
    QSqlQuery transaction(connection.database());
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return {{}, connection.errorFrom(transaction.lastError())};
    MigrationResult result = migrateWithinTransaction(connection, schema);
    if (result.error) {
        transaction.exec(QStringLiteral("ROLLBACK"));
        result.steps.clear();
    } else if (!transaction.exec(QStringLiteral("COMMIT"))) {
        result.error = connection.errorFrom(transaction.lastError());
        transaction.exec(QStringLiteral("ROLLBACK"));
        result.steps.clear();
    }
    return result;
}

Json MigrationResult::toJson() const
{
    static const char* const kinds[] = {"table", "column", "index", "note"};
    Json created = Json::array();
    Json notes = Json::array();
    for (const MigrationStep& step : steps) {
        Json item = {{"kind", kinds[int(step.kind)]}, {"model", step.model}, {"table", step.table}};
        if (!step.name.empty())
            item["name"] = step.name;
        item[step.kind == MigrationStep::Kind::Note ? "reason" : "sql"] = step.sql;
        (step.kind == MigrationStep::Kind::Note ? notes : created).push_back(std::move(item));
    }
    Json out = {{"created", std::move(created)}, {"notes", std::move(notes)}};
    if (error)
        out["error"] = error->text().toStdString();
    return out;
}

} // namespace relata::store
