#include "document/document.h"
#include "io/app_io.h"
#include "query/engine.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "store/js_values.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <map>
#include <memory>

using namespace relata;

namespace {

const QString conformanceDir = QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance");
const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");

std::string pointerStep(const std::string& key)
{
    std::string step;
    for (char c : key)
        step += c == '/' ? std::string("~1") : c == '~' ? std::string("~0") : std::string(1, c);
    return "/" + step;
}

std::string keyList(const Json& object)
{
    std::string keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys += (keys.empty() ? "" : ", ") + it.key();
    return "[" + keys + "]";
}

// A readable account of where `actual` differs from `expected` (JSON pointer:
// what was expected, what came), key order included; at most `limit` lines.
void describeDifference(const Json& expected, const Json& actual, const std::string& at, QStringList& lines,
                        int limit = 12)
{
    if (lines.size() >= limit)
        return;
    if (expected.is_object() && actual.is_object()) {
        const qsizetype before = lines.size();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            if (!actual.contains(it.key()))
                lines << QString::fromStdString(at + pointerStep(it.key()) + ": missing, expected "
                                                + store::jsStringify(it.value()));
            else
                describeDifference(it.value(), actual[it.key()], at + pointerStep(it.key()), lines, limit);
        }
        for (auto it = actual.begin(); it != actual.end(); ++it) {
            if (!expected.contains(it.key()))
                lines << QString::fromStdString(at + pointerStep(it.key()) + ": unexpected "
                                                + store::jsStringify(it.value()));
        }
        if (lines.size() == before && keyList(expected) != keyList(actual))
            lines << QString::fromStdString((at.empty() ? "/" : at) + ": key order expected " + keyList(expected)
                                            + ", got " + keyList(actual));
        return;
    }
    if (expected.is_array() && actual.is_array()) {
        if (expected.size() != actual.size())
            lines << QString::fromStdString((at.empty() ? "/" : at) + ": expected " + std::to_string(expected.size())
                                            + " items, got " + std::to_string(actual.size()));
        for (std::size_t i = 0; i < std::min(expected.size(), actual.size()); ++i)
            describeDifference(expected[i], actual[i], at + "/" + std::to_string(i), lines, limit);
        return;
    }
    if (expected == actual)
        return;
    lines << QString::fromStdString((at.empty() ? "/" : at) + ": expected " + store::jsStringify(expected) + ", got "
                                    + store::jsStringify(actual));
}

Json readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    return Json::parse(file.readAll().toStdString(), nullptr, false);
}

} // namespace

// Every case of tests/conformance/cases (expectations produced by LoopBack 3
// itself through ../shared/oracle, see generate.js) run through the engine on
// the same models and the same database (shop.sqlite, large.sqlite for the
// paging cases, raw.sqlite for values only another program stores;
// embedded.sqlite with the models of embedded/), opened read-only.
class TestConformance : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesLoopBack_data();
    void matchesLoopBack();

private:
    std::map<QString, std::unique_ptr<schema::Schema>> m_schemas; // by app folder
    // One engine per database a case can name ("shop" unless it says "large", "raw" or "embedded").
    std::map<std::string, std::unique_ptr<store::Connection>> m_connections;
    std::map<std::string, std::unique_ptr<query::Engine>> m_engines;
};

void TestConformance::initTestCase()
{
    // Each database with the app whose models made it.
    const std::pair<const char*, QString> databases[] = {{"shop", shopApp}, {"large", shopApp}, {"raw", shopApp},
                                                         {"embedded", conformanceDir + QStringLiteral("/embedded")}};
    for (const auto& [name, app] : databases) {
        auto& schema = m_schemas[app];
        if (!schema) {
            const std::unique_ptr<Document> document = io::read(app);
            QVERIFY2(document, qPrintable(app + QStringLiteral(" must be readable")));
            schema = std::make_unique<schema::Schema>(schema::compile(*document));
        }
        store::Error error;
        auto connection = store::Connection::open(conformanceDir + QStringLiteral("/%1.sqlite").arg(QLatin1String(name)),
                                                  {}, &error);
        QVERIFY2(connection, qPrintable(error.text()));
        m_engines[name] = std::make_unique<query::Engine>(*schema, *connection);
        m_connections[name] = std::move(connection);
    }
}

void TestConformance::matchesLoopBack_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(conformanceDir + QStringLiteral("/cases"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 100, "the conformance suite holds at least 100 cases");
    for (const QString& file : files)
        QTest::addRow("%s", qPrintable(file.chopped(5))) << conformanceDir + QStringLiteral("/cases/") + file;
}

void TestConformance::matchesLoopBack()
{
    QFETCH(QString, path);
    const Json testCase = readJson(path);
    QVERIFY2(testCase.is_object() && testCase.contains("expected"), "a case is an object with an expectation");
    const std::string model = testCase["model"].get<std::string>();
    const auto engine = m_engines.find(testCase.value("database", std::string("shop")));
    QVERIFY2(engine != m_engines.end(), "a case names the shop, large, raw or embedded database");
    query::Engine& queryEngine = *engine->second;
    const bool hasFilter = testCase.contains("filter");
    const Json filter = hasFilter ? testCase["filter"] : Json::object();
    // Each query (and relation accessor) runs twice: for its JSON value, and for its
    // text written straight from the rows (what relata-cli prints), which must be JSON.stringify's.
    auto run = [&](query::Answer answer) {
        if (testCase.contains("related")) {
            const Json& related = testCase["related"];
            return queryEngine.related(model, related["id"], related["relation"].get<std::string>(),
                                       hasFilter ? std::optional<Json>(filter) : std::nullopt, answer);
        }
        if (testCase.contains("scope"))
            return queryEngine.scope(model, testCase["scope"].get<std::string>(), filter, answer);
        return queryEngine.find(model, filter, answer);
    };
    const Json actual = run(query::Answer::Value).document();
    const Json& expected = testCase["expected"];
    QStringList lines;
    describeDifference(expected, actual, std::string(), lines);
    if (!lines.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1\n   %2\n   got: %3")
                             .arg(QString::fromStdString(testCase.value("description", std::string())),
                                  lines.join(QStringLiteral("\n   ")),
                                  QString::fromStdString(store::jsStringify(actual)).left(600))));
    QCOMPARE(run(query::Answer::Text).documentText(), store::jsStringify(expected));
}

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
