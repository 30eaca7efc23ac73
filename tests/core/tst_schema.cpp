#include "corpus_apps.h"
#include "document/document.h"
#include "io/app_io.h"
#include "schema/naming.h"
#include "schema/schema.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <memory>

using namespace relata;
using namespace relata::schema;

namespace {

const QString graphData = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/graph");

Json readJsonFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    const QByteArray bytes = file.readAll();
    return Json::parse(bytes.constData(), bytes.constData() + bytes.size(), nullptr, false);
}

// The models (and model-config, which makes it an app) as a Document held in memory,
// in the given order.
std::unique_ptr<Document> memoryDocument(const Json& models, const Json& modelConfig = Json())
{
    const bool app = modelConfig.is_object();
    auto document = std::make_unique<Document>(QStringLiteral("/memory"),
                                               app ? Document::Kind::App : Document::Kind::Folder);
    quint32 next = 1;
    for (const Json& model : models) {
        const std::string file = naming::modelFileName(model.value("name", std::string()));
        document->insertModel(ModelId{next++}, SourceFile::created(QStringLiteral("common/models/")
                                                                       + QString::fromStdString(file),
                                                                   model));
    }
    if (app)
        document->setModelConfig(SourceFile::created(QStringLiteral("server/model-config.json"), modelConfig));
    return document;
}

Schema compileJson(const char* models, const char* modelConfig = nullptr)
{
    const auto document = memoryDocument(Json::parse(models),
                                         modelConfig ? Json::parse(modelConfig) : Json());
    return compile(*document);
}

// Where two graphs differ first, with both sides, so a failure says what to look at;
// empty when they are equal (key order included: LoopBack's order is the boot order).
QString graphDifference(const Json& actual, const Json& expected)
{
    const Json& got = actual["models"];
    const Json& want = expected["models"];
    for (const auto& [name, model] : want.items()) {
        if (!got.contains(name))
            return QStringLiteral("model %1 is missing").arg(QString::fromStdString(name));
        for (const char* part : {"table", "idProperty", "properties", "relations"}) {
            if (got[name][part] != model[part]) {
                return QStringLiteral("%1 %2 differ\n  actual:   %3\n  expected: %4")
                    .arg(QString::fromStdString(name), QString::fromLatin1(part),
                         QString::fromStdString(got[name][part].dump()),
                         QString::fromStdString(model[part].dump()));
            }
        }
    }
    for (const auto& [name, model] : got.items()) {
        if (!want.contains(name))
            return QStringLiteral("model %1 is not in LoopBack's graph").arg(QString::fromStdString(name));
    }
    if (actual != expected) {
        return QStringLiteral("the graphs differ in order or shape\n  actual:   %1\n  expected: %2")
            .arg(QString::fromStdString(actual.dump()), QString::fromStdString(expected.dump()));
    }
    return {};
}

const QString regenerate = QStringLiteral("see tests/core/data/graph/README.md to generate it");

const Finding* findingOf(const Schema& schema, const std::string& code)
{
    for (const Finding& finding : schema.findings()) {
        if (finding.code == code)
            return &finding;
    }
    return nullptr;
}

} // namespace

class TestSchema : public QObject {
    Q_OBJECT

private slots:
    void tableName_data();
    void tableName();
    void columnName_data();
    void columnName();
    void httpPath_data();
    void httpPath();

    void scenarios_data();
    void scenarios();
    void appGraph_data();
    void appGraph();

    void findings_data();
    void findings();
    void modelSettings();
    void builtinModels();
    void collectRelation();
    void relationHelpers();
    void lookups();
};

void TestSchema::tableName_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("expected");
    QTest::addRow("lower-cased name") << "OrderItem" << "{}" << "orderitem";
    QTest::addRow("sqlite3.table as given") << "Order" << R"({"sqlite3": {"table": "Orders"}})" << "Orders";
    QTest::addRow("sqlite3.tableName") << "Order" << R"({"sqlite3": {"tableName": "T_order"}})" << "T_order";
    QTest::addRow("another connector's table") << "Order" << R"({"mysql": {"table": "orders"}})" << "order";
    QTest::addRow("empty table") << "Order" << R"({"sqlite3": {"table": ""}})" << "order";
}

void TestSchema::tableName()
{
    QFETCH(QString, model);
    QFETCH(QString, settings);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(naming::tableName(model.toStdString(), Json::parse(settings.toStdString()))),
             expected);
}

void TestSchema::columnName_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("definition");
    QTest::addColumn<QString>("expected");
    QTest::addRow("lower-cased name") << "customerId" << R"({"type": "number"})" << "customerid";
    QTest::addRow("sqlite3.columnName") << "customerId" << R"({"sqlite3": {"columnName": "CUST"}})" << "CUST";
    QTest::addRow("sqlite3.column first") << "customerId"
                                          << R"({"sqlite3": {"columnName": "b", "column": "a"}})" << "a";
    QTest::addRow("sqlite3.field") << "customerId" << R"({"sqlite3": {"field": "f"}})" << "f";
    QTest::addRow("name attribute") << "customerId" << R"({"name": "Customer_Id"})" << "Customer_Id";
    QTest::addRow("connector mapping before name") << "customerId"
                                                   << R"({"name": "n", "sqlite3": {"columnName": "c"}})"
                                                   << "c";
    QTest::addRow("another connector's column") << "customerId" << R"({"mysql": {"columnName": "x"}})"
                                                << "customerid";
}

void TestSchema::columnName()
{
    QFETCH(QString, property);
    QFETCH(QString, definition);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(
                 naming::columnName(property.toStdString(), Json::parse(definition.toStdString()))),
             expected);
}

void TestSchema::httpPath_data()
{
    QTest::addColumn<QString>("plural");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plural") << "People" << "{}" << "/People";
    QTest::addRow("http.path without slash") << "People" << R"({"http": {"path": "persons"}})" << "/persons";
    QTest::addRow("http.path with slash") << "People" << R"({"http": {"path": "/persons"}})" << "/persons";
}

void TestSchema::httpPath()
{
    QFETCH(QString, plural);
    QFETCH(QString, settings);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(naming::httpPath(plural.toStdString(), Json::parse(settings.toStdString()))),
             expected);
}

// One row per relation kind, polymorphic form and property rule; the expected
// graphs were printed by LoopBack itself (tests/tools/lb-graph.js --scenarios).
void TestSchema::scenarios_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    const QString inputFile = graphData + QStringLiteral("/scenarios.json");
    const QString expectedFile = graphData + QStringLiteral("/scenarios.expected.json");
    for (const QString& file : {inputFile, expectedFile}) {
        QVERIFY2(QFile::exists(file), qPrintable(QStringLiteral("%1 is missing; %2").arg(file, regenerate)));
    }
    const Json inputs = readJsonFile(inputFile);
    const Json expected = readJsonFile(expectedFile);
    QVERIFY(inputs.is_object() && expected.is_object());
    QCOMPARE(expected.size(), inputs.size());
    for (const auto& [name, input] : inputs.items()) {
        QVERIFY2(expected.contains(name), name.c_str());
        QTest::addRow("%s", name.c_str()) << QByteArray::fromStdString(input.dump())
                                          << QByteArray::fromStdString(expected[name].dump());
    }
}

void TestSchema::scenarios()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const Json scenario = Json::parse(input.toStdString());
    const auto document = memoryDocument(scenario["models"], scenario.value("modelConfig", Json()));
    const Json graph = graphJson(compile(*document));
    const QString difference = graphDifference(graph, Json::parse(expected.toStdString()));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

// Real apps, against the graph LoopBack builds for them (tests/core/data/graph/<app>.json).
void TestSchema::appGraph_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("expectedFile");
    QTest::addRow("shop sample") << QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop")
                                 << graphData + QStringLiteral("/shop.json");
    // apps.txt lists the corpus apps LoopBack boots, by their folder under ../shared/corpus/lb3.
    QFile list(graphData + QStringLiteral("/apps.txt"));
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text),
             qPrintable(QStringLiteral("%1 is missing; %2").arg(list.fileName(), regenerate)));
    for (const QByteArray& line : list.readAll().split('\n')) {
        const QString app = QString::fromUtf8(line.trimmed());
        if (app.isEmpty())
            continue;
        QTest::addRow("%s", qPrintable(app))
            << test::corpusDir() + u'/' + app << graphData + u'/' + QString(app).replace(u'/', u'.') + QStringLiteral(".json");
    }
}

void TestSchema::appGraph()
{
    QFETCH(QString, app);
    QFETCH(QString, expectedFile);
    if (test::corpusMissing(app))
        return;
    QVERIFY2(QFile::exists(expectedFile), qPrintable(QStringLiteral("%1 is missing; %2").arg(expectedFile, regenerate)));
    io::ReadError error;
    const std::unique_ptr<Document> document = io::read(app, &error);
    QVERIFY2(document, qPrintable(error.message));
    QVERIFY(document->brokenFiles().empty());
    const Json expected = readJsonFile(expectedFile);
    QVERIFY2(expected.is_object(), qPrintable(expectedFile));
    const QString difference = graphDifference(graphJson(compile(*document)), expected);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestSchema::findings_data()
{
    QTest::addColumn<QString>("models");
    QTest::addColumn<QString>("modelConfig");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("fatal");
    QTest::addColumn<QString>("message");
    QTest::addRow("wrongly cased target")
        << R"([{"name": "Order", "relations": {"customer": {"type": "belongsTo", "model": "customer"}}},
              {"name": "Customer"}])"
        << "" << "relation-deferred" << false
        << "LoopBack never sets up the relation `customer` of Order: there is no model named `customer` "
           "(names are case-sensitive)";
    QTest::addRow("target without datasource")
        << R"([{"name": "Order", "relations": {"customer": {"type": "belongsTo", "model": "Customer"}}},
              {"name": "Customer"}])"
        << R"({"Order": {"dataSource": "db"}, "Customer": {"dataSource": null}})" << "relation-deferred"
        << false << "LoopBack never sets up the relation `customer` of Order: `Customer` is not attached to a datasource";
    QTest::addRow("unknown relation type")
        << R"([{"name": "Order", "relations": {"lines": {"type": "hasManyThrough", "model": "Order"}}}])" << ""
        << "relation-invalid" << true << "Invalid relation type: hasManyThrough";
    QTest::addRow("belongsTo without model")
        << R"([{"name": "Order", "relations": {"customer": {"type": "belongsTo"}}}])" << "" << "relation-invalid"
        << true << "belongsTo relation: customer requires param `model`";
    QTest::addRow("polymorphic belongsTo with model")
        << R"([{"name": "Picture", "relations": {"owner": {"type": "belongsTo", "model": "Picture", "polymorphic": true}}}])"
        << "" << "relation-invalid" << true << "polymorphic belongsTo relation: owner does not expect param `model`";
    QTest::addRow("polymorphic foreignKey without discriminator")
        << R"([{"name": "A", "relations": {"b": {"type": "hasMany", "model": "A", "polymorphic": {"foreignKey": "x"}}}}])"
        << "" << "relation-invalid" << true
        << "polymorphic hasMany relation: b requires param `polymorphic.discriminator` when param "
           "`polymorphic.foreignKey` is provided";
    QTest::addRow("guessed target missing")
        << R"([{"name": "Customer", "relations": {"widgets": {"type": "hasMany"}}}])" << ""
        << "relation-target-missing" << true << "Could not find relation widgets for model Customer";
    QTest::addRow("primaryKey missing")
        << R"([{"name": "Order", "relations": {"customer": {"type": "belongsTo", "model": "Customer", "primaryKey": "code"}}},
              {"name": "Customer"}])"
        << R"({"Customer": {"dataSource": "db"}, "Order": {"dataSource": "db"}})" << "relation-key-missing" << true
        << "relation `customer` of Order uses `code`, which is not a property of Customer; LoopBack fails to boot";
    QTest::addRow("unknown base") << R"([{"name": "Order", "base": "Document"}])" << "" << "base-unknown" << true
                                  << "Model not found: model `Order` is extending an unknown model `Document`.";
    QTest::addRow("model not in model-config") << R"([{"name": "Order"}, {"name": "Customer"}])"
                                               << R"({"Customer": {"dataSource": "db"}})" << "model-not-configured"
                                               << false
                                               << "LoopBack does not load `Order`: server/model-config.json does "
                                                  "not list it";
    QTest::addRow("unknown model in model-config") << R"([{"name": "Order"}])"
                                                   << R"({"Order": {"dataSource": "db"}, "Ghost": {"dataSource": "db"}})"
                                                   << "model-unknown" << true << "Cannot configure unknown model Ghost";
    QTest::addRow("dot in a property name") << R"([{"name": "Order", "properties": {"a.b": "string"}}])" << ""
                                            << "property-name-dot" << true
                                            << "Property names containing dot(s) are not supported. Model: Order, "
                                               "property: a.b";
}

void TestSchema::findings()
{
    QFETCH(QString, models);
    QFETCH(QString, modelConfig);
    QFETCH(QString, code);
    QFETCH(bool, fatal);
    QFETCH(QString, message);
    const Schema schema = compileJson(models.toUtf8().constData(),
                                      modelConfig.isEmpty() ? nullptr : modelConfig.toUtf8().constData());
    const Finding* finding = findingOf(schema, code.toStdString());
    QVERIFY2(finding, qPrintable(code));
    QCOMPARE(finding->fatal, fatal);
    QCOMPARE(QString::fromStdString(finding->message), message);
}

void TestSchema::modelSettings()
{
    const Schema schema = compileJson(R"([
        {"name": "Person", "hidden": ["secret"], "scope": {"order": "name"}, "scopes": {"adults": {"where": {"age": {"gt": 17}}}},
         "properties": {"name": "string", "secret": "string"}},
        {"name": "Employee", "base": "Person", "hidden": ["salary"], "strict": "filter", "properties": {"salary": "number"}},
        {"name": "Category", "plural": "Kinds", "http": {"path": "kinds"}, "sqlite3": {"table": "T_CAT"}},
        {"name": "Address", "base": "Model", "idInjection": false, "properties": {"street": "string"}}])");
    const Model* person = schema.model("Person");
    QVERIFY(person);
    QCOMPARE(QString::fromStdString(person->plural), QStringLiteral("People"));
    QCOMPARE(QString::fromStdString(person->httpPath), QStringLiteral("/People"));
    QCOMPARE(QString::fromStdString(person->table), QStringLiteral("person"));
    QVERIFY(person->persisted);
    QVERIFY(!person->strict);
    QVERIFY(person->defaultScope == Json::parse(R"({"order": "name"})"));
    QVERIFY(person->scopes.contains("adults"));
    QVERIFY(person->property("secret")->hidden);
    const Model* employee = schema.model("Employee");
    QVERIFY(employee);
    // hidden accumulates through inheritance; the default scope is inherited too.
    QVERIFY(employee->hidden == (std::vector<std::string>{"secret", "salary"}));
    QVERIFY(employee->property("secret")->hidden);
    QVERIFY(employee->defaultScope == person->defaultScope);
    QVERIFY(employee->strict);
    QVERIFY(employee->bases == (std::vector<std::string>{"Person", "PersistedModel", "Model"}));
    QVERIFY(employee->property("name")->origin == PropertyOrigin::Inherited);
    QCOMPARE(QString::fromStdString(employee->property("name")->originName), QStringLiteral("Person"));
    QVERIFY(employee->property("id")->origin == PropertyOrigin::InjectedId);
    const Model* category = schema.model("Category");
    QCOMPARE(QString::fromStdString(category->plural), QStringLiteral("Kinds"));
    QCOMPARE(QString::fromStdString(category->httpPath), QStringLiteral("/kinds"));
    QCOMPARE(QString::fromStdString(category->table), QStringLiteral("T_CAT"));
    const Model* address = schema.model("Address");
    QVERIFY(!address->persisted);
    QVERIFY(!address->idInjection);
    QCOMPARE(QString::fromStdString(address->idName()), QStringLiteral("id"));
}

void TestSchema::builtinModels()
{
    const Schema schema = compileJson(
        R"([{"name": "Account", "base": "User", "properties": {"nick": "string"},
             "relations": {"roles": {"type": "hasMany", "model": "RoleMapping", "foreignKey": "principalId"}}}])");
    const Model* user = schema.model("User");
    QVERIFY(user && user->builtin);
    QVERIFY(schema.model("AccessToken") && schema.model("Role") && schema.model("ACL"));
    const Model* account = schema.model("Account");
    QVERIFY(account && !account->builtin);
    QCOMPARE(QString::fromStdString(account->bases.front()), QStringLiteral("User"));
    QVERIFY(account->property("email") && account->property("email")->required);
    QVERIFY(account->property("password")->hidden);
    const Relation* roles = account->relation("roles");
    QVERIFY(roles && roles->resolved);
    const Relation* tokens = account->relation("accessTokens");
    QVERIFY(tokens && tokens->resolved);
    QVERIFY(tokens->disableInclude());
    // The built-in models the app extends or relates to are part of its graph,
    // marked as LoopBack's own; those it never names are not.
    const Json graph = graphJson(schema);
    const Json& models = graph["models"];
    QVERIFY(models.contains("Account"));
    QVERIFY(!models["Account"].contains("builtin"));
    for (const char* used : {"User", "AccessToken", "RoleMapping", "Role"}) {
        QVERIFY2(models.contains(used), used);
        QVERIFY(models[used].value("builtin", false));
        QVERIFY(schema.model(used)->used);
    }
    QVERIFY(!models.contains("ACL"));
    QVERIFY(!schema.model("ACL")->used);
    QVERIFY(models["AccessToken"]["relations"]["user"]["modelTo"] == "User");
}

void TestSchema::collectRelation()
{
    const Schema schema = compileJson(R"([
        {"name": "Physician", "relations": {"patients": {"type": "hasMany", "model": "Patient", "through": "Appointment"}}},
        {"name": "Patient", "relations": {"physicians": {"type": "hasMany", "model": "Physician", "through": "Appointment", "keyThrough": "doctorId"}}},
        {"name": "Appointment", "relations": {"sick": {"type": "belongsTo", "model": "Patient", "foreignKey": "patientId"},
                                              "doctor": {"type": "belongsTo", "model": "Physician", "foreignKey": "doctorId"}}},
        {"name": "Picture", "relations": {"articles": {"type": "hasMany", "model": "Article", "through": "Link", "polymorphic": "imageable", "invert": true}}},
        {"name": "Article"},
        {"name": "Link", "relations": {"imageable": {"type": "belongsTo", "polymorphic": true}, "picture": {"type": "belongsTo", "model": "Picture"}}}])");
    QCOMPARE(QString::fromStdString(schema.model("Physician")->relation("patients")->collect), QStringLiteral("sick"));
    QCOMPARE(QString::fromStdString(schema.model("Patient")->relation("physicians")->collect), QStringLiteral("doctor"));
    QCOMPARE(QString::fromStdString(schema.model("Picture")->relation("articles")->collect), QStringLiteral("imageable"));
}

void TestSchema::relationHelpers()
{
    const Schema schema = compileJson(R"([
        {"name": "Customer", "relations": {
            "orders": {"type": "hasMany", "model": "Order", "options": {"http": {"path": "purchases"}}},
            "tags": {"type": "hasAndBelongsToMany", "model": "Tag"}}},
        {"name": "Order"}, {"name": "Tag"}])");
    const Model* customer = schema.model("Customer");
    QCOMPARE(QString::fromStdString(customer->relation("orders")->httpPath()), QStringLiteral("purchases"));
    QVERIFY(!customer->relation("orders")->disableInclude());
    const Relation* tags = customer->relation("tags");
    QVERIFY(tags->kind == RelationKind::HasAndBelongsToMany);
    QCOMPARE(QString::fromStdString(tags->type), QStringLiteral("hasAndBelongsToMany"));
    QVERIFY(tags->toJson()["type"] == "hasMany");
    QCOMPARE(QString::fromStdString(tags->httpPath()), QStringLiteral("tags"));
    const Model* through = schema.model("CustomerTag");
    QVERIFY(through && through->generated && through->persisted && through->attached);
    QVERIFY(through->relation("customer")->generated);
    QCOMPARE(QString::fromLatin1(relationKindName(RelationKind::HasManyThrough)), QStringLiteral("hasManyThrough"));
}

void TestSchema::lookups()
{
    const auto document = memoryDocument(Json::parse(R"([
        {"name": "Customer", "relations": {"orders": {"type": "hasMany", "model": "Order"}}},
        {"name": "Order", "relations": {"customer": {"type": "belongsTo", "model": "Customer"}}}])"));
    const Schema schema = compile(*document);
    QCOMPARE(QString::fromStdString(schema.modelIgnoringCase("customer")->name), QStringLiteral("Customer"));
    QVERIFY(!schema.model("customer"));
    QCOMPARE(QString::fromStdString(schema.model(document->modelIds().front())->name), QStringLiteral("Customer"));
    const auto incoming = schema.incoming("Order");
    QCOMPARE(incoming.size(), std::size_t(1));
    QCOMPARE(QString::fromStdString(incoming.front().first->name), QStringLiteral("Customer"));
    QCOMPARE(QString::fromStdString(incoming.front().second->name), QStringLiteral("orders"));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
