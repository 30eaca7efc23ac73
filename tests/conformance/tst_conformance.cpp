#include "document/document.h"
#include "io/app_io.h"
#include "query/engine.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "store/js_values.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <cstdio>
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

// JSON.stringify writes a lone surrogate as an escape ("\ud83d"), which
// nlohmann refuses; each is read as a character of Unicode's private use
// plane 15 (U+F0000 + its offset from U+D800), then held as the engine holds
// it: its number in UTF-8's three bytes (WTF-8, store::wtf8Unit).
constexpr char32_t loneSurrogateStandIn = 0xF0000;

std::string withLoneSurrogatesStoodIn(const std::string& text)
{
    auto unitAt = [&](std::size_t at) -> int {
        if (at + 6 > text.size() || text[at] != '\\' || text[at + 1] != 'u')
            return -1;
        return std::stoi(text.substr(at + 2, 4), nullptr, 16);
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out += text[i];
            continue;
        }
        const int unit = unitAt(i);
        const bool high = unit >= 0xD800 && unit <= 0xDBFF;
        const int next = high ? unitAt(i + 6) : -1;
        if (high && next >= 0xDC00 && next <= 0xDFFF) {
            out.append(text, i, 12);
            i += 11;
        } else if (unit >= 0xD800 && unit <= 0xDFFF) {
            const char32_t standIn = loneSurrogateStandIn + char32_t(unit - 0xD800) - 0x10000;
            char pair[16];
            std::snprintf(pair, sizeof pair, "\\u%04x\\u%04x", unsigned(0xD800 + (standIn >> 10)),
                          unsigned(0xDC00 + (standIn & 0x3FF)));
            out += pair;
            i += 5;
        } else {
            out.append(text, i, 2); // any other escape, "\\" included
            ++i;
        }
    }
    return out;
}

void restoreLoneSurrogates(Json& value)
{
    if (value.is_structured()) {
        if (value.is_object()) {
            Json restored = Json::object();
            for (auto it = value.begin(); it != value.end(); ++it) {
                Json key = it.key();
                restoreLoneSurrogates(key);
                restoreLoneSurrogates(it.value());
                restored[key.get<std::string>()] = std::move(it.value());
            }
            value = std::move(restored);
        } else {
            for (Json& item : value)
                restoreLoneSurrogates(item);
        }
        return;
    }
    if (!value.is_string())
        return;
    const QString text = QString::fromStdString(value.get<std::string>());
    std::string out;
    for (const char32_t code : text.toUcs4()) {
        if (code >= loneSurrogateStandIn && code < loneSurrogateStandIn + 0x800) {
            const char32_t unit = 0xD800 + (code - loneSurrogateStandIn);
            out += {char(0xE0 | (unit >> 12)), char(0x80 | ((unit >> 6) & 0x3F)), char(0x80 | (unit & 0x3F))};
        } else {
            out += QString::fromUcs4(&code, 1).toStdString();
        }
    }
    value = out;
}

Json readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Json();
    Json value = Json::parse(withLoneSurrogatesStoodIn(file.readAll().toStdString()), nullptr, false);
    restoreLoneSurrogates(value);
    return value;
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
