#include "document/document.h"
#include "io/app_io.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "store/fixtures.h"
#include "store/migrate.h"
#include "store/seed.h"
#include "tst_store.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relata;
using relata::storetest::makeProperty;
using relata::storetest::openFile;
using relata::storetest::scalar;
using schema::ValueType;

namespace {

const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
const QString oracleDir = QStringLiteral(RELATA_SHARED_DIR "/oracle");

schema::Property idProperty()
{
    schema::Property id = makeProperty("id", ValueType::Number, "Number");
    id.id = true;
    id.generated = true;
    id.origin = schema::PropertyOrigin::InjectedId;
    return id;
}

schema::Model persistedModel(const std::string& name, std::vector<schema::Property> properties)
{
    schema::Model model;
    model.name = name;
    model.persisted = true;
    for (const char c : name)
        model.table += char(std::tolower(static_cast<unsigned char>(c)));
    model.properties = std::move(properties);
    model.properties.push_back(idProperty());
    return model;
}

// Tables, rows (typed: REAL 99.0 differs from INTEGER 99) and indexes of a file.
struct Dump {
    QStringList tables;
    QStringList rows;
    QStringList indexes;
};

Dump dump(const QString& path)
{
    Dump result;
    auto connection = openFile(path, store::Access::ReadOnly);
    if (!connection)
        return result;
    QSqlQuery master(connection->database());
    master.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                               "ORDER BY type, name"));
    QStringList tableNames;
    while (master.next()) {
        const QString sql = master.value(2).toString();
        if (master.value(0).toString() == QLatin1String("table")) {
            result.tables << sql;
            tableNames << master.value(1).toString();
        } else {
            result.indexes << sql;
        }
    }
    for (const QString& table : tableNames) {
        QSqlQuery rows(connection->database());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next()) {
            // Columns by name, so a row compares apart from the table's column order.
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                cells << QStringLiteral("%1=%2(%3)").arg(rows.record().fieldName(i),
                                                         value.isNull() ? "NULL" : value.typeName(),
                                                         value.toString());
            }
            cells.sort();
            const QString line = table + QStringLiteral(": ") + cells.join(QLatin1Char(' '));
            result.rows << line;
        }
    }
    return result;
}

std::unique_ptr<schema::Schema> shopSchema()
{
    io::ReadError error;
    const std::unique_ptr<Document> document = io::read(shopApp, &error);
    if (!document)
        return nullptr;
    return std::make_unique<schema::Schema>(schema::compile(*document));
}

Json readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return Json::parse(file.readAll().toStdString(), nullptr, false);
}

} // namespace


namespace {

schema::Relation relation(const std::string& name, schema::RelationKind kind,
                          const std::string& from, const std::string& keyFrom,
                          const std::string& to, const std::string& keyTo)
{
    schema::Relation r;
    r.name = name;
    r.kind = kind;
    r.modelFrom = from;
    r.keyFrom = keyFrom;
    r.modelTo = to;
    r.keyTo = keyTo;
    r.multiple = kind != schema::RelationKind::BelongsTo && kind != schema::RelationKind::HasOne;
    return r;
}

// Customer ←belongsTo— Order, and Address, an embedded type without a table.
std::vector<schema::Model> shopModels()
{
    schema::Property name = makeProperty("name", ValueType::String, "String");
    name.required = true;
    schema::Model customer = persistedModel("Customer", {name, makeProperty("vip", ValueType::Boolean, "Boolean"),
                                                         makeProperty("createdAt", ValueType::Date, "Date")});
    schema::Model order = persistedModel("Order", {makeProperty("total", ValueType::Number, "Number")});
    schema::Property customerId = makeProperty("customerId", ValueType::Number, "Number");
    customerId.origin = schema::PropertyOrigin::Relation;
    order.properties.push_back(customerId);
    order.relations.push_back(relation("customer", schema::RelationKind::BelongsTo, "Order",
                                       "customerId", "Customer", "id"));
    customer.relations.push_back(relation("orders", schema::RelationKind::HasMany, "Customer", "id",
                                          "Order", "customerId"));
    schema::Model address;
    address.name = "Address";
    address.table = "address";
    address.properties = {makeProperty("street", ValueType::String, "String")};
    return {customer, order, address};
}

QStringList stepNames(const store::MigrationResult& result)
{
    static const char* const kinds[] = {"table", "column", "index", "note"};
    QStringList names;
    for (const store::MigrationStep& step : result.steps)
        names << QStringLiteral("%1 %2 %3").arg(kinds[int(step.kind)],
                                                QString::fromStdString(step.table),
                                                QString::fromStdString(step.name)).trimmed();
    return names;
}

QString tableSql(store::Connection& connection, const QString& table)
{
    return scalar(connection, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(table))
        .toString();
}

} // namespace

void TestStore::migrateIsIdempotentAndAdditive()
{
    const QString path = m_dir.filePath(QStringLiteral("migrate.db"));
    auto connection = openFile(path);
    QVERIFY(connection);
    std::vector<schema::Model> models = shopModels();
    store::MigrationResult first = store::migrate(*connection, schema::Schema(models));
    QVERIFY(first.ok());
    QCOMPARE(stepNames(first), QStringList({"table customer", "table order", "index order order_customerid"}));
    QCOMPARE(tableSql(*connection, "customer"),
             QStringLiteral("CREATE TABLE \"customer\" (\"name\" TEXT NOT NULL,\"vip\" INTEGER,"
                            "\"createdat\" INTEGER,\"id\" INTEGER NOT NULL PRIMARY KEY)"));
    QCOMPARE(tableSql(*connection, "order"),
             QStringLiteral("CREATE TABLE \"order\" (\"total\" REAL,\"id\" INTEGER NOT NULL PRIMARY KEY,"
                            "\"customerid\" REAL)"));
    QCOMPARE(scalar(*connection, "SELECT count(*) FROM sqlite_master WHERE name = 'address'").toInt(), 0);

    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO customer (name, id) VALUES ('Ann', 1)")));
    QVERIFY(query.exec(QStringLiteral("ALTER TABLE customer ADD COLUMN legacy TEXT")));
    QVERIFY(store::migrate(*connection, schema::Schema(models)).steps.empty());

    models[0].properties.push_back(makeProperty("email", ValueType::String, "String"));
    schema::Property note = makeProperty("note", ValueType::String, "String");
    note.required = true;
    models[1].properties.push_back(note);
    models.push_back(persistedModel("Tag", {makeProperty("label", ValueType::String, "String")}));
    const store::MigrationResult second = store::migrate(*connection, schema::Schema(models));
    QVERIFY(second.ok());
    QCOMPARE(stepNames(second), QStringList({"column customer email", "note order note",
                                             "column order note", "table tag"}));
    QCOMPARE(scalar(*connection, "SELECT name || '/' || (legacy IS NULL) || '/' || (email IS NULL) FROM customer")
                 .toString(),
             QStringLiteral("Ann/1/1"));
    QVERIFY(second.toJson()["notes"][0]["reason"].get<std::string>().find("without NOT NULL")
            != std::string::npos);

    auto reader = openFile(path, store::Access::ReadOnly);
    models.push_back(persistedModel("Extra", {}));
    const store::MigrationResult refused = store::migrate(*reader, schema::Schema(models));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error->message.contains(QStringLiteral("read-only")));
    QCOMPARE(scalar(*connection, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'").toInt(), 0);
}

void TestStore::migrateIndexes()
{
    schema::Property name = makeProperty("name", ValueType::String, "String");
    name.index = true;
    schema::Property type = makeProperty("imageableType", ValueType::String, "String");
    type.index = true;
    schema::Model picture = persistedModel("Picture", {name, makeProperty("city", ValueType::String, "String"),
                                                       makeProperty("imageableId", ValueType::Number, "Number"),
                                                       type});
    picture.table = "Pictures";
    picture.settings["indexes"] = {{"byNameCity", {{"keys", {{"name", 1}, {"city", -1}}}}},
                                   {"legacy", {{"columns", "city, name"}}},
                                   {"short", {{"city", 1}}},
                                   {"broken", {{"keys", {"nope"}}}},
                                   {"numbered", {{"keys", {5, "city"}}}}};
    schema::Relation imageable = relation("imageable", schema::RelationKind::BelongsTo, "Picture",
                                          "imageableId", "", "id");
    imageable.polymorphic = schema::Polymorphic{"imageable", "imageableId", "imageableType", "", false};
    picture.relations.push_back(imageable);
    schema::Model link = persistedModel("Link", {makeProperty("pictureId", ValueType::Number, "Number"),
                                                 makeProperty("tagId", ValueType::Number, "Number")});
    schema::Model tag = persistedModel("Tag", {});
    schema::Relation through = relation("pictures", schema::RelationKind::HasManyThrough, "Tag", "id",
                                        "Picture", "tagId");
    through.modelThrough = "Link";
    through.keyThrough = "pictureId";
    tag.relations.push_back(through);

    auto connection = openFile(m_dir.filePath(QStringLiteral("indexes.db")));
    QVERIFY(connection);
    const store::MigrationResult result = store::migrate(*connection, schema::Schema({picture, link, tag}));
    QVERIFY(result.ok());
    QCOMPARE(
        stepNames(result),
        QStringList({"table Pictures", "table link", "table tag", "index Pictures picture_name",
                     "index Pictures picture_imageabletype", "index Pictures bynamecity",
                     "index Pictures legacy", "index Pictures short", "note Pictures broken",
                     "index Pictures numbered", "index Pictures picture_imageableid",
                     "index link link_tagid", "index link link_pictureid"}));
    QCOMPARE(scalar(*connection, "SELECT sql FROM sqlite_master WHERE name = 'picture_imageabletype'").toString(),
             QStringLiteral("CREATE INDEX \"picture_imageabletype\" ON \"Pictures\" (\"imageabletype\")"));
    QCOMPARE(scalar(*connection, "SELECT sql FROM sqlite_master WHERE name = 'bynamecity'").toString(),
             QStringLiteral("CREATE INDEX \"bynamecity\" ON \"Pictures\" (\"name\",\"city\")"));
    QVERIFY(store::migrate(*connection, schema::Schema({picture, link, tag})).steps.size() == 1);
}

void TestStore::loadRollsBackAndNamesTheRecord_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("property");
    QTest::addRow("unknown model") << R"({"Customer": [{"id": 1, "name": "A"}], "Nope": [{}]})"
                                   << "Nope: no model named \"Nope\" in the app" << "Nope" << -1 << "";
    QTest::addRow("model without a table") << R"({"Address": [{"street": "S"}]})"
                                           << "Address: model \"Address\" is not persisted" << "Address" << -1 << "";
    QTest::addRow("wrong type") << R"({"Customer": [{"id": 1, "name": "A"}, {"id": 2, "name": "B", "vip": "maybe"}]})"
                                << "Customer[1].vip: expected a boolean, got \"maybe\"" << "Customer" << 1 << "vip";
    QTest::addRow("bad date") << R"({"Customer": [{"id": 1, "name": "A", "createdAt": "someday"}]})"
                              << "Customer[0].createdAt: expected a date" << "Customer" << 0 << "createdAt";
    QTest::addRow("duplicate id") << R"({"Customer": [{"id": 1, "name": "A"}], "Order": [{"id": 1}, {"id": 1, "total": 2}]})"
                                  << "Order[1].id: duplicate id 1" << "Order" << 1 << "id";
    QTest::addRow("id already in the table") << R"({"Customer": [{"id": 9, "name": "Again"}]})"
                                             << "Customer[0].id: duplicate id 9" << "Customer" << 0 << "id";
    QTest::addRow("required missing") << R"({"Customer": [{"id": 1}]})"
                                      << "Customer[0].name: is required" << "Customer" << 0 << "name";
    QTest::addRow("required blank") << R"({"Customer": [{"id": 1, "name": ""}]})"
                                    << "Customer[0].name: is required" << "Customer" << 0 << "name";
    QTest::addRow("not a list") << R"({"Customer": {"id": 1}})"
                                << "Customer: expected an array of records" << "Customer" << -1 << "";
    QTest::addRow("record not an object") << R"({"Customer": [5]})"
                                          << "Customer[0]: expected a record object" << "Customer" << 0 << "";
}

void TestStore::loadRollsBackAndNamesTheRecord()
{
    QFETCH(QString, data);
    QFETCH(QString, message);
    QFETCH(QString, model);
    QFETCH(int, index);
    QFETCH(QString, property);
    const QString path = m_dir.filePath(QStringLiteral("load-%1.db").arg(QTest::currentDataTag()));
    auto connection = openFile(path);
    QVERIFY(connection);
    const schema::Schema schema(shopModels());
    const store::LoadResult kept = store::loadFixtures(
        *connection, schema, Json::parse(R"({"Customer": [{"id": 9, "name": "Kept", "vip": true}]})"));
    QVERIFY2(kept.ok(), kept.error ? kept.error->text().c_str() : "");
    QCOMPARE(kept.rows, (std::vector<std::pair<std::string, int>>{{"Customer", 1}}));

    const store::LoadResult result = store::loadFixtures(*connection, schema, Json::parse(data.toStdString()));
    QVERIFY(!result.ok());
    QVERIFY2(QString::fromStdString(result.error->text()).startsWith(message), result.error->text().c_str());
    QCOMPARE(QString::fromStdString(result.error->model), model);
    QCOMPARE(result.error->index, index);
    QCOMPARE(QString::fromStdString(result.error->property), property);
    QVERIFY(result.rows.empty());
    QCOMPARE(scalar(*connection, "SELECT group_concat(id || name || vip) FROM customer").toString(),
             QStringLiteral("9Kept1"));
    QCOMPARE(scalar(*connection, "SELECT count(*) FROM \"order\"").toInt(), 0);
}

// A model file may hold any JSON in defaultFn; one that is not a string names no function.
void TestStore::loadIgnoresDefaultFnThatIsNotAString() {
    schema::Property code = makeProperty("code", ValueType::String, "String");
    code.definition = {{"type", "string"}, {"defaultFn", 5}};
    auto connection = openFile(m_dir.filePath(QStringLiteral("defaultfn.db")));
    QVERIFY(connection);
    const store::LoadResult result =
        store::loadFixtures(*connection, schema::Schema({persistedModel("Coupon", {code})}),
                            Json::parse(R"({"Coupon": [{"id": 1}]})"));
    QVERIFY2(result.ok(), result.error ? result.error->text().c_str() : "");
    QVERIFY(scalar(*connection, QStringLiteral("SELECT code FROM coupon")).isNull());
}

// The shop sample's data.json loaded by Relata and by LoopBack
// (loopback-connector-sqlite3) give the same tables, rows and indexes. LoopBack
// loads it afresh where the oracle is installed; elsewhere its load committed
// by tests/conformance/generate.js (shop.sqlite) stands in.
void TestStore::loadMatchesLoopBack()
{
    const auto schema = shopSchema();
    QVERIFY(schema);
    const QString theirs = m_dir.filePath(QStringLiteral("shop-loopback.db"));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFile::exists(oracleDir + QStringLiteral("/node_modules/loopback-connector-sqlite3"))) {
        QVERIFY(QFile::copy(QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/shop.sqlite"), theirs));
    } else {
        QProcess process;
        process.start(node, {oracleDir + QStringLiteral("/load-sqlite.js"), QStringLiteral("--models"),
                             shopApp + QStringLiteral("/common/models"), QStringLiteral("--data"),
                             shopApp + QStringLiteral("/data.json"), QStringLiteral("--db"), theirs,
                             QStringLiteral("--quiet")});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    }

    const QString ours = m_dir.filePath(QStringLiteral("shop-relata.db"));
    {
        auto connection = openFile(ours);
        QVERIFY(connection);
        const store::LoadResult result =
            store::loadFixtures(*connection, *schema, readJson(shopApp + QStringLiteral("/data.json")));
        QVERIFY2(result.ok(), result.error ? result.error->text().c_str() : "");
    }
    const Dump expected = dump(theirs);
    const Dump actual = dump(ours);
    QVERIFY(!expected.rows.isEmpty());
    QCOMPARE(actual.rows, expected.rows);
    // The oracle loads the model folder without model-config, so the built-in
    // models the app attaches (User, AccessToken, …) get no table there; a booted
    // app's automigrate creates them, and so does Relata.
    QStringList appTables = actual.tables;
    for (const schema::Model* model : store::tableModels(*schema)) {
        const QString create = QStringLiteral("CREATE TABLE \"%1\" (").arg(QString::fromStdString(model->table));
        if (model->builtin)
            QCOMPARE(appTables.removeIf([&](const QString& sql) { return sql.startsWith(create); }), 1);
    }
    QCOMPARE(appTables, expected.tables);
    // Relata adds foreign-key indexes; every index LoopBack made must be there as it made it.
    for (const QString& index : expected.indexes)
        QVERIFY2(actual.indexes.contains(index), qPrintable(index));
}

void TestStore::seedIsDeterministic()
{
    const auto schema = shopSchema();
    QVERIFY(schema);
    auto seedInto = [&](const QString& name, std::uint64_t seed) {
        const QString path = m_dir.filePath(name);
        auto connection = openFile(path);
        if (!connection)
            return Dump();
        const store::SeedResult result = store::seed(*connection, *schema, {120, seed});
        if (!result.ok())
            qWarning() << result.error->text();
        return dump(path);
    };
    const Dump first = seedInto(QStringLiteral("seed-a.db"), 7);
    const Dump again = seedInto(QStringLiteral("seed-b.db"), 7);
    const Dump other = seedInto(QStringLiteral("seed-c.db"), 8);
    QVERIFY(first.rows.size() > 120);
    QCOMPARE(again.rows, first.rows);
    QCOMPARE(again.tables, first.tables);
    QCOMPARE(other.rows.size(), first.rows.size());
    QVERIFY(other.rows != first.rows);

    auto connection = openFile(m_dir.filePath(QStringLiteral("seed-a.db")));
    const store::SeedResult refused = store::seed(*connection, *schema, {120, 7});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error->message.contains(QStringLiteral("already has rows")),
             qPrintable(refused.error->text()));
    QCOMPARE(dump(m_dir.filePath(QStringLiteral("seed-a.db"))).rows, first.rows);
}

void TestStore::seedRespectsEveryRelation()
{
    const auto schema = shopSchema();
    QVERIFY(schema);
    auto connection = openFile(m_dir.filePath(QStringLiteral("seed-integrity.db")));
    QVERIFY(connection);
    const store::SeedResult result = store::seed(*connection, *schema, {400, 3});
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->text()) : "");
    auto count = [&](const QString& sql) { return scalar(*connection, sql).toInt(); };
    auto table = [&](const std::string& model) {
        const schema::Model* m = schema->model(model);
        return m ? QStringLiteral("\"%1\"").arg(QString::fromStdString(m->table)) : QString();
    };
    auto column = [&](const std::string& model, const std::string& name) {
        const schema::Model* m = schema->model(model);
        const schema::Property* p = m ? m->property(name) : nullptr;
        return p ? QStringLiteral("\"%1\"").arg(QString::fromStdString(p->column)) : QString();
    };
    // Every key that is set names an existing row of the model it points at.
    auto dangling = [&](const std::string& from, const std::string& key, const std::string& to,
                        const std::string& toKey, const QString& extra = {}) {
        return count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL %5 AND %2 NOT IN "
                                    "(SELECT %4 FROM %3)")
                         .arg(table(from), column(from, key), table(to), column(to, toKey), extra));
    };
    for (const schema::Model* model : store::tableModels(*schema))
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1").arg(table(model->name))) > 0,
                 model->name.c_str());
    int checked = 0;
    for (const schema::Model* model : store::tableModels(*schema)) {
        for (const schema::Relation& r : model->relations) {
            const std::string where = model->name + "." + r.name;
            if (!r.resolved)
                continue;
            ++checked;
            using Kind = schema::RelationKind;
            if (r.kind == Kind::BelongsTo && r.polymorphic) {
                QSqlQuery types(connection->database());
                types.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2")
                               .arg(column(model->name, r.polymorphic->discriminator), table(model->name)));
                while (types.next()) {
                    const schema::Model* owner = schema->modelIgnoringCase(types.value(0).toString().toStdString());
                    QVERIFY2(owner, qPrintable(types.value(0).toString()));
                    const QString same = QStringLiteral("AND %1 = '%2'")
                                             .arg(column(model->name, r.polymorphic->discriminator),
                                                  QString::fromStdString(owner->name));
                    QCOMPARE(dangling(model->name, r.keyFrom, owner->name, owner->idName(), same), 0);
                }
            } else if (r.kind == Kind::BelongsTo) {
                QVERIFY2(dangling(model->name, r.keyFrom, r.modelTo, r.keyTo) == 0, where.c_str());
            } else if ((r.kind == Kind::HasMany || r.kind == Kind::HasOne) && !r.polymorphic) {
                QVERIFY2(dangling(r.modelTo, r.keyTo, model->name, r.keyFrom) == 0, where.c_str());
            } else if (r.kind == Kind::HasManyThrough || r.kind == Kind::HasAndBelongsToMany) {
                if (!r.polymorphic)
                    QVERIFY2(dangling(r.modelThrough, r.keyTo, model->name, r.keyFrom) == 0, where.c_str());
                if (!r.polymorphic || !r.polymorphic->invert)
                    QVERIFY2(dangling(r.modelThrough, r.keyThrough, r.modelTo,
                                      schema->model(r.modelTo)->idName()) == 0, where.c_str());
            } else if (r.kind == Kind::ReferencesMany) {
                QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1, json_each(json_extract(%2, '$')) "
                                              "WHERE value NOT IN (SELECT %4 FROM %3)")
                                   .arg(table(model->name), column(model->name, r.keyFrom),
                                        table(r.modelTo), column(r.modelTo, r.keyTo))) == 0,
                         where.c_str());
            } else if (r.kind == Kind::EmbedsMany) {
                QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1 WHERE json_type(json_extract(%2, '$')) "
                                              "IS NOT 'array'")
                                   .arg(table(model->name), column(model->name, r.embedProperty))) == 0,
                         where.c_str());
            }
        }
    }
    QVERIFY(checked > 20);
    QCOMPARE(count("SELECT count(*) FROM customer WHERE email NOT LIKE '%@example.com'"), 0);
    QVERIFY(count("SELECT count(*) FROM orderitem") > 5 * count("SELECT count(*) FROM customer"));
}

void TestStore::cliCommands_data()
{
    QTest::addColumn<QStringList>("arguments"); // DB stands for a new database file, DATA for a data file
    QTest::addColumn<QString>("data");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrPart");
    QTest::addColumn<QString>("stdoutKey");
    const QString shop = shopApp;
    QTest::addRow("migrate") << QStringList{"migrate", shop, "--db", "DB"} << "" << 0
                             << "created table \"orderitem\"" << "created";
    QTest::addRow("load") << QStringList{"load", shop, "--db", "DB", "DATA"}
                          << R"({"Customer": [{"id": 1, "name": "Ann"}]})" << 0 << "1 rows into Customer" << "rows";
    QTest::addRow("load, bad record") << QStringList{"load", shop, "--db", "DB", "DATA"}
                                      << R"({"Customer": [{"id": 1, "name": "Ann", "age": "old"}]})" << 1
                                      << "Customer[0].age: expected a number" << "error";
    QTest::addRow("load, broken JSON") << QStringList{"load", shop, "--db", "DB", "DATA"}
                                       << "{\"Customer\": [\n  {\"id\": 1,,}]}" << 2 << "data.json:2:" << "";
    QTest::addRow("seed") << QStringList{"seed", shop, "--db", "DB", "--scale", "40", "--seed", "5"} << "" << 0
                          << "rows into OrderItem" << "rows";
    QTest::addRow("seed, bad scale") << QStringList{"seed", shop, "--db", "DB", "--scale", "lots"} << "" << 2
                                     << "--scale" << "";
    QTest::addRow("no --db") << QStringList{"migrate", shop} << "" << 2 << "--db FILE is required" << "";
}

void TestStore::cliCommands()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, data);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrPart);
    QFETCH(QString, stdoutKey);
    QTemporaryDir dir;
    for (QString& argument : arguments) {
        if (argument == QLatin1String("DB"))
            argument = dir.filePath(QStringLiteral("cli.db"));
        if (argument == QLatin1String("DATA")) {
            argument = dir.filePath(QStringLiteral("data.json"));
            QFile file(argument);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data.toUtf8());
        }
    }
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), arguments);
    QVERIFY(cli.waitForFinished(120000));
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    QCOMPARE(cli.exitCode(), exitCode);
    QVERIFY2(errors.contains(stderrPart), qPrintable(errors));
    const Json printed = Json::parse(cli.readAllStandardOutput().toStdString(), nullptr, false);
    if (stdoutKey.isEmpty())
        QVERIFY(printed.is_discarded());
    else
        QVERIFY(printed.is_object() && printed.contains(stdoutKey.toStdString()));
}

QTEST_GUILESS_MAIN(TestStore)
