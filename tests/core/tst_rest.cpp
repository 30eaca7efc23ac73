#include "document/document.h"
#include "io/app_io.h"
#include "rest/routes.h"
#include "schema/schema.h"

#include <QProcess>
#include <QTest>

using namespace relata;

namespace {

const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");

const schema::Schema& shop()
{
    static const schema::Schema schema = [] {
        const std::unique_ptr<Document> document = io::read(shopApp);
        return document ? schema::compile(*document) : schema::Schema();
    }();
    return schema;
}

// "VERB path method ACCESS" for the routes of one relation (or named scope), nested ones left out.
QStringList routeLines(const std::string& modelName, const QString& name)
{
    QStringList lines;
    const schema::Model* model = shop().model(modelName);
    if (!model)
        return {QStringLiteral("no model ") + QString::fromStdString(modelName)};
    for (const rest::Route& route : rest::modelRoutes(shop(), *model)) {
        const QString method = QString::fromStdString(route.method);
        const bool ours = QString::fromStdString(route.relation) == name
                          || QString::fromStdString(route.scope) == name;
        if (!ours || method.count(QStringLiteral("__")) > 2)
            continue;
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(QString::fromStdString(route.verb), QString::fromStdString(route.path),
                          method, QString::fromStdString(route.accessType));
    }
    return lines;
}

QStringList hasOneLines(const QString& base, const QString& name)
{
    return {QStringLiteral("GET %1/{id}/%2 prototype.__get__%2 READ").arg(base, name),
            QStringLiteral("POST %1/{id}/%2 prototype.__create__%2 WRITE").arg(base, name),
            QStringLiteral("PUT %1/{id}/%2 prototype.__update__%2 WRITE").arg(base, name),
            QStringLiteral("DELETE %1/{id}/%2 prototype.__destroy__%2 WRITE").arg(base, name)};
}

// hasManyRemoting's id routes, the /rel/ routes when `linked`, then scopeRemoting's.
QStringList toManyLines(const QString& base, const QString& name, bool linked,
                        const QString& path = {})
{
    const QString segment = path.isEmpty() ? name : path;
    const QString at = base + QStringLiteral("/{id}/") + segment;
    QStringList lines = {QStringLiteral("GET %1/{fk} prototype.__findById__%2 READ").arg(at, name),
                         QStringLiteral("DELETE %1/{fk} prototype.__destroyById__%2 WRITE").arg(at, name),
                         QStringLiteral("PUT %1/{fk} prototype.__updateById__%2 WRITE").arg(at, name)};
    if (linked)
        lines << QStringLiteral("PUT %1/rel/{fk} prototype.__link__%2 WRITE").arg(at, name)
              << QStringLiteral("DELETE %1/rel/{fk} prototype.__unlink__%2 WRITE").arg(at, name)
              << QStringLiteral("HEAD %1/rel/{fk} prototype.__exists__%2 READ").arg(at, name);
    lines << QStringLiteral("GET %1 prototype.__get__%2 READ").arg(at, name)
          << QStringLiteral("POST %1 prototype.__create__%2 WRITE").arg(at, name)
          << QStringLiteral("DELETE %1 prototype.__delete__%2 WRITE").arg(at, name)
          << QStringLiteral("GET %1/count prototype.__count__%2 READ").arg(at, name);
    return lines;
}

} // namespace

class TestRest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void relationRoutes_data();
    void relationRoutes();
    void nestRemoting();
    void descriptions_data();
    void descriptions();
    void routesJsonListsPublicModels();
    void cliRoutes();
};

void TestRest::initTestCase()
{
    QVERIFY2(shop().model("Customer"), "the shop sample did not compile");
}

void TestRest::relationRoutes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("belongsTo") << "Order" << "customer"
                               << QStringList{"GET /Orders/{id}/customer prototype.__get__customer READ"};
    QTest::addRow("polymorphic belongsTo") << "Picture" << "imageable"
                                           << QStringList{"GET /Pictures/{id}/imageable prototype.__get__imageable READ"};
    QTest::addRow("hasOne") << "Customer" << "profile" << hasOneLines("/Customers", "profile");
    QTest::addRow("polymorphic hasOne") << "Author" << "avatar" << hasOneLines("/Authors", "avatar");
    QTest::addRow("embedsOne") << "Customer" << "address" << hasOneLines("/Customers", "address");
    QTest::addRow("hasMany") << "Customer" << "comments" << toManyLines("/Customers", "comments", false);
    QTest::addRow("hasMany, options.http.path") << "Customer" << "bigOrders"
                                                << toManyLines("/Customers", "bigOrders", false, "big-orders");
    QTest::addRow("polymorphic hasMany") << "Customer" << "pictures" << toManyLines("/Customers", "pictures", false);
    QTest::addRow("hasMany through") << "Physician" << "patients" << toManyLines("/Physicians", "patients", true);
    QTest::addRow("polymorphic hasMany through") << "Product" << "gallery" << toManyLines("/Products", "gallery", true);
    QTest::addRow("hasAndBelongsToMany") << "Assembly" << "parts" << toManyLines("/Assemblies", "parts", true);
    QTest::addRow("referencesMany") << "Customer" << "favorites" << toManyLines("/Customers", "favorites", true);
    QTest::addRow("embedsMany") << "Customer" << "emails" << toManyLines("/Customers", "emails", false);
    QTest::addRow("named scope")
        << "Customer" << "vips"
        << QStringList{"GET /Customers/vips __get__vips READ", "POST /Customers/vips __create__vips WRITE",
                       "DELETE /Customers/vips __delete__vips WRITE",
                       "GET /Customers/vips/count __count__vips READ"};
}

void TestRest::relationRoutes()
{
    QFETCH(QString, model);
    QFETCH(QString, relation);
    QFETCH(QStringList, expected);
    QCOMPARE(routeLines(model.toStdString(), relation), expected);
}

void TestRest::nestRemoting()
{
    const schema::Model* customer = shop().model("Customer");
    const schema::Model* order = shop().model("Order");
    QVERIFY(customer && order);
    QStringList nested;
    for (const rest::Route& route : rest::modelRoutes(shop(), *customer)) {
        if (QString::fromStdString(route.method).count(QStringLiteral("__")) == 3)
            nested << QString::fromStdString(route.verb + " " + route.path + " " + route.method + " "
                                             + route.accessType);
    }
    // Every instance route of Order re-exposed under /orders/{nk}, named __verb__orders__x.
    std::size_t orderInstanceRoutes = 0;
    for (const rest::Route& route : rest::modelRoutes(shop(), *order))
        orderInstanceRoutes += route.method.starts_with("prototype.") ? 1 : 0;
    QCOMPARE(std::size_t(nested.size()), orderInstanceRoutes);
    QVERIFY(nested.contains("GET /Customers/{id}/orders/{nk}/customer prototype.__get__orders__customer READ"));
    QVERIFY(nested.contains("GET /Customers/{id}/orders/{nk}/items/count prototype.__count__orders__items READ"));
    QVERIFY(nested.contains("PUT /Customers/{id}/orders/{nk}/items/{fk} prototype.__updateById__orders__items WRITE"));
    QVERIFY(nested.contains("POST /Customers/{id}/orders/{nk}/comments prototype.__create__orders__comments WRITE"));
}

void TestRest::descriptions_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("description");
    QTest::addRow("belongsTo") << "Order" << "prototype.__get__customer" << "Fetches belongsTo relation customer.";
    QTest::addRow("hasOne get") << "Customer" << "prototype.__get__profile" << "Fetches hasOne relation profile.";
    QTest::addRow("hasOne update") << "Customer" << "prototype.__update__profile" << "Update profile of this model.";
    QTest::addRow("findById") << "Customer" << "prototype.__findById__comments" << "Find a related item by id for comments.";
    QTest::addRow("unlink") << "Physician" << "prototype.__unlink__patients" << "Remove the patients relation to an item by id.";
    QTest::addRow("scope get") << "Customer" << "prototype.__get__orders" << "Queries orders of Customer.";
    QTest::addRow("scope count") << "Customer" << "__count__vips" << "Counts vips of Customer.";
    QTest::addRow("scope delete") << "Customer" << "prototype.__delete__emails" << "Deletes all emails of this model.";
}

void TestRest::descriptions()
{
    QFETCH(QString, model);
    QFETCH(QString, method);
    QFETCH(QString, description);
    const schema::Model* found = shop().model(model.toStdString());
    QVERIFY(found);
    QStringList matches;
    for (const rest::Route& route : rest::modelRoutes(shop(), *found)) {
        if (QString::fromStdString(route.method) == method)
            matches << QString::fromStdString(route.description);
    }
    QCOMPARE(matches, QStringList{description});
}

void TestRest::routesJsonListsPublicModels()
{
    const Json all = rest::routesJson(shop());
    QVERIFY(all["models"].contains("Customer"));
    QVERIFY(all["models"]["Customer"]["httpPath"] == "/Customers");
    QVERIFY(!all["models"].contains("AssemblyPart")); // public: false in model-config
    QVERIFY(!all["models"].contains("Address"));
    const Json one = rest::routesJson(shop(), "AssemblyPart");
    QCOMPARE(one["models"].size(), std::size_t(1));
    QVERIFY(one["models"]["AssemblyPart"]["public"] == false);
    const Json route = all["models"]["Physician"]["routes"][0];
    QVERIFY2(route == (Json{{"verb", "GET"},
                          {"path", "/Physicians/{id}/patients/{fk}"},
                          {"method", "prototype.__findById__patients"},
                          {"accessType", "READ"},
                          {"relation", "patients"},
                          {"description", "Find a related item by id for patients."}}),
             route.dump().c_str());
}

void TestRest::cliRoutes()
{
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("routes"), shopApp, QStringLiteral("Order")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const Json printed = Json::parse(cli.readAllStandardOutput().toStdString(), nullptr, false);
    QVERIFY(printed == rest::routesJson(shop(), "Order"));
    cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("routes"), shopApp, QStringLiteral("Nope")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 2);
    QVERIFY(cli.readAllStandardError().contains("no model named \"Nope\""));
}

QTEST_GUILESS_MAIN(TestRest)
#include "tst_rest.moc"
