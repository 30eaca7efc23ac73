#include "document/document.h"
#include "io/app_io.h"
#include "query/engine.h"
#include "query/filter_normalize.h"
#include "query/sql_builder.h"
#include "query/statement_cache.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "store/fixtures.h"
#include "store/js_values.h"

#include "json/json_depth.h"
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>
#include <map>
#include <memory>

using namespace relata;

Q_DECLARE_METATYPE(relata::Json)

namespace {

const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
const QString shopDatabase = QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/shop.sqlite");

constexpr int manyCustomers = 600; // more than the juggler's page of 256 keys
constexpr int manyPhysicians = 300;
constexpr int manyPatients = 400;

// Deterministic rows large enough for every paging path of include.
Json manyRows()
{
    Json data = Json::object();
    Json customers = Json::array();
    for (int i = 1; i <= manyCustomers; ++i)
        customers.push_back({{"id", i}, {"name", "Customer " + std::to_string(i)}, {"vip", i % 3 == 0}});
    Json orders = Json::array();
    for (int i = 1; i <= 3 * manyCustomers; ++i) {
        Json order = {{"id", i}, {"total", (i * 37) % 500}, {"status", i % 4 ? "open" : "shipped"}};
        order["customerId"] = i % 7 == 0 ? Json() : Json((i * 53) % manyCustomers + 1);
        orders.push_back(order);
    }
    Json physicians = Json::array();
    for (int i = 1; i <= manyPhysicians; ++i)
        physicians.push_back({{"id", i}, {"name", "Dr " + std::to_string((i * 7) % 101)}});
    Json patients = Json::array();
    for (int i = 1; i <= manyPatients; ++i)
        patients.push_back({{"id", i}, {"name", "Patient " + std::to_string((i * 13) % 97)}});
    Json appointments = Json::array();
    for (int i = 1; i <= 4 * manyPhysicians; ++i)
        appointments.push_back({{"id", i},
                                {"physicianId", (i * 17) % manyPhysicians + 1},
                                {"patientId", (i * 29) % manyPatients + 1},
                                {"appointmentDate", "2024-01-01T00:00:00.000Z"}});
    data["Customer"] = std::move(customers);
    data["Order"] = std::move(orders);
    data["Physician"] = std::move(physicians);
    data["Patient"] = std::move(patients);
    data["Appointment"] = std::move(appointments);
    return data;
}

QByteArray printable(const Json& value)
{
    return QByteArray::fromStdString(store::jsStringify(value));
}

} // namespace

// The engine's own guarantees beyond what the conformance cases compare:
// values are bound, statements are reused, include issues one query per level
// (never one per parent) whatever the number of parents, and the results of
// paged includes equal a direct computation.
class TestQuery : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void whereBindsValues_data();
    void whereBindsValues();
    void selectBindsPaging();
    void statementsAreReused();
    void scrollingKeepsOneStatement();
    void statementCacheStaysBounded();
    void perParentIncludeKeepsScopeConditions();
    void includeQueriesPerLevel_data();
    void includeQueriesPerLevel();
    void longKeyListsScanTheTable_data();
    void longKeyListsScanTheTable();
    void pagedIncludeMatchesDirectComputation();
    void throughIncludeFollowsLinks();
    void includeKeysAndRepeatsAsLoopBack_data();
    void includeKeysAndRepeatsAsLoopBack();
    void relatedWithoutFilterIsTheRestCall();
    void errorsAreValues_data();
    void errorsAreValues();
    void findByIdGivesObjectOrNull();
    void storeLoadsWhatLoopBackLoads();
    void commandLine_data();
    void commandLine();
    void commandLineRepeatPrintsTiming();
    void deepNestingIsAnError_data();
    void deepNestingIsAnError();

private:
    std::unique_ptr<Document> m_document;
    schema::Schema m_schema;
    std::unique_ptr<store::Connection> m_shop;
    std::unique_ptr<query::Engine> m_shopEngine;
    QTemporaryDir m_directory;
    std::unique_ptr<store::Connection> m_many;
    std::unique_ptr<query::Engine> m_manyEngine;
    Json m_manyData;
    std::unique_ptr<store::Connection> m_edges;
    std::unique_ptr<query::Engine> m_edgesEngine;
};

void TestQuery::initTestCase()
{
    m_document = io::read(shopApp);
    QVERIFY(m_document);
    m_schema = schema::compile(*m_document);
    store::Error error;
    m_shop = store::Connection::open(shopDatabase, {}, &error);
    QVERIFY2(m_shop, qPrintable(error.text()));
    m_shopEngine = std::make_unique<query::Engine>(m_schema, *m_shop);

    QVERIFY(m_directory.isValid());
    m_many = store::Connection::open(m_directory.filePath(QStringLiteral("many.sqlite")),
                                     {store::Access::ReadWrite}, &error);
    QVERIFY2(m_many, qPrintable(error.text()));
    m_manyData = manyRows();
    const store::LoadResult loaded = store::loadFixtures(*m_many, m_schema, m_manyData);
    QVERIFY2(loaded.ok(), loaded.error ? loaded.error->text().c_str() : "");
    m_manyEngine = std::make_unique<query::Engine>(m_schema, *m_many);

    // Every shape of a referencesMany id list, and a product linked to no tag.
    m_edges = store::Connection::open(m_directory.filePath(QStringLiteral("edges.sqlite")),
                                      {store::Access::ReadWrite}, &error);
    QVERIFY2(m_edges, qPrintable(error.text()));
    const store::LoadResult edges = store::loadFixtures(*m_edges, m_schema, Json::parse(R"({
        "Category": [{"id": 1, "name": "Shoes"}],
        "Product": [{"id": 1, "name": "Boot", "sku": "B1", "categoryId": 1},
                    {"id": 2, "name": "Sandal", "sku": "S1", "categoryId": 1}],
        "Tag": [{"id": 1, "name": "new"}],
        "ProductTag": [{"id": 1, "productId": 1, "tagId": 1}],
        "Customer": [{"id": 1, "name": "listed", "productIds": [2, 1]}, {"id": 2, "name": "empty", "productIds": []},
                     {"id": 3, "name": "null", "productIds": null}, {"id": 4, "name": "dangling", "productIds": [99]}],
        "Order": [{"id": 1, "customerId": 1}, {"id": 2, "customerId": 2}, {"id": 3, "customerId": 3},
                  {"id": 4, "customerId": 4}]})"));
    QVERIFY2(edges.ok(), edges.error ? edges.error->text().c_str() : "");
    m_edgesEngine = std::make_unique<query::Engine>(m_schema, *m_edges);
}

void TestQuery::whereBindsValues_data()
{
    QTest::addColumn<Json>("where");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<Json>("bindings");
    auto row = [](const char* name, const char* where, const char* sql, const char* bindings) {
        QTest::addRow("%s", name) << Json::parse(where) << QString::fromUtf8(sql) << Json::parse(bindings);
    };
    row("equality", R"({"city": "London"})", R"("city"=?)", R"(["London"])");
    row("null", R"({"email": null})", R"("email" IS NULL)", "[]");
    row("neq", R"({"city": {"neq": "x"}})", R"("city"!=?)", R"(["x"])");
    row("neq null", R"({"city": {"neq": null}})", R"("city" IS NOT NULL)", "[]");
    row("gt", R"({"age": {"gt": 3}})", R"("age">?)", "[3]");
    row("gte", R"({"age": {"gte": 3}})", R"("age">=?)", "[3]");
    row("lt", R"({"age": {"lt": 3}})", R"("age"<?)", "[3]");
    row("lte", R"({"age": {"lte": 3}})", R"("age"<=?)", "[3]");
    row("between", R"({"age": {"between": [1, 9]}})", R"("age" BETWEEN ? AND ?)", "[1, 9]");
    row("inq", R"({"id": {"inq": [1, 2]}})", R"("id" IN (?,?))", "[1, 2]");
    row("inq empty", R"({"id": {"inq": []}})", R"("id" IN (?))", "[null]");
    row("nin", R"({"id": {"nin": [1]}})", R"("id" NOT IN (?))", "[1]");
    row("nin empty", R"({"id": {"nin": []}})", "", "[]");
    row("like", R"({"name": {"like": "a%"}})", R"("name" LIKE ?)", R"(["a%"])");
    row("nlike", R"({"name": {"nlike": "a%"}})", R"("name" NOT LIKE ?)", R"(["a%"])");
    row("ilike folds both sides", R"({"name": {"ilike": "A%"}})", R"(RELATA_CASEFOLD("name") LIKE RELATA_CASEFOLD(?))",
        R"(["A%"])");
    row("nilike", R"({"name": {"nilike": "A%"}})", R"(RELATA_CASEFOLD("name") NOT LIKE RELATA_CASEFOLD(?))",
        R"(["A%"])");
    // Coercion's RegExp value, which JSON text cannot spell.
    QTest::addRow("regexp") << Json{{"name", {{"regexp", query::makeRegExp("^a", "i")}}}}
                            << QStringLiteral(R"("name" REGEXP ?)") << Json::parse(R"(["/^a/i"])");
    row("boolean as 0/1", R"({"vip": false})", R"("vip"=?)", "[0]");
    row("like on a number binds null", R"({"age": {"like": "3%"}})", R"("age" LIKE ?)", "[null]");
    row("array property as JSON text", R"({"productIds": 3})", R"("productids"=?)", R"(["3"])");
    row("and/or", R"({"or": [{"city": "a"}, {"and": [{"age": 1}, {"vip": true}]}]})",
        R"(("city"=?) OR (("age"=?) AND ("vip"=?)))", R"(["a", 1, 1])");
    row("undeclared and dotted keys dropped", R"({"nope": 1, "billingAddress.city": "x", "id": 2})", R"("id"=?)",
        "[2]");
    row("hostile value is data", R"({"name": "'; DROP TABLE customer; --"})", R"("name"=?)",
        R"(["'; DROP TABLE customer; --"])");
}

void TestQuery::whereBindsValues()
{
    QFETCH(Json, where);
    QFETCH(QString, sql);
    QFETCH(Json, bindings);
    const query::SqlStatement statement = query::buildWhere(*m_schema.model("Customer"), where);
    QCOMPARE(statement.sql, sql);
    Json bound = Json::array();
    for (const QVariant& value : statement.bindings) {
        if (value.isNull())
            bound.push_back(nullptr);
        else if (value.typeId() == QMetaType::QString)
            bound.push_back(value.toString().toStdString());
        else
            bound.push_back(value.toDouble());
    }
    QCOMPARE(printable(bound), printable(bindings));
}

void TestQuery::selectBindsPaging()
{
    const schema::Model& customer = *m_schema.model("Customer");
    const auto columns = query::selectedProperties(customer, Json());
    auto build = [&](const char* text) {
        Json filter = Json::parse(text);
        query::normalizeFilter(filter, customer, m_schema);
        return query::buildSelect(customer, filter, columns);
    };
    // Limit and offset follow the condition's values; every page has the same text.
    const query::SqlStatement paged = build(R"({"where": {"city": "x"}, "limit": "5", "skip": 2})");
    QVERIFY2(paged.sql.endsWith(QStringLiteral(" WHERE \"city\"=? ORDER BY \"id\" LIMIT ? OFFSET ?")),
             qPrintable(paged.sql));
    QCOMPARE(paged.bindings, (QVariantList{QStringLiteral("x"), qint64(5), qint64(2)}));
    QCOMPARE(build(R"({"where": {"city": "x"}, "limit": 5, "skip": 400})").sql, paged.sql);
    // SQLite has no OFFSET without LIMIT: -1 is no limit.
    const query::SqlStatement offsetOnly
        = query::buildSelect(customer, Json::parse(R"({"offset": 3})"), columns); // normalizing adds limit 100
    QVERIFY2(offsetOnly.sql.endsWith(QStringLiteral(" LIMIT ? OFFSET ?")), qPrintable(offsetOnly.sql));
    QCOMPARE(offsetOnly.bindings, (QVariantList{qint64(-1), qint64(3)}));
    const query::SqlStatement limitOnly = build(R"({"limit": 7})");
    QVERIFY2(limitOnly.sql.endsWith(QStringLiteral(" LIMIT ?")), qPrintable(limitOnly.sql));
    QCOMPARE(limitOnly.bindings, (QVariantList{qint64(7)}));
}

void TestQuery::statementsAreReused()
{
    const Json filter = Json::parse(R"({"where": {"vip": true}, "include": "orders"})");
    const query::QueryResult first = m_shopEngine->find("Customer", filter);
    QVERIFY(first.ok());
    const query::Engine::Statistics before = m_shopEngine->statistics();
    const query::QueryResult second = m_shopEngine->find("Customer", filter);
    const query::Engine::Statistics after = m_shopEngine->statistics();
    QCOMPARE(printable(second.value), printable(first.value));
    QCOMPARE(after.prepared, before.prepared);
    QCOMPARE(after.executed, before.executed + 2);
}

// A preview scrolled page by page: one prepared statement for every page
// after the first (LIMIT and OFFSET are bound), the cache within its bound,
// and the pages together are the unpaged rows.
void TestQuery::scrollingKeepsOneStatement()
{
    constexpr int pageSize = 7;
    const query::QueryResult all = m_manyEngine->find("Order", Json::parse(R"({"order": "total DESC"})"));
    QVERIFY(all.ok());
    const int pages = int(all.value.size() + pageSize - 1) / pageSize;
    QVERIFY(pages > 4 * int(query::StatementCache::defaultCapacity));
    const query::Engine::Statistics before = m_manyEngine->statistics();
    Json scrolled = Json::array();
    for (int page = 0; page < pages; ++page) {
        Json filter = Json::parse(R"({"order": "total DESC"})");
        filter["limit"] = pageSize;
        filter["skip"] = page * pageSize;
        const query::QueryResult result = m_manyEngine->find("Order", filter);
        QVERIFY2(result.ok(), result.error ? result.error->message.c_str() : "");
        QVERIFY(result.value.size() <= std::size_t(pageSize));
        for (const Json& row : result.value)
            scrolled.push_back(row);
        const query::Engine::Statistics now = m_manyEngine->statistics();
        QVERIFY2(now.cached <= now.cacheCapacity, qPrintable(QStringLiteral("%1 statements kept after page %2")
                                                                   .arg(now.cached).arg(page)));
    }
    const query::Engine::Statistics after = m_manyEngine->statistics();
    QCOMPARE(printable(scrolled), printable(all.value));
    QCOMPARE(int(after.executed - before.executed), pages);
    // The first page has no OFFSET; every later page reuses one statement.
    QVERIFY2(after.prepared - before.prepared <= 2,
             qPrintable(QStringLiteral("%1 statements prepared for %2 pages").arg(after.prepared - before.prepared).arg(pages)));
}

// Statements of distinct text (here an `or` of every length) beyond the bound:
// the oldest are finalized, the cache never holds more than its capacity, and
// a statement prepared again answers as before.
void TestQuery::statementCacheStaysBounded()
{
    query::Engine engine(m_schema, *m_many);
    const int distinct = 3 * int(query::StatementCache::defaultCapacity);
    auto idsUpTo = [](int count) {
        Json ids = Json::array();
        for (int id = 1; id <= count; ++id)
            ids.push_back({{"id", id}});
        return Json{{"where", {{"or", ids}}}, {"fields", {"id"}}};
    };
    for (int round = 0; round < 2; ++round) {
        for (int count = 1; count <= distinct; ++count) {
            const query::QueryResult result = engine.find("Customer", idsUpTo(count));
            QVERIFY2(result.ok(), result.error ? result.error->message.c_str() : "");
            QCOMPARE(int(result.value.size()), count);
            QCOMPARE(result.value.back()["id"].get<int>(), count);
            QVERIFY(engine.statistics().cached <= engine.statistics().cacheCapacity);
        }
    }
    const query::Engine::Statistics statistics = engine.statistics();
    QCOMPARE(statistics.cacheCapacity, query::StatementCache::defaultCapacity);
    QCOMPARE(statistics.cached, statistics.cacheCapacity);
    QCOMPARE(int(statistics.prepared), 2 * distinct); // evicted in the first round, prepared again in the second
    QCOMPARE(int(statistics.executed), 2 * distinct);
    // The most recent statements are still kept.
    engine.find("Customer", idsUpTo(distinct));
    QCOMPARE(int(engine.statistics().prepared), 2 * distinct);
}

// A per-parent include of a relation with a scope of its own: the merged
// `and` holds the keys' inq, and each parent's query answers with that
// parent's rows only, as a direct computation gives them.
void TestQuery::perParentIncludeKeepsScopeConditions()
{
    std::map<int, std::vector<int>> bigTotals; // per customer, the totals over 100
    for (const Json& order : m_manyData["Order"]) {
        if (!order["customerId"].is_null() && order["total"].get<int>() > 100)
            bigTotals[order["customerId"].get<int>()].push_back(order["total"].get<int>());
    }
    const query::Engine::Statistics before = m_manyEngine->statistics();
    const query::QueryResult result = m_manyEngine->find(
        "Customer",
        Json::parse(R"({"fields": ["id"], "include": {"relation": "bigOrders", "scope": {"skip": 1, "limit": 2}}})"));
    QVERIFY2(result.ok(), result.error ? result.error->message.c_str() : "");
    QCOMPARE(int(m_manyEngine->statistics().executed - before.executed), 1 + manyCustomers);
    QCOMPARE(int(result.value.size()), manyCustomers);
    int nonEmpty = 0;
    for (const Json& customer : result.value) {
        const int id = customer["id"].get<int>();
        // The relation's order is "total DESC": the second and third largest totals.
        std::vector<int> totals = bigTotals[id];
        std::sort(totals.begin(), totals.end(), std::greater<>());
        Json expected = Json::array();
        for (std::size_t i = 1; i < totals.size() && i < 3; ++i)
            expected.push_back(totals[i]);
        Json got = Json::array();
        for (const Json& order : customer["bigOrders"]) {
            QCOMPARE(order["customerId"].get<int>(), id);
            got.push_back(order["total"]);
        }
        nonEmpty += got.empty() ? 0 : 1;
        QCOMPARE(printable(got), printable(expected));
    }
    QVERIFY(nonEmpty > manyCustomers / 4);
}

void TestQuery::includeQueriesPerLevel_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Json>("filter");
    QTest::addColumn<int>("statements");
    auto row = [](const char* name, const char* model, const char* filter, int statements) {
        QTest::addRow("%s", name) << QString::fromLatin1(model) << Json::parse(filter) << statements;
    };
    row("hasMany over 600 parents", "Customer", R"({"include": "orders"})", 2);
    row("belongsTo over 1800 rows", "Order", R"({"include": "customer"})", 2);
    row("two levels", "Customer", R"({"include": {"orders": "customer"}})", 3);
    row("two relations", "Customer", R"({"include": ["orders", "profile"]})", 3);
    // LoopBack's one query per parent when the include scope pages.
    row("scope limit pages per parent", "Customer", R"({"include": {"relation": "orders", "scope": {"limit": 1}}})",
        1 + manyCustomers);
    // Through rows and targets in pages of 256 keys, whose order shows in the result.
    row("through in pages", "Physician", R"({"include": "patients"})", 1 + 2 + 2);
}

void TestQuery::includeQueriesPerLevel()
{
    QFETCH(QString, model);
    QFETCH(Json, filter);
    QFETCH(int, statements);
    const query::Engine::Statistics before = m_manyEngine->statistics();
    const query::QueryResult result = m_manyEngine->find(model.toStdString(), filter);
    QVERIFY2(result.ok(), result.error ? result.error->message.c_str() : "");
    QCOMPARE(int(m_manyEngine->statistics().executed - before.executed), statements);
}

// An include's key list of more than 256 keys that names a quarter of the
// target table's rows or more reads the table in one pass (NOT INDEXED); the
// rows are the same (pagedIncludeMatchesDirectComputation covers 600 keys).
void TestQuery::longKeyListsScanTheTable_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Json>("filter");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("scan");
    auto row = [](const char* name, const char* model, const char* filter, const char* target, bool scan) {
        QTest::addRow("%s", name) << QString::fromLatin1(model) << Json::parse(filter) << QString::fromLatin1(target)
                                  << scan;
    };
    row("600 customer keys, 1800 orders", "Customer", R"({"include": "orders"})", "Order", true);
    row("600 customer keys from 1800 orders", "Order", R"({"include": "customer"})", "Customer", true);
    row("300 customer keys, 1800 orders", "Customer", R"({"where": {"id": {"lte": 300}}, "include": "orders"})",
        "Order", false);
    row("100 customer keys", "Customer", R"({"where": {"id": {"lte": 100}}, "include": "orders"})", "Order", false);
}

void TestQuery::longKeyListsScanTheTable()
{
    QFETCH(QString, model);
    QFETCH(Json, filter);
    QFETCH(QString, target);
    QFETCH(bool, scan);
    query::QueryTrace trace;
    m_manyEngine->setTrace(&trace);
    const query::QueryResult result = m_manyEngine->find(model.toStdString(), filter);
    m_manyEngine->setTrace(nullptr);
    QVERIFY2(result.ok(), result.error ? result.error->message.c_str() : "");
    QCOMPARE(int(trace.size()), 2);
    QCOMPARE(QString::fromStdString(trace[1].model), target);
    QCOMPARE(trace[1].sql.contains(QStringLiteral(" NOT INDEXED")), scan);
    QVERIFY(!trace[0].sql.contains(QStringLiteral(" NOT INDEXED")));
}

void TestQuery::pagedIncludeMatchesDirectComputation()
{
    std::map<int, std::vector<int>> ordersByCustomer;
    for (const Json& order : m_manyData["Order"]) {
        if (!order["customerId"].is_null())
            ordersByCustomer[order["customerId"].get<int>()].push_back(order["id"].get<int>());
    }
    const query::QueryResult result
        = m_manyEngine->find("Customer", Json::parse(R"({"fields": ["id"], "include": "orders"})"));
    QVERIFY(result.ok());
    QCOMPARE(int(result.value.size()), manyCustomers);
    for (const Json& customer : result.value) {
        std::vector<int> ids;
        for (const Json& order : customer["orders"])
            ids.push_back(order["id"].get<int>());
        QCOMPARE(ids, ordersByCustomer[customer["id"].get<int>()]);
    }
}

void TestQuery::throughIncludeFollowsLinks()
{
    // Without paging options the targets come in target-id order within each
    // page of 256 target ids, one entry per appointment.
    std::map<int, std::vector<int>> linked;
    for (const Json& appointment : m_manyData["Appointment"])
        linked[appointment["physicianId"].get<int>()].push_back(appointment["patientId"].get<int>());
    const query::QueryResult result = m_manyEngine->find(
        "Physician", Json::parse(R"({"fields": ["id"], "include": {"relation": "patients", "scope": {"fields": ["id"]}}})"));
    QVERIFY(result.ok());
    for (const Json& physician : result.value) {
        std::vector<int> expected = linked[physician["id"].get<int>()];
        std::vector<int> ids;
        for (const Json& patient : physician["patients"])
            ids.push_back(patient["id"].get<int>());
        std::sort(expected.begin(), expected.end());
        std::vector<int> sorted = ids;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(sorted, expected);
    }
}

// Issue 12: which parents get an included relation's key, and how a relation
// named more than once in one include adds up. Each expectation is what
// LoopBack 3 (the oracle's run.js) printed for the same rows.
void TestQuery::includeKeysAndRepeatsAsLoopBack_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Json>("filter");
    QTest::addColumn<Json>("expected");
    auto row = [](const char* name, const char* model, const char* filter, const char* expected) {
        QTest::addRow("%s", name) << QString::fromLatin1(model) << Json::parse(filter) << Json::parse(expected);
    };
    // include.js includeReferencesMany calls processTargetObj only for a parent
    // linked to a target: on a sub-include's instances an empty, null or
    // dangling id list leaves the key out.
    row("nested referencesMany: key only where linked", "Order",
        R"({"fields": ["id", "customerId"], "include": {"relation": "customer", "scope": {"fields": ["id", "productIds"],
            "include": {"relation": "favorites", "scope": {"fields": ["id"]}}}}})",
        R"([{"id":1,"customerId":1,"customer":{"id":1,"productIds":[2,1],"favorites":[{"id":2},{"id":1}]}},
            {"id":2,"customerId":2,"customer":{"id":2,"productIds":[]}},
            {"id":3,"customerId":3,"customer":{"id":3,"productIds":null}},
            {"id":4,"customerId":4,"customer":{"id":4,"productIds":[99]}}])");
    // At the top level DataAccessObject's buildResult promotes the cached [].
    row("top-level referencesMany: [] for every parent", "Customer",
        R"({"fields": ["id", "productIds"], "include": {"relation": "favorites", "scope": {"fields": ["id"]}}})",
        R"([{"id":1,"productIds":[2,1],"favorites":[{"id":2},{"id":1}]},{"id":2,"productIds":[],"favorites":[]},
            {"id":3,"productIds":null,"favorites":[]},{"id":4,"productIds":[99],"favorites":[]}])");
    row("nested referencesMany without its id list", "Order",
        R"({"fields": ["id", "customerId"], "include": {"relation": "customer", "scope": {"fields": ["id"], "include": "favorites"}}})",
        R"([{"id":1,"customerId":1,"customer":{"id":1}},{"id":2,"customerId":2,"customer":{"id":2}},
            {"id":3,"customerId":3,"customer":{"id":3}},{"id":4,"customerId":4,"customer":{"id":4}}])");
    row("nested hasManyThrough: no key without a link", "Category",
        R"({"fields": ["id"], "include": {"relation": "products", "scope": {"fields": ["id", "categoryId"],
            "include": {"relation": "tags", "scope": {"fields": ["id"]}}}}})",
        R"([{"id":1,"products":[{"id":1,"categoryId":1,"tags":[{"id":1}]},{"id":2,"categoryId":1}]}])");
    // includeEmbeds calls processTargetObj for every parent: an instance gets
    // the embedsOne value even when it is null (absent when not selected);
    // buildResult leaves a null out at the top level.
    row("embedsOne null: left out at the top, null nested", "Customer",
        R"({"fields": ["id", "billingAddress"], "where": {"id": 1}, "include": ["address", {"relation": "orders",
            "scope": {"fields": ["id", "customerId"], "include": {"relation": "customer",
            "scope": {"fields": ["id", "billingAddress"], "include": "address"}}}}]})",
        R"([{"id":1,"billingAddress":null,"orders":[{"id":1,"customerId":1,
            "customer":{"id":1,"billingAddress":null,"address":null}}]}])");
    row("embedsOne not selected, nested", "Customer",
        R"({"fields": ["id"], "where": {"id": 1}, "include": {"relation": "orders", "scope": {"fields": ["id", "customerId"],
            "include": {"relation": "customer", "scope": {"fields": ["id"], "include": "address"}}}}})",
        R"([{"id":1,"orders":[{"id":1,"customerId":1,"customer":{"id":1}}]}])");
    // normalizeInclude pushes a multi-key object once per key; each entry is
    // read by its first key, and pushing relations add up.
    row("multi-key object: referencesMany twice", "Customer",
        R"({"fields": ["id", "productIds"], "where": {"id": {"lte": 2}}, "include": {"favorites": true, "orders": true}})",
        R"([{"id":1,"productIds":[2,1],"favorites":[
              {"name":"Sandal","sku":"S1","kind":null,"price":null,"discontinued":false,"id":2,"categoryId":1},
              {"name":"Boot","sku":"B1","kind":null,"price":null,"discontinued":false,"id":1,"categoryId":1},
              {"name":"Sandal","sku":"S1","kind":null,"price":null,"discontinued":false,"id":2,"categoryId":1},
              {"name":"Boot","sku":"B1","kind":null,"price":null,"discontinued":false,"id":1,"categoryId":1}]},
            {"id":2,"productIds":[],"favorites":[]}])");
    row("multi-key object: through twice", "Product", R"({"fields": ["id"], "include": {"tags": true, "category": true}})",
        R"([{"id":1,"tags":[{"name":"new","id":1},{"name":"new","id":1}]},{"id":2,"tags":[]}])");
    row("multi-key object in a sub-include", "Category", R"({"fields": ["id"], "include": {"products": {"tags": true, "category": true}}})",
        R"([{"id":1,"products":[{"name":"Boot","sku":"B1","kind":null,"price":null,"discontinued":false,"id":1,"categoryId":1,
              "tags":[{"name":"new","id":1},{"name":"new","id":1}]},
            {"name":"Sandal","sku":"S1","kind":null,"price":null,"discontinued":false,"id":2,"categoryId":1}]}])");
    // IncludeScope normalizes a scope's include, and Inclusion.include again.
    row("multi-key object in a scope's include: 2 x 2", "Category",
        R"({"fields": ["id"], "include": {"relation": "products", "scope": {"fields": ["id", "categoryId"],
            "include": {"tags": true, "category": true}}}})",
        R"([{"id":1,"products":[{"id":1,"categoryId":1,"tags":[{"name":"new","id":1},{"name":"new","id":1},
              {"name":"new","id":1},{"name":"new","id":1}]},{"id":2,"categoryId":1}]}])");
}

void TestQuery::includeKeysAndRepeatsAsLoopBack()
{
    QFETCH(QString, model);
    QFETCH(Json, filter);
    QFETCH(Json, expected);
    const query::QueryResult result = m_edgesEngine->find(model.toStdString(), filter);
    QVERIFY2(result.ok(), result.error ? result.error->message.c_str() : "");
    QCOMPARE(printable(result.document()), printable(expected));
}

void TestQuery::relatedWithoutFilterIsTheRestCall()
{
    const query::QueryResult rest = m_shopEngine->related("Physician", Json("1"), "patients", std::nullopt);
    const query::QueryResult filtered = m_shopEngine->related("Physician", Json("1"), "patients", Json::object());
    QVERIFY(rest.ok() && filtered.ok());
    QCOMPARE(rest.value.size(), std::size_t(3));     // one per appointment
    QCOMPARE(filtered.value.size(), std::size_t(2)); // deduplicated
}

void TestQuery::errorsAreValues_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Json>("filter");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown model") << "Nope" << Json::object() << "unknown model Nope";
    QTest::addRow("non-persisted model") << "Address" << Json::object() << "SQLITE_ERROR: no such table: address";
    QTest::addRow("unknown operator") << "Customer" << Json::parse(R"({"where": {"age": {"foo": 1}}})")
                                      << R"(SQLITE_ERROR: near "?1": syntax error)";
}

void TestQuery::errorsAreValues()
{
    QFETCH(QString, model);
    QFETCH(Json, filter);
    QFETCH(QString, message);
    const query::QueryResult result = m_shopEngine->find(model.toStdString(), filter);
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.error->message), message);
    QCOMPARE(QString::fromStdString(result.document()["error"]["message"].get<std::string>()), message);
}

void TestQuery::findByIdGivesObjectOrNull()
{
    const query::QueryResult found = m_shopEngine->findById("Customer", Json(2), Json::parse(R"({"fields": ["name"]})"));
    QVERIFY(found.ok());
    QCOMPARE(printable(found.value), QByteArray(R"({"name":"ann archer"})"));
    const query::QueryResult missing = m_shopEngine->findById("Customer", Json(99));
    QVERIFY(missing.ok());
    QVERIFY(missing.value.is_null());
}

// The conformance database was written by LoopBack (the oracle's
// load-sqlite.js); core/store's load of the same data.json must give the same
// rows, so that a database Relata loads answers as the oracle's does.
void TestQuery::storeLoadsWhatLoopBackLoads()
{
    QFile dataFile(shopApp + QStringLiteral("/data.json"));
    QVERIFY(dataFile.open(QIODevice::ReadOnly));
    const Json data = Json::parse(dataFile.readAll().toStdString());
    store::Error error;
    auto loaded = store::Connection::open(m_directory.filePath(QStringLiteral("loaded.sqlite")),
                                          {store::Access::ReadWrite}, &error);
    QVERIFY2(loaded, qPrintable(error.text()));
    const store::LoadResult result = store::loadFixtures(*loaded, m_schema, data);
    QVERIFY2(result.ok(), result.error ? result.error->text().c_str() : "");
    for (auto it = data.begin(); it != data.end(); ++it) {
        const schema::Model* model = m_schema.model(it.key());
        QVERIFY(model);
        QStringList columns;
        for (const schema::Property& property : model->properties)
            columns << query::quoteIdentifier(property.column);
        const QString select = QStringLiteral("SELECT %1 FROM %2 ORDER BY \"id\"")
                                   .arg(columns.join(u','), query::quoteIdentifier(model->table));
        QSqlQuery ours(loaded->database());
        QSqlQuery theirs(m_shop->database());
        QVERIFY2(ours.exec(select) && theirs.exec(select), qPrintable(select));
        int rows = 0;
        while (theirs.next()) {
            QVERIFY2(ours.next(), qPrintable(QStringLiteral("%1: fewer rows").arg(QString::fromStdString(model->name))));
            for (int column = 0; column < int(columns.size()); ++column) {
                const QVariant expected = theirs.value(column);
                const QVariant actual = ours.value(column);
                const bool same = expected.isNull() == actual.isNull()
                                  && (expected.isNull() || expected == actual || expected.toString() == actual.toString());
                QVERIFY2(same, qPrintable(QStringLiteral("%1 row %2 %3: LoopBack wrote %4, store wrote %5")
                                              .arg(QString::fromStdString(model->name)).arg(rows).arg(columns[column],
                                                   expected.toString(), actual.toString())));
            }
            ++rows;
        }
        QVERIFY(!ours.next());
    }
}

void TestQuery::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("output");
    const QStringList query = {QStringLiteral("query"), shopApp, QStringLiteral("--db"), shopDatabase};
    const QStringList related = {QStringLiteral("related"), shopApp, QStringLiteral("--db"), shopDatabase};
    QTest::addRow("query") << query + QStringList{"Tag", R"({"where": {"id": 2}})"} << 0
                           << QByteArray(R"([{"name":"New","id":2}])");
    QTest::addRow("query without filter") << query + QStringList{"Assembly"} << 0
                                          << QByteArray(R"([{"name":"Bicycle","id":1},{"name":"Tricycle","id":2},)"
                                                        R"({"name":"Unicycle","id":3}])");
    QTest::addRow("query error") << query + QStringList{"Tag", R"({"limit": -1})"} << 1
                                 << QByteArray(R"({"error":{"name":"Error","message":"The limit parameter -1 is not valid",)"
                                               R"("statusCode":400}})");
    QTest::addRow("related without filter") << related + QStringList{"Product", "1", "tags"} << 0
                                            << QByteArray(R"([{"name":"New","id":2},{"name":"eco","id":3},)"
                                                          R"({"name":"New","id":2}])");
    QTest::addRow("related with filter") << related + QStringList{"Product", "1", "tags", "{}"} << 0
                                         << QByteArray(R"([{"name":"New","id":2},{"name":"eco","id":3}])");
    QTest::addRow("related missing parent") << related + QStringList{"Customer", "99", "orders"} << 1
                                            << QByteArray(R"({"error":{"name":"Error","message":"Customer with id 99 )"
                                                          R"(not found","statusCode":404,"code":"MODEL_NOT_FOUND"}})");
    // Issue 10: shapes that ended relata-cli with std::terminate.
    QTest::addRow("regexp of non-strings")
        << query + QStringList{"Customer", R"({"where": {"name": {"$regexp": 5, "$flags": 1}}})"}
        << 1
        << QByteArray(
               R"({"error":{"name":"Error","message":"Operators \"$regexp, $flags\" are not allowed in query",)"
               R"("statusCode":400,"code":"OPERATOR_NOT_ALLOWED_IN_QUERY"}})");
    QTest::addRow("include scope where not an object")
        << query + QStringList{"Customer",
                               R"({"include": {"relation": "orders", "scope": {"where": "x"}}})"}
        << 1
        << QByteArray(
               R"({"error":{"name":"Error","message":"Cannot create property 'customerId' on string 'x'"}})");
    QTest::addRow("filter not JSON") << query + QStringList{"Tag", "{where"} << 2 << QByteArray();
    QTest::addRow("no database") << QStringList{"query", shopApp, "Tag"} << 2 << QByteArray();
    QTest::addRow("missing database file") << QStringList{"query", shopApp, "--db", "/nonexistent/x.sqlite", "Tag"}
                                           << 2 << QByteArray();
}

void TestQuery::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, output);
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), arguments);
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), exitCode);
    if (!output.isEmpty())
        QCOMPARE(cli.readAllStandardOutput().trimmed(), output);
    else
        QVERIFY(!cli.readAllStandardError().isEmpty());
}

void TestQuery::commandLineRepeatPrintsTiming()
{
    QProcess cli;
    cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("query"), shopApp, QStringLiteral("--db"), shopDatabase,
                                           QStringLiteral("Customer"), QStringLiteral(R"({"where": {"nope": 1}})"),
                                           QStringLiteral("--repeat"), QStringLiteral("3")});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    const QString errors = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(errors.contains(QRegularExpression(QStringLiteral("timing: query=Customer n=3 median_ms=[0-9.]+ min_ms=[0-9.]+"))),
             qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("warning: FILTER/where/nope")), qPrintable(errors));
}

// Input decides how deep a value nests (issue 10); recursion over it must be
// bounded by json::maxDepth wherever it enters, or the process dies.
void TestQuery::deepNestingIsAnError_data() {
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("depth");
    for (const int depth : {40000, 59000}) {
        for (const char* where : {"database cell", "filter", "model file"})
            QTest::addRow("%s %d", where, depth) << QString::fromLatin1(where) << depth;
    }
}

void TestQuery::deepNestingIsAnError() {
    QFETCH(QString, where);
    QFETCH(int, depth);
    const QByteArray deep = QByteArray(depth, '[') + QByteArray(depth, ']');
    const QString expected =
        QStringLiteral("nested too deeply (more than %1 levels)").arg(json::maxDepth);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess cli;
    if (where == QLatin1String("database cell")) {
        const QString copy = dir.filePath(QStringLiteral("deep.sqlite"));
        QVERIFY(QFile::copy(shopDatabase, copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
        {
            store::Error error;
            const auto connection =
                store::Connection::open(copy, {store::Access::ReadWrite}, &error);
            QVERIFY2(connection, qPrintable(error.text()));
            QSqlQuery update(connection->database());
            QVERIFY(update.prepare(
                QStringLiteral("UPDATE customer SET billingaddress = ? WHERE id = 1")));
            update.addBindValue(QString::fromLatin1(deep));
            QVERIFY(update.exec());
            const query::QueryResult result =
                query::Engine(m_schema, *connection).find("Customer", Json::object());
            QVERIFY(!result.ok());
            QVERIFY2(QString::fromStdString(result.error->message).contains(expected),
                     result.error->message.c_str());
        }
        cli.start(QStringLiteral(RELATA_CLI),
                  {QStringLiteral("query"), shopApp, QStringLiteral("--db"), copy,
                   QStringLiteral("Customer")});
    } else if (where == QLatin1String("filter")) {
        cli.start(QStringLiteral(RELATA_CLI),
                  {QStringLiteral("query"), shopApp, QStringLiteral("--db"), shopDatabase,
                   QStringLiteral("Customer"),
                   QStringLiteral(R"({"where": {"and": %1}})").arg(QString::fromLatin1(deep))});
    } else {
        QFile model(dir.filePath(QStringLiteral("deep.json")));
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write(R"({"name": "Deep", "properties": {"tags": {"default": )" + deep + "}}}");
        model.close();
        cli.start(QStringLiteral(RELATA_CLI), {QStringLiteral("graph"), dir.path()});
    }
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), where == QLatin1String("database cell") ? 1 : 2);
    const QString errors =
        QString::fromUtf8(cli.readAllStandardError() + cli.readAllStandardOutput());
    QVERIFY2(errors.contains(expected), qPrintable(errors.left(2000)));
}

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"
