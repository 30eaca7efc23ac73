#include "document/document.h"
#include "io/app_io.h"
#include "query/embedded_instance.h"
#include "query/engine.h"
#include "query/filter_normalize.h"
#include "query/rows.h"
#include "query/sql_builder.h"
#include "query/statement_cache.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "tst_query.h"

#include "json/json_depth.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <memory>

using namespace relata;

Q_DECLARE_METATYPE(relata::Json)

using namespace relata::querytest;

// The engine's own guarantees beyond what the conformance cases compare:
// values are bound, statements are reused and their cache stays bounded,
// errors are values, and the command line answers as the engine does
// (include's own guarantees are tst_include's).
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
    void relatedWithoutFilterIsTheRestCall();
    void errorsAreValues_data();
    void errorsAreValues();
    void findByIdGivesObjectOrNull();
    void storeLoadsWhatLoopBackLoads();
    void commandLine_data();
    void commandLine();
    void commandLineRepeatPrintsTiming();
    void embeddedValuesAsToJson_data();
    void embeddedValuesAsToJson();
    void deepNestingIsAnError_data();
    void deepNestingIsAnError();
    void embeddedValuesBecomeInstances_data();
    void embeddedValuesBecomeInstances();

private:
    std::unique_ptr<Document> m_document;
    schema::Schema m_schema;
    std::unique_ptr<store::Connection> m_shop;
    std::unique_ptr<query::Engine> m_shopEngine;
    QTemporaryDir m_directory;
    std::unique_ptr<store::Connection> m_many;
    std::unique_ptr<query::Engine> m_manyEngine;
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
    std::string loadError;
    m_many = loadedDatabase(m_directory.filePath(QStringLiteral("many.sqlite")), m_schema, manyRows(), loadError);
    QVERIFY2(m_many, loadError.c_str());
    m_manyEngine = std::make_unique<query::Engine>(m_schema, *m_many);
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
    std::string error;
    const auto loaded = loadedDatabase(m_directory.filePath(QStringLiteral("loaded.sqlite")), m_schema, data, error);
    QVERIFY2(loaded, error.c_str());
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

// Embedded values come out as `new Model(value)` and toJSON() leave them: the
// model's properties first in its order, hidden and protected keys removed,
// embedded models within shaped too. Values already in that shape are written
// as the column holds them; every other shape must still be shaped.
void TestQuery::embeddedValuesAsToJson_data()
{
    QTest::addColumn<QString>("inner");
    QTest::addColumn<QString>("items");
    QTest::addColumn<QString>("expected");
    auto row = [](const char* name, const char* inner, const char* items, const char* expected) {
        QTest::addRow("%s", name) << QString::fromUtf8(inner) << QString::fromUtf8(items) << QString::fromUtf8(expected);
    };
    row("in the model's order", R"({"a":"1","b":"2"})", R"("[{\"a\":\"1\"},{\"a\":\"2\",\"b\":\"3\"}]")",
        R"({"inner":{"a":"1","b":"2"},"items":[{"a":"1"},{"a":"2","b":"3"}]})");
    row("out of order", R"({"b":"2","a":"1"})", R"("[{\"b\":\"3\",\"a\":\"2\"}]")",
        R"({"inner":{"a":"1","b":"2"},"items":[{"a":"2","b":"3"}]})");
    row("another key first", R"({"z":0,"a":"1"})", R"("[{\"a\":\"1\",\"z\":0,\"b\":\"2\"}]")",
        R"({"inner":{"a":"1","z":0},"items":[{"a":"1","b":"2","z":0}]})");
    row("other keys after the properties", R"({"a":"1","b":"2","z":3})", R"("[\"te\",5,null]")",
        R"({"inner":{"a":"1","b":"2","z":3},"items":[{"0":"t","1":"e"},{},{}]})");
    row("hidden", R"({"a":"1","secret":"s"})", R"("[{\"secret\":\"s\"}]")", R"({"inner":{"a":"1"},"items":[{}]})");
    row("protected", R"({"a":"1","guarded":"g"})", R"("[{\"a\":\"1\",\"guarded\":\"g\"}]")",
        R"({"inner":{"a":"1"},"items":[{"a":"1"}]})");
    row("an embedded model within", R"({"a":"1","deep":{"y":"h","x":"v"}})",
        R"("[{\"deep\":{\"x\":\"v\",\"y\":\"h\"}}]")", R"({"inner":{"a":"1","deep":{"x":"v"}},"items":[{"deep":{"x":"v"}}]})");
}

void TestQuery::embeddedValuesAsToJson()
{
    QFETCH(QString, inner);
    QFETCH(QString, items);
    QFETCH(QString, expected);
    const QString models = m_directory.filePath(QStringLiteral("embedded-models"));
    QDir().mkpath(models);
    const std::map<QString, const char*> files = {
        {"holder.json", R"({"name": "Holder", "base": "PersistedModel", "properties": {"inner": {"type": "Inner"},
            "items": {"type": ["Inner"]}}})"},
        {"inner.json", R"({"name": "Inner", "base": "Model", "idInjection": false, "hidden": ["secret"],
            "protected": ["guarded"], "properties": {"a": "string", "b": "string", "secret": "string",
            "guarded": "string", "deep": {"type": "Deep"}}})"},
        {"deep.json", R"({"name": "Deep", "base": "Model", "idInjection": false, "hidden": ["y"],
            "properties": {"x": "string", "y": "string"}})"}};
    for (const auto& [name, text] : files) {
        QFile file(models + u'/' + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const std::unique_ptr<Document> document = io::read(models);
    QVERIFY(document);
    const schema::Schema schema = schema::compile(*document);
    std::string error;
    QFile::remove(m_directory.filePath(QStringLiteral("embedded.sqlite")));
    auto connection = loadedDatabase(m_directory.filePath(QStringLiteral("embedded.sqlite")), schema,
                                     Json::parse(R"({"Holder": [{"id": 1}]})"), error);
    QVERIFY2(connection, error.c_str());
    QSqlQuery update(connection->database());
    QVERIFY(update.prepare(QStringLiteral("UPDATE \"holder\" SET \"inner\" = ?, \"items\" = ?")));
    update.addBindValue(inner);
    update.addBindValue(items);
    QVERIFY(update.exec());
    query::Engine engine(schema, *connection);
    const Json filter = Json::parse(R"({"fields": ["inner", "items"]})");
    const query::QueryResult text = engine.find("Holder", filter, query::Answer::Text);
    QVERIFY2(text.ok(), text.error ? text.error->message.c_str() : "");
    QCOMPARE(QString::fromStdString(text.text), u'[' + expected + u']');
    const query::QueryResult value = engine.find("Holder", filter);
    QCOMPARE(QString::fromUtf8(printable(value.value)), u'[' + expected + u']');
}

QTEST_GUILESS_MAIN(TestQuery)
// An embedded column's value is made an instance of its model, as the
// juggler does on reading; one already in that shape is kept as it is, and
// any other is rebuilt: reordered, converted, given its defaults.
void TestQuery::embeddedValuesBecomeInstances_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("instance");
    const auto row = [](const char* name, const char* stored, const char* instance) {
        QTest::addRow("%s", name) << QString::fromUtf8(stored) << QString::fromUtf8(instance);
    };
    const auto kept = [&](const char* name, const char* stored) { row(name, stored, stored); };
    kept("in the model's shape", R"({"id":1,"label":"a","fallback":"x","count":2})");
    kept("null values", R"({"id":null,"label":null,"fallback":"x","count":2})");
    kept("unknown keys after the model's", R"({"id":1,"fallback":"x","count":2,"zz":true,"yy":[1]})");
    kept("an embedded model in shape", R"({"id":1,"place":{"zip":7,"city":"Oslo"},"fallback":"x","count":2})");
    kept("typed lists in shape", R"({"nums":[1,2],"words":["a"],"places":[{"zip":1}],"fallback":"x","count":2})");
    kept("object and any", R"({"obj":{"a":1},"anything":[1,"2"],"fallback":"x","count":2})");
    row("defaults added", R"({"id":1,"label":"a"})", R"({"id":1,"label":"a","fallback":"D","count":5})");
    row("keys out of the model's order", R"({"label":"a","id":1,"fallback":"x","count":2})",
        R"({"id":1,"label":"a","fallback":"x","count":2})");
    row("an unknown key among the model's", R"({"id":1,"zz":true,"label":"a","fallback":"x","count":2})",
        R"({"id":1,"label":"a","fallback":"x","count":2,"zz":true})");
    row("an array index key", R"({"id":1,"fallback":"x","count":2,"7":"s"})",
        R"({"7":"s","id":1,"fallback":"x","count":2})");
    row("a number as text", R"({"id":"3","fallback":"x","count":2})", R"({"id":3,"fallback":"x","count":2})");
    row("a fraction", R"({"id":1.5,"fallback":"x","count":2})", R"({"id":1.5,"fallback":"x","count":2})");
    row("a boolean as text", R"({"flag":"true","fallback":"x","count":2})",
        R"({"flag":true,"fallback":"x","count":2})");
    row("a number as a string property", R"({"label":5,"fallback":"x","count":2})",
        R"({"label":"5","fallback":"x","count":2})");
    row("an embedded model out of shape", R"({"place":{"city":"Oslo","zip":"7"},"fallback":"x","count":2})",
        R"({"place":{"zip":7,"city":"Oslo"},"fallback":"x","count":2})");
    row("list items converted", R"({"nums":["1",2],"words":[1],"fallback":"x","count":2})",
        R"({"nums":[1,2],"words":["1"],"fallback":"x","count":2})");
    row("an item of a model list out of shape", R"({"places":[{"zip":1},{"city":"B","zip":2}],"fallback":"x","count":2})",
        R"({"places":[{"zip":1},{"zip":2,"city":"B"}],"fallback":"x","count":2})");
    row("a date", R"({"when":"2021-03-04T10:00:00.000Z","fallback":"x","count":2})",
        R"({"when":"2021-03-04T10:00:00.000Z","fallback":"x","count":2})");
}

void TestQuery::embeddedValuesBecomeInstances()
{
    QFETCH(QString, stored);
    QFETCH(QString, instance);
    const QString folder = QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/embedded");
    const auto document = io::read(folder);
    QVERIFY2(document, qPrintable(folder + QStringLiteral(" is missing")));
    const schema::Schema schema = schema::compile(*document);
    const schema::Model* holder = schema.model("Holder");
    QVERIFY(holder && holder->property("mainItem") && holder->property("itemList"));
    query::RowTable table;
    table.columns = {holder->property("mainItem"), holder->property("itemList")};
    const Json value = Json::parse(stored.toStdString());
    table.cells.push_back(table.datum(Json(value)));
    table.cells.push_back(table.datum(Json::array({value, value})));
    table.rowCount = 1;
    query::makeEmbeddedInstances(table, schema);
    const Json expected = Json::parse(instance.toStdString());
    QCOMPARE(QString::fromStdString(table.json(table.cell(0, 0)).dump()), QString::fromStdString(expected.dump()));
    QCOMPARE(QString::fromStdString(table.json(table.cell(0, 1)).dump()),
             QString::fromStdString(Json::array({expected, expected}).dump()));
}

#include "tst_query.moc"
