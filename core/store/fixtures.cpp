#include "store/fixtures.h"

#include "store/store_text.h"

#include "schema/schema.h"
#include "store/codec.h"
#include "store/connection.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <map>
#include <set>

namespace relata::store {

using schema::Model;
using schema::Property;

namespace {

// The juggler's `blank()`, which `required` (validatesPresenceOf) rejects.
bool blank(const Json& value)
{
    return value.is_null() || (value.is_string() && value.get_ref<const std::string&>().empty())
           || (value.is_array() && value.empty());
}

// What Model.create puts in a property the record leaves out: `default`
// ("$now" on a Date), `defaultFn`, and the `[]` that referencesMany and
// embedsMany give their array properties. Null when nothing applies.
Json defaultValue(const Property& property)
{
    const Json& definition = property.definition;
    if (definition.is_object() && definition.contains("default")) {
        const Json& value = definition["default"];
        if (property.type == schema::ValueType::Date && value == "$now")
            return QDateTime::currentMSecsSinceEpoch();
        return value;
    }
    // Compared as JSON: a defaultFn that is not a string names no function.
    const Json function = definition.is_object() ? definition.value("defaultFn", Json()) : Json();
    if (function == "now")
        return QDateTime::currentMSecsSinceEpoch();
    if (function == "guid" || function == "uuid" || function == "uuidv4")
        return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    if (property.origin == schema::PropertyOrigin::Relation
        && property.type == schema::ValueType::Array)
        return Json::array();
    return nullptr;
}

class Loader {
public:
    Loader(Connection& connection, const schema::Schema& schema)
        : m_connection(connection)
        , m_schema(schema)
    {
    }

    LoadResult run(const Json& data);

private:
    bool loadModel(const std::string& name, const Json& records);
    bool insert(const Model& model, int index, const Json& record);
    QSqlQuery& statement(const Model& model, const std::vector<const Property*>& columns);
    bool fail(std::string model, int index, std::string property, std::string message)
    {
        m_result.error = LoadError{std::move(model), index, std::move(property), std::move(message)};
        return false;
    }

    Connection& m_connection;
    const schema::Schema& m_schema;
    LoadResult m_result;
    std::map<std::string, QSqlQuery> m_statements;
    std::set<std::string> m_warned;
};

LoadResult Loader::run(const Json& data)
{
    if (!data.is_object()) {
        fail({}, -1, {}, say(Store::tr("the data must be an object {\"Model\": [records…]}")));
        return m_result;
    }
    QSqlQuery transaction(m_connection.database());
    if (!transaction.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        fail({}, -1, {}, m_connection.errorFrom(transaction.lastError()).text().toStdString());
        return m_result;
    }
    m_result.migration = migrateWithinTransaction(m_connection, m_schema, MigrationStage::Tables);
    bool ok = m_result.migration.ok();
    if (!ok)
        fail({}, -1, {}, m_result.migration.error->text().toStdString());
    for (auto it = data.begin(); ok && it != data.end(); ++it)
        ok = loadModel(it.key(), it.value());
    m_statements.clear();
    if (ok) {
        const MigrationResult indexes =
            migrateWithinTransaction(m_connection, m_schema, MigrationStage::Indexes);
        m_result.migration.steps.insert(m_result.migration.steps.end(), indexes.steps.begin(),
                                        indexes.steps.end());
        if (indexes.error)
            ok = fail({}, -1, {}, indexes.error->text().toStdString());
    }
    if (ok && !transaction.exec(QStringLiteral("COMMIT"))) {
        fail({}, -1, {}, m_connection.errorFrom(transaction.lastError()).text().toStdString());
        ok = false;
    }
    if (!ok) {
        transaction.exec(QStringLiteral("ROLLBACK"));
        m_result.migration.steps.clear();
        m_result.rows.clear();
    }
    return m_result;
}

bool Loader::loadModel(const std::string& name, const Json& records)
{
    const Model* model = m_schema.model(name);
    if (!model)
        return fail(name, -1, {}, say(Store::tr("no model named \"%1\" in the app"), name));
    if (model->builtin && !model->attached)
        return fail(name, -1, {},
                    say(Store::tr("\"%1\" is a LoopBack built-in model that the app attaches to no "
                                  "datasource, so it has no table"),
                        name));
    if (!model->persisted)
        return fail(name, -1, {},
                    say(Store::tr("model \"%1\" is not persisted (its base is Model), so it has no table"), name));
    if (!records.is_array())
        return fail(name, -1, {}, say(Store::tr("expected an array of records")));
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!insert(*model, int(i), records[i]))
            return false;
    }
    m_result.rows.emplace_back(name, int(records.size()));
    return true;
}

bool Loader::insert(const Model& model, int index, const Json& record)
{
    if (!record.is_object())
        return fail(model.name, index, {}, say(Store::tr("expected a record object, got %1"), record.dump()));
    std::vector<const Property*> columns;
    std::vector<QVariant> values;
    for (const Property& property : model.properties) {
        const auto found = record.find(property.name);
        Json value = found != record.end() ? *found : defaultValue(property);
        if (property.required && blank(value))
            return fail(model.name, index, property.name, say(Store::tr("is required (can't be blank)")));
        if (found == record.end() && value.is_null())
            continue;
        Encoded encoded = encode(property, value, &m_schema);
        if (!encoded.ok())
            return fail(model.name, index, property.name, encoded.error);
        columns.push_back(&property);
        values.push_back(std::move(encoded.value));
    }
    for (const auto& [key, value] : record.items()) {
        if (!model.property(key) && m_warned.insert(model.name + "." + key).second)
            m_result.warnings.push_back(
                say(Store::tr("%1: \"%2\" is not a property; LoopBack does not store it"), model.name, key));
    }
    QSqlQuery& query = statement(model, columns);
    for (std::size_t i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values[i]);
    if (query.exec())
        return true;
    const QString detail = query.lastError().databaseText();
    const Property* id = model.idProperty();
    if (id && detail.contains(QStringLiteral("UNIQUE")) && record.contains(id->name))
        return fail(model.name, index, id->name,
                    say(Store::tr("duplicate id %1 (already in table \"%2\")"), jsStringify(record[id->name]),
                        model.table));
    return fail(model.name, index, {}, m_connection.errorFrom(query.lastError()).message.toStdString());
}

QSqlQuery& Loader::statement(const Model& model, const std::vector<const Property*>& columns)
{
    std::string key = model.name;
    for (const Property* property : columns)
        key += "\x1f" + property->column;
    auto [it, added] = m_statements.try_emplace(key, m_connection.database());
    if (added) {
        std::string sql = "INSERT INTO " + quoteIdentifier(model.table);
        if (columns.empty()) {
            sql += " DEFAULT VALUES";
        } else {
            std::string names;
            std::string marks;
            for (const Property* property : columns) {
                names += (names.empty() ? "" : ",") + quoteIdentifier(property->column);
                marks += marks.empty() ? "?" : ",?";
            }
            sql += " (" + names + ") VALUES (" + marks + ")";
        }
        it->second.prepare(QString::fromStdString(sql));
    }
    return it->second;
}

} // namespace

std::string LoadError::text() const
{
    std::string where = model;
    if (index >= 0)
        where += "[" + std::to_string(index) + "]";
    if (!property.empty())
        where += "." + property;
    //: %1 is where the problem is (Model[index].property), %2 the problem.
    return where.empty() ? message : say(relata::store::Store::tr("%1: %2"), where, message);
}

Json LoadResult::toJson() const
{
    Json counts = Json::object();
    for (const auto& [model, count] : rows)
        counts[model] = count;
    Json out = {{"rows", std::move(counts)}, {"migration", migration.toJson()}};
    if (!warnings.empty())
        out["warnings"] = warnings;
    if (error) {
        out["error"] = {{"message", error->text()}};
        if (!error->model.empty())
            out["error"]["model"] = error->model;
        if (error->index >= 0)
            out["error"]["index"] = error->index;
        if (!error->property.empty())
            out["error"]["property"] = error->property;
    }
    return out;
}

LoadResult loadFixtures(Connection& connection, const schema::Schema& schema, const Json& data)
{
    return Loader(connection, schema).run(data);
}

} // namespace relata::store
