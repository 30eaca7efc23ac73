#include "tst_json.h"

#include "corpus_apps.h"

#include <QDirIterator>
#include <QFile>

#include <variant>

using namespace relata;
using namespace relata::testing;

namespace relata::testing {

std::string readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

std::string bytes(const QByteArray& text)
{
    return std::string(text.constData(), static_cast<std::size_t>(text.size()));
}

QByteArray qbytes(const std::string& text)
{
    return QByteArray(text.data(), static_cast<qsizetype>(text.size()));
}

QByteArray dumped(const Json& value)
{
    return qbytes(value.dump());
}

QByteArray reparsed(const std::string& text)
{
    QByteArray error;
    const auto result = parsed(text, &error);
    return result ? dumped(result->value()) : error;
}

std::optional<json::Text> parsed(const std::string& source, QByteArray* error)
{
    auto result = json::parse(source);
    if (auto* failure = std::get_if<json::ParseError>(&result)) {
        if (error)
            *error = QByteArray::number(failure->at.line) + ':' + QByteArray::number(failure->at.column) +
                     ": " + QByteArray::fromStdString(failure->message);
        return std::nullopt;
    }
    return std::get<json::Text>(std::move(result));
}

static std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> result;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        result.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start + 1));
        start = end == std::string::npos ? text.size() : end + 1;
    }
    return result;
}

std::pair<int, int> hunk(const std::string& before, const std::string& after)
{
    const std::vector<std::string> a = lines(before);
    const std::vector<std::string> b = lines(after);
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return {int(a.size() - prefix - suffix), int(b.size() - prefix - suffix)};
}

} // namespace relata::testing

namespace {

const QString fixtureDir = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/json");

QStringList jsonFiles(const QString& root, bool skipBadInput)
{
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!skipBadInput || !path.contains(QLatin1String("/_bad-input/")))
            files << path;
    }
    files.sort();
    return files;
}

} // namespace


void TestJson::corpusRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    const QString root = test::corpusDir();
    if (test::corpusRowsMissing())
        return;
    for (const QString& path : jsonFiles(root, true))
        QTest::addRow("%s", qPrintable(path.mid(root.size() + 1))) << path;
}

// Every corpus file parses. Rendered unchanged it is its source by a
// shortcut, which proves nothing about the renderer; so it is also rendered
// with every value walked through the renderer, which must give the same bytes.
void TestJson::corpusRoundTrips()
{
    QFETCH(QString, path);
    if (test::corpusMissing(path))
        return;
    const std::string source = readFile(path);
    QByteArray error;
    const auto text = parsed(source, &error);
    QVERIFY2(text, error.constData());
    QCOMPARE(qbytes(text->render(text->value())), qbytes(source));
    QCOMPARE(qbytes(text->renderEveryValue(text->value())), qbytes(source));
}

// Changing one string member changes one line; adding a member adds lines and
// touches at most the line that gains a comma; the result parses to the edit.
void TestJson::corpusEditsStayLocal()
{
    QFETCH(QString, path);
    if (test::corpusMissing(path))
        return;
    const auto text = parsed(readFile(path));
    QVERIFY(text);
    if (!text->value().is_object() || text->value().empty())
        QSKIP("not a non-empty object");
    const Json& original = text->value();

    Json changed = original;
    for (auto& [key, value] : changed.items()) {
        if (value.is_string()) {
            value = value.get<std::string>() + "-changed";
            const std::string rendered = text->render(changed);
            QCOMPARE(hunk(text->source(), rendered), std::make_pair(1, 1));
            QCOMPARE(reparsed(rendered), dumped(changed));
            break;
        }
    }

    Json added = original;
    added["relataAdded"] = Json{{"type", "hasMany"}, {"through", Json::array({1, 2.5, "x"})}};
    const std::string withMember = text->render(added);
    QCOMPARE(reparsed(withMember), dumped(added));
    const auto [removedLines, addedLines] = hunk(text->source(), withMember);
    QVERIFY2(removedLines <= 1 && addedLines >= removedLines, withMember.c_str());

    Json removed = original;
    removed.erase(removed.begin());
    const std::string withoutFirst = text->render(removed);
    QCOMPARE(reparsed(withoutFirst), dumped(removed));
    if (text->warnings().empty()) // a duplicated key is removed at each occurrence
        QVERIFY(hunk(text->source(), withoutFirst).second <= 1);
}

void TestJson::fixturesRoundTripWithTheirStyle_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("indentUnit");
    QTest::addColumn<QByteArray>("newline");
    QTest::addColumn<bool>("finalNewline");
    QTest::addColumn<bool>("spaceBeforeColon");
    QTest::addColumn<bool>("spaceAfterColon");
    const auto row = [](const char* file, const char* unit, const char* newline, bool final, bool before,
                        bool after) {
        QTest::addRow("%s", file) << QString::fromLatin1(file) << QByteArray(unit) << QByteArray(newline)
                                  << final << before << after;
    };
    row("crlf.json", "  ", "\r\n", true, false, true);
    row("four-space.json", "    ", "\n", true, false, true);
    row("tabs.json", "\t", "\n", true, false, true);
    row("mixed-indent.json", "  ", "\n", true, false, true);
    row("space-before-colon.json", "  ", "\n", true, true, true);
    row("compact-colon.json", "  ", "\n", true, false, false);
    row("no-final-newline.json", "  ", "\n", false, false, true);
    row("inline-objects.json", "  ", "\n", true, false, true);
    row("unicode-escapes.json", "  ", "\n", true, false, true);
    row("bom.json", "  ", "\n", true, false, true);
    row("duplicate-keys.json", "  ", "\n", true, false, true);
}

void TestJson::fixturesRoundTripWithTheirStyle()
{
    QFETCH(QString, file);
    const std::string source = readFile(fixtureDir + '/' + file);
    QVERIFY(!source.empty());
    QByteArray error;
    const auto text = parsed(source, &error);
    QVERIFY2(text, error.constData());
    QCOMPARE(qbytes(text->render(text->value())), qbytes(source));
    QTEST(qbytes(text->style().indentUnit), "indentUnit");
    QTEST(qbytes(text->style().newline), "newline");
    QTEST(text->style().finalNewline, "finalNewline");
    QTEST(text->style().spaceBeforeColon, "spaceBeforeColon");
    QTEST(text->style().spaceAfterColon, "spaceAfterColon");
}

// Values and number types are what nlohmann's own parser gives, so code
// comparing them never depends on which parser read the file.
void TestJson::valuesMatchNlohmann()
{
    for (const QString& path : jsonFiles(fixtureDir, false)) {
        std::string source = readFile(path);
        const auto text = parsed(source);
        QVERIFY2(text, qPrintable(path));
        if (source.rfind("\xEF\xBB\xBF", 0) == 0)
            source.erase(0, 3);
        const Json expected = Json::parse(source);
        QCOMPARE(dumped(text->value()), dumped(expected));
    }
    const Json numbers = std::get<json::Text>(json::parse("[0, 5, -5, 18446744073709551615, "
                                                          "18446744073709551616, -9223372036854775809, 1.0]"))
                             .value();
    QVERIFY(numbers[0].is_number_unsigned());
    QVERIFY(numbers[1].is_number_unsigned());
    QVERIFY(numbers[2].is_number_integer() && !numbers[2].is_number_unsigned());
    QVERIFY(numbers[3].is_number_unsigned());
    QVERIFY(numbers[4].is_number_float());
    QVERIFY(numbers[5].is_number_float());
    QVERIFY(numbers[6].is_number_float());
}

void TestJson::duplicateKeysWarnAndLastWins()
{
    const auto text = parsed(readFile(fixtureDir + "/duplicate-keys.json"));
    QVERIFY(text);
    QCOMPARE(dumped(text->value()["name"]), QByteArray("\"SettingsAgain\""));
    QCOMPARE(qbytes(text->value().begin().key()), QByteArray("name")); // JSON.parse keeps the first position
    QCOMPARE(dumped(text->value()["acls"][0]["accessType"]), QByteArray("\"*\""));
    QCOMPARE(qbytes(text->value()["acls"][0].begin().key()), QByteArray("accessType"));
    QCOMPARE(text->warnings().size(), std::size_t(2));
    const json::Warning& acl = text->warnings()[0];
    QCOMPARE(qbytes(acl.pointer), QByteArray("/acls/0/accessType"));
    QCOMPARE(acl.at, (json::Location{7, 7}));
    QVERIFY(acl.message.find("\"accessType\"") != std::string::npos);
    QCOMPARE(qbytes(text->warnings()[1].pointer), QByteArray("/name"));
    QCOMPARE(text->warnings()[1].at, (json::Location{12, 3}));
    QCOMPARE(text->locate("/name"), (json::Location{12, 3}));
}

void TestJson::formatMatchesJsonStringify_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("expected");
    // Expected outputs are JSON.stringify's (node 20).
    const auto row = [](const char* name, const char* value, const char* expected) {
        QTest::addRow("%s", name) << QByteArray(value) << QByteArray(expected);
    };
    row("tenth", "0.1", "0.1");
    row("large", "1e21", "1e+21");
    row("below 1e21", "1e20", "100000000000000000000");
    row("digits then zeros", "123456789012345680000", "123456789012345680000");
    row("small exponent", "1e-7", "1e-7");
    row("small decimal", "0.000001", "0.000001");
    row("small with digits", "1.5e-6", "0.0000015");
    row("exponent with digits", "123e-20", "1.23e-18");
    row("shortest digits", "1.2345678901234567e-7", "1.2345678901234566e-7");
    row("integral double", "99.0", "99");
    row("negative zero", "-0.0", "0");
    row("denormal", "5e-324", "5e-324");
    row("max double", "1.7976931348623157e308", "1.7976931348623157e+308");
    row("sum", "0.30000000000000004", "0.30000000000000004");
    row("negative", "-1.25", "-1.25");
    row("big exponent", "2.5e+25", "2.5e+25");
    row("third", "0.3333333333333333", "0.3333333333333333");
    // JavaScript would print 9007199254740992: integers are kept exactly instead.
    row("exact integer", "9007199254740993", "9007199254740993");
    row("negative integer", "-42", "-42");
    row("string escapes", R"("q\"b\\\b\f\n\r\t\u0001\u001f\u007f")", R"("q\"b\\\b\f\n\r\t\u0001\u001f)"
                                                                      "\x7f\"");
    row("non-ascii kept", R"("é \u2028\u2029 😀 </")", "\"é \xE2\x80\xA8\xE2\x80\xA9 😀 </\"");
    row("empty containers", R"({"a":{},"b":[],"c":[{},[]]})",
        "{\n  \"a\": {},\n  \"b\": [],\n  \"c\": [\n    {},\n    []\n  ]\n}");
    row("scalars", R"([true,false,null,"",0])",
        "[\n  true,\n  false,\n  null,\n  \"\",\n  0\n]");
}

void TestJson::formatMatchesJsonStringify()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, expected);
    json::TextStyle style = json::canonicalStyle();
    style.finalNewline = false;
    QCOMPARE(qbytes(json::format(Json::parse(bytes(value)), style)), expected);
}

void TestJson::formatFollowsStyle_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QByteArray>("newline");
    QTest::addColumn<bool>("finalNewline");
    QTest::addColumn<bool>("spaceBeforeColon");
    QTest::addColumn<bool>("spaceAfterColon");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("canonical") << QByteArray("  ") << QByteArray("\n") << true << false << true
                               << QByteArray("{\n  \"a\": [\n    1\n  ]\n}\n");
    QTest::addRow("four spaces") << QByteArray("    ") << QByteArray("\n") << true << false << true
                                 << QByteArray("{\n    \"a\": [\n        1\n    ]\n}\n");
    QTest::addRow("tab, CRLF") << QByteArray("\t") << QByteArray("\r\n") << true << false << true
                               << QByteArray("{\r\n\t\"a\": [\r\n\t\t1\r\n\t]\r\n}\r\n");
    QTest::addRow("no final newline") << QByteArray("  ") << QByteArray("\n") << false << false << true
                                      << QByteArray("{\n  \"a\": [\n    1\n  ]\n}");
    QTest::addRow("space before colon") << QByteArray("  ") << QByteArray("\n") << true << true << true
                                        << QByteArray("{\n  \"a\" : [\n    1\n  ]\n}\n");
    QTest::addRow("compact colon") << QByteArray("  ") << QByteArray("\n") << true << false << false
                                   << QByteArray("{\n  \"a\":[\n    1\n  ]\n}\n");
}

void TestJson::formatFollowsStyle()
{
    QFETCH(QByteArray, unit);
    QFETCH(QByteArray, newline);
    QFETCH(bool, finalNewline);
    QFETCH(bool, spaceBeforeColon);
    QFETCH(bool, spaceAfterColon);
    const json::TextStyle style{bytes(unit), bytes(newline), finalNewline, spaceBeforeColon, spaceAfterColon};
    QTEST(qbytes(json::format(Json{{"a", Json::array({1})}}, style)), "expected");
}

void TestJson::locate_data()
{
    QTest::addColumn<QByteArray>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addRow("root") << QByteArray("") << 1 << 1;
    QTest::addRow("member key") << QByteArray("/name") << 2 << 3;
    QTest::addRow("nested member") << QByteArray("/scopes/current/where") << 4 << 17;
    QTest::addRow("array element") << QByteArray("/hidden/1") << 8 << 29;
    QTest::addRow("~1 and ~0") << QByteArray("/scopes/a~1b~0c") << 7 << 5;
    QTest::addRow("missing member: parent") << QByteArray("/scopes/nope/where") << 3 << 3;
    QTest::addRow("index out of range: array") << QByteArray("/hidden/7") << 8 << 6;
    QTest::addRow("index with leading zero") << QByteArray("/hidden/01") << 8 << 6;
    QTest::addRow("into a scalar") << QByteArray("/name/x") << 2 << 3;
    QTest::addRow("columns count characters") << QByteArray("/scopes/a~1b~0c/é") << 7 << 23;
    QTest::addRow("malformed pointer: root") << QByteArray("name") << 1 << 1;
}

void TestJson::locate()
{
    QFETCH(QByteArray, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    const std::string source = "{\n"
                               "  \"name\": \"Page\",\n"
                               "  \"scopes\": {\n"
                               "    \"current\": {\"where\": {\"currentVersion\": true}},\n"
                               "    \"spaced\": { \"limit\": 10 },\n"
                               "    \"x\": 1,\n"
                               "    \"a/b~c\": {\"ü\": 1, \"é\": 2}\n"
                               "  }, \"hidden\": [\"password\", \"token\"]\n"
                               "}\n";
    const auto text = parsed(source);
    QVERIFY(text);
    QCOMPARE(text->locate(bytes(pointer)), (json::Location{line, column}));
}

QTEST_GUILESS_MAIN(TestJson)
