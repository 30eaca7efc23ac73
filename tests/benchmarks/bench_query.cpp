// Benchmark of core/query (a program, not a test):
//
//   bench_query [--smoke] [--scale N]... [--parents N]... [--oracle DIR] [--repeat N]
//
// Seeds the shop sample (core/store seed) at ~10,000 and ~100,000 order items
// in a temporary file, then times `Customer` find with
// {"include": {"orders": "items"}} three ways on the same file:
//   engine   the Relata engine (core/query): the JSON value, and again the
//            answer as text (query::Answer::Text, what relata-cli prints)
//   join     one hand-written LEFT JOIN through QtSql, nested into the same
//            JSON document (checked equal to the engine's), and its text
//   oracle   LoopBack 3 itself: node ../shared/oracle/run.js --repeat
// on the layout loopback-connector-sqlite3 creates (no foreign-key index) and
// again with the foreign-key indexes `relata-cli migrate` adds. --smoke runs
// one small scale without the oracle and exits 1 when engine and join differ.
//
// Then the per-parent include: `Order` find with
// {"include": {"relation": "items", "scope": {"limit": 2}}} over N orders
// (default 8,000 and 16,000; --smoke 500), which LoopBack runs as one query
// per order; its time should grow linearly with N. Its result is checked
// against the plain include cut to two items per order. Given --parents
// without --scale, only this part runs.
//
// Last the referencesMany include: `Customer` find {"include": "favorites"}
// over N customers and N/4 products (--favorites N, default 10,000 and
// 40,000; --smoke 500), each customer with five product ids, which puts the
// targets in the order of all parents' ids (utils.sortObjectsByIds); its time
// should grow linearly with N.
#include "document/document.h"
#include "io/app_io.h"
#include "query/engine.h"
#include "schema/schema.h"
#include "store/codec.h"
#include "store/connection.h"
#include "store/js_values.h"
#include "store/seed.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <vector>

using namespace relata;

namespace {

const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
const char* const benchFilter = R"({"include": {"orders": "items"}})";
const char* const perParentFilter = R"({"include": {"relation": "items", "scope": {"limit": 2}}})";
const char* const favoritesFilter = R"({"include": "favorites"})";

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Timing {
    double median = 0;
    double min = 0;
};

Timing timeRuns(int repeat, const std::function<void()>& run)
{
    std::vector<double> times;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    const std::size_t middle = times.size() / 2;
    const double median = times.size() % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
    return {median, times.front()};
}

// The include's result built by hand from one JOIN: customers with their
// orders with their items, each level in id order, values decoded as the
// engine decodes them. Hidden properties are left out as toJSON leaves them.
Json joinedDocument(QSqlDatabase& database, const schema::Schema& schema)
{
    const schema::Model& customer = *schema.model("Customer");
    const schema::Model& order = *schema.model("Order");
    const schema::Model& item = *schema.model("OrderItem");
    auto columns = [](const schema::Model& model, const char* alias) {
        QStringList names;
        for (const schema::Property& property : model.properties)
            names << QStringLiteral("%1.\"%2\"").arg(QLatin1String(alias), QString::fromStdString(property.column));
        return names;
    };
    const QStringList select = columns(customer, "c") + columns(order, "o") + columns(item, "i");
    QSqlQuery query(database);
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT %1 FROM \"customer\" c LEFT JOIN \"order\" o ON o.\"customerid\" = c.\"id\" "
                              "LEFT JOIN \"orderitem\" i ON i.\"orderid\" = o.\"id\" "
                              "ORDER BY c.\"id\", o.\"id\", i.\"id\"")
                   .arg(select.join(u',')));
    auto rowOf = [&](const schema::Model& model, int offset) {
        Json row = Json::object();
        for (std::size_t i = 0; i < model.properties.size(); ++i) {
            const schema::Property& property = model.properties[i];
            if (std::find(model.hidden.begin(), model.hidden.end(), property.name) == model.hidden.end())
                row[property.name] = store::decode(property, query.value(offset + int(i)));
        }
        return row;
    };
    auto idColumn = [](const schema::Model& model, int offset) {
        const schema::Property* id = model.idProperty();
        return offset + int(id - model.properties.data());
    };
    const int orderOffset = int(customer.properties.size());
    const int itemOffset = orderOffset + int(order.properties.size());
    const int customerId = idColumn(customer, 0);
    const int orderId = idColumn(order, orderOffset);
    const int itemId = idColumn(item, itemOffset);
    Json customers = Json::array();
    QVariant lastCustomer;
    QVariant lastOrder;
    while (query.next()) {
        if (customers.empty() || query.value(customerId) != lastCustomer) {
            Json row = rowOf(customer, 0);
            row["orders"] = Json::array();
            customers.push_back(std::move(row));
            lastCustomer = query.value(customerId);
            lastOrder = QVariant();
        }
        if (query.value(orderId).isNull())
            continue;
        Json& orders = customers.back()["orders"];
        if (orders.empty() || query.value(orderId) != lastOrder) {
            Json row = rowOf(order, orderOffset);
            row["items"] = Json::array();
            orders.push_back(std::move(row));
            lastOrder = query.value(orderId);
        }
        if (!query.value(itemId).isNull())
            orders.back()["items"].push_back(rowOf(item, itemOffset));
    }
    return customers;
}

std::optional<Timing> oracleTiming(const QString& oracle, const QString& models, const QString& file, int repeat)
{
    QProcess node;
    node.start(QStringLiteral("node"), {oracle + QStringLiteral("/run.js"), QStringLiteral("--models"), models,
                                        QStringLiteral("--db"), file, QStringLiteral("--model"),
                                        QStringLiteral("Customer"), QStringLiteral("--filter"),
                                        QString::fromLatin1(benchFilter), QStringLiteral("--repeat"),
                                        QString::number(repeat)});
    if (!node.waitForFinished(-1) || node.exitCode() != 0)
        return std::nullopt;
    static const QRegularExpression timing(QStringLiteral("median_ms=([0-9.]+) min_ms=([0-9.]+)"));
    const QRegularExpressionMatch match = timing.match(QString::fromUtf8(node.readAllStandardError()));
    if (!match.hasMatch())
        return std::nullopt;
    return Timing{match.captured(1).toDouble(), match.captured(2).toDouble()};
}

QString findOracle(const QString& given)
{
    if (!given.isEmpty())
        return given;
    for (QDir dir(QStringLiteral(RELATA_SOURCE_DIR)); dir.cdUp();) {
        if (QFile::exists(dir.filePath(QStringLiteral("shared/oracle/run.js"))))
            return dir.filePath(QStringLiteral("shared/oracle"));
        if (dir.isRoot())
            break;
    }
    return {};
}

int count(QSqlDatabase& database, const char* table)
{
    QSqlQuery query(database);
    query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(QLatin1String(table)));
    return query.next() ? query.value(0).toInt() : 0;
}

void dropIndexes(QSqlDatabase& database)
{
    QSqlQuery list(database);
    list.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
    QStringList names;
    while (list.next())
        names << list.value(0).toString();
    for (const QString& name : names)
        QSqlQuery(database).exec(QStringLiteral("DROP INDEX \"%1\"").arg(name));
}

void addForeignKeyIndexes(QSqlDatabase& database)
{
    QSqlQuery(database).exec(QStringLiteral("CREATE INDEX bench_order_customer ON \"order\" (\"customerid\")"));
    QSqlQuery(database).exec(QStringLiteral("CREATE INDEX bench_item_order ON \"orderitem\" (\"orderid\")"));
}

// Seeds `parents` orders (four items each) and times the per-parent include;
// false when its result differs from the plain include cut to two items.
bool perParentInclude(const schema::Schema& schema, const QTemporaryDir& directory, int parents, int repeat)
{
    const QString file = directory.filePath(QStringLiteral("per-parent-%1.sqlite").arg(parents));
    store::Error error;
    auto connection = store::Connection::open(file, {store::Access::ReadWrite}, &error);
    if (!connection) {
        out() << error.text() << Qt::endl;
        return false;
    }
    const store::SeedResult seeded = store::seed(*connection, schema, {4 * parents, 1});
    if (!seeded.ok()) {
        out() << seeded.error->text() << Qt::endl;
        return false;
    }
    QSqlDatabase& database = connection->database();
    dropIndexes(database);
    addForeignKeyIndexes(database);
    query::Engine engine(schema, *connection);
    Json paged;
    const query::Engine::Statistics before = engine.statistics();
    const Timing time = timeRuns(repeat, [&] { paged = engine.find("Order", Json::parse(perParentFilter)).value; });
    const query::Engine::Statistics after = engine.statistics();
    Json expected = engine.find("Order", Json::parse(R"({"include": "items"})")).value;
    for (Json& order : expected) {
        Json& items = order["items"];
        if (items.size() > 2)
            items.erase(items.begin() + 2, items.end());
    }
    const bool identical = paged.is_array() && paged == expected;
    out() << "  " << count(database, "order") << " orders, " << count(database, "orderitem") << " items: "
          << QString::number(time.median, 'f', 1) << " ms (min " << QString::number(time.min, 'f', 1) << "), "
          << QString::number(1000.0 * time.median / std::max(1, parents), 'f', 1) << " us per order, "
          << (after.executed - before.executed) / std::size_t(repeat) << " statements, "
          << (after.prepared - before.prepared) << " prepared" << (identical ? "" : "  RESULTS DIFFER") << Qt::endl;
    return identical;
}

// Seeds the shop at scale `customers` (a product per four), replaces its customers by `customers` of
// five product ids each (the connector's double-encoded JSON text) and times
// the referencesMany include; false when a customer's favorites are not among its ids.
bool favoritesInclude(const schema::Schema& schema, const QTemporaryDir& directory, int customers, int repeat)
{
    const QString file = directory.filePath(QStringLiteral("favorites-%1.sqlite").arg(customers));
    store::Error error;
    auto connection = store::Connection::open(file, {store::Access::ReadWrite}, &error);
    if (!connection) {
        out() << error.text() << Qt::endl;
        return false;
    }
    const store::SeedResult seeded = store::seed(*connection, schema, {customers, 1});
    if (!seeded.ok()) {
        out() << seeded.error->text() << Qt::endl;
        return false;
    }
    QSqlDatabase& database = connection->database();
    std::vector<qlonglong> productIds;
    for (QSqlQuery ids(QStringLiteral("SELECT \"id\" FROM \"product\""), database); ids.next();)
        productIds.push_back(ids.value(0).toLongLong());
    if (productIds.empty())
        return false;
    const int products = int(productIds.size());
    database.transaction();
    QSqlQuery(database).exec(QStringLiteral("DELETE FROM \"customer\""));
    QSqlQuery insert(database);
    insert.prepare(QStringLiteral("INSERT INTO \"customer\" (\"id\", \"name\", \"productids\") VALUES (?, ?, ?)"));
    for (int id = 1; id <= customers; ++id) {
        Json ids = Json::array();
        for (int k = 0; k < 5; ++k)
            ids.push_back(productIds[std::size_t((id * 7 + k * 13) % products)]);
        insert.addBindValue(id);
        insert.addBindValue(QStringLiteral("Customer %1").arg(id));
        insert.addBindValue(QString::fromStdString(Json(ids.dump()).dump()));
        insert.exec();
    }
    database.commit();
    query::Engine engine(schema, *connection);
    Json found;
    const Timing time = timeRuns(repeat, [&] { found = engine.find("Customer", Json::parse(favoritesFilter)).value; });
    bool linked = found.is_array() && found.size() == std::size_t(customers);
    for (const Json& customer : found) {
        const Json ids = customer.value("productIds", Json::array());
        const Json favorites = customer.value("favorites", Json::array());
        // Product's default scope leaves discontinued products out.
        linked = linked && favorites.size() <= ids.size();
        for (const Json& favorite : favorites)
            linked = linked && std::find(ids.begin(), ids.end(), favorite.value("id", Json())) != ids.end();
    }
    out() << "  " << customers << " customers, " << products << " products: "
          << QString::number(time.median, 'f', 1) << " ms (min " << QString::number(time.min, 'f', 1) << "), "
          << QString::number(1000.0 * time.median / std::max(1, customers), 'f', 1) << " us per customer"
          << (linked ? "" : "  FAVORITES WRONG") << Qt::endl;
    return linked;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool smoke = arguments.contains(QStringLiteral("--smoke"));
    std::vector<int> scales;
    std::vector<int> parentCounts;
    std::vector<int> favoriteCounts;
    QString oracleOption;
    int repeat = smoke ? 3 : 15;
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--scale"))
            scales.push_back(arguments[i + 1].toInt());
        else if (arguments[i] == QLatin1String("--parents"))
            parentCounts.push_back(arguments[i + 1].toInt());
        else if (arguments[i] == QLatin1String("--favorites"))
            favoriteCounts.push_back(arguments[i + 1].toInt());
        else if (arguments[i] == QLatin1String("--oracle"))
            oracleOption = arguments[i + 1];
        else if (arguments[i] == QLatin1String("--repeat"))
            repeat = std::max(1, arguments[i + 1].toInt());
    }
    const bool onlyPerParent = scales.empty() && !parentCounts.empty();
    const bool onlyFavorites = scales.empty() && parentCounts.empty() && !favoriteCounts.empty();
    if (scales.empty() && !onlyPerParent && !onlyFavorites)
        scales = smoke ? std::vector<int>{1000} : std::vector<int>{10000, 100000};
    if (parentCounts.empty() && !onlyFavorites)
        parentCounts = smoke ? std::vector<int>{500} : std::vector<int>{8000, 16000};
    if (favoriteCounts.empty())
        favoriteCounts = smoke ? std::vector<int>{500} : std::vector<int>{10000, 40000};
    const QString oracle = smoke && oracleOption.isEmpty() ? QString() : findOracle(oracleOption);

    const std::unique_ptr<Document> document = io::read(shopApp);
    if (!document) {
        out() << "cannot read " << shopApp << Qt::endl;
        return 2;
    }
    const schema::Schema schema = schema::compile(*document);
    QTemporaryDir directory;
    const QString models = directory.filePath(QStringLiteral("models"));
    QDir().mkpath(models);
    for (const QFileInfo& file : QDir(shopApp + QStringLiteral("/common/models")).entryInfoList({"*.json"}, QDir::Files))
        QFile::copy(file.filePath(), models + u'/' + file.fileName());

    bool identical = true;
    if (!scales.empty())
        out() << "Customer find " << benchFilter << ", median of " << repeat << " runs (ms)" << Qt::endl;
    for (int scale : scales) {
        const QString file = directory.filePath(QStringLiteral("shop-%1.sqlite").arg(scale));
        store::Error error;
        auto connection = store::Connection::open(file, {store::Access::ReadWrite}, &error);
        if (!connection) {
            out() << error.text() << Qt::endl;
            return 2;
        }
        const store::SeedResult seeded = store::seed(*connection, schema, {scale, 1});
        if (!seeded.ok()) {
            out() << seeded.error->text() << Qt::endl;
            return 2;
        }
        QSqlDatabase& database = connection->database();
        dropIndexes(database);
        out() << "\nscale " << scale << ": " << count(database, "customer") << " customers, "
              << count(database, "order") << " orders, " << count(database, "orderitem") << " order items"
              << Qt::endl;
        for (const bool indexed : {false, true}) {
            if (indexed)
                addForeignKeyIndexes(database);
            query::Engine engine(schema, *connection);
            Json fromEngine;
            const Timing engineTime = timeRuns(repeat, [&] {
                fromEngine = engine.find("Customer", Json::parse(benchFilter)).value;
            });
            std::string engineText;
            const Timing textTime = timeRuns(repeat, [&] {
                engineText = engine.find("Customer", Json::parse(benchFilter), query::Answer::Text).text;
            });
            Json fromJoin;
            const Timing joinTime = timeRuns(repeat, [&] { fromJoin = joinedDocument(database, schema); });
            std::string joinText;
            const Timing joinTextTime = timeRuns(repeat, [&] {
                joinText = store::jsStringify(joinedDocument(database, schema));
            });
            const bool same = fromEngine == fromJoin && engineText == joinText;
            identical = identical && same;
            out() << (indexed ? "  with FK indexes   " : "  without FK index  ") << "engine "
                  << QString::number(engineTime.median, 'f', 1) << " (min " << QString::number(engineTime.min, 'f', 1)
                  << ")  join " << QString::number(joinTime.median, 'f', 1) << "  engine/join "
                  << QString::number(engineTime.median / joinTime.median, 'f', 2) << (same ? "" : "  RESULTS DIFFER")
                  << Qt::endl;
            out() << "    as text          engine " << QString::number(textTime.median, 'f', 1) << " (min "
                  << QString::number(textTime.min, 'f', 1) << ")  join " << QString::number(joinTextTime.median, 'f', 1)
                  << "  engine/join " << QString::number(textTime.median / joinTextTime.median, 'f', 2) << Qt::endl;
            if (oracle.isEmpty())
                continue;
            const std::optional<Timing> loopBack = oracleTiming(oracle, models, file, std::max(3, repeat / 3));
            if (loopBack)
                out() << "                     oracle " << QString::number(loopBack->median, 'f', 1)
                      << "  oracle/engine " << QString::number(loopBack->median / engineTime.median, 'f', 1)
                      << "  oracle/engine as text " << QString::number(loopBack->median / textTime.median, 'f', 1)
                      << Qt::endl;
            else
                out() << "                     oracle: not run (node or " << oracle << " unavailable)" << Qt::endl;
        }
    }
    const int perParentRepeat = std::min(repeat, 5);
    if (!parentCounts.empty())
        out() << "\nOrder find " << perParentFilter << " (one query per order), with FK indexes, median of "
              << perParentRepeat << " runs" << Qt::endl;
    for (int parents : parentCounts)
        identical = perParentInclude(schema, directory, parents, perParentRepeat) && identical;
    out() << "\nCustomer find " << favoritesFilter << " (referencesMany, five ids each), median of "
          << perParentRepeat << " runs" << Qt::endl;
    for (int customers : favoriteCounts)
        identical = favoritesInclude(schema, directory, customers, perParentRepeat) && identical;
    return identical ? 0 : 1;
}
