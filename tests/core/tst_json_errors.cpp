#include "tst_json.h"

#include "corpus_apps.h"
#include "json/json_depth.h"
#include <variant>

using namespace relata;
using namespace relata::testing;

void TestJson::parseErrors_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QByteArray>("message");
    const auto row = [](const char* name, const QByteArray& source, int line, int column, const char* message) {
        QTest::addRow("%s", name) << source << line << column << QByteArray(message);
    };
    row("trailing comma in an object", "{\n  \"a\": 1,\n}\n", 3, 1, "trailing comma before '}'");
    row("trailing comma in an array", "[1, 2, ]", 1, 8, "trailing comma before ']'");
    row("missing comma in an object", "{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}' after object member");
    row("missing comma in an array", "[1 2]", 1, 4, "expected ',' or ']' after array element");
    row("missing colon", "{\"a\" 1}", 1, 6, "unexpected '1' where ':' was expected after the property name");
    row("missing value", "{\"a\": }", 1, 7, "unexpected '}' where a value was expected");
    row("unterminated string at the end of the file", "{\"a\": \"abc", 1, 7,
        "unterminated string: the closing '\"' is missing");
    row("unterminated string at the end of the line", "{\n  \"a\": \"abc,\n  \"b\": 1\n}", 2, 8,
        "unterminated string: the line ends before the closing '\"'");
    row("bad escape", "[\"a\\qb\"]", 1, 4,
        "invalid escape '\\q' in a string (valid: \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
    row("bad unicode escape", "[\"\\u12G4\"]", 1, 3, "invalid unicode escape '\\u12G': expected four hex digits after \\u");
    row("unpaired surrogate", "[\"\\ud800x\"]", 1, 3, "invalid unicode escape: unpaired surrogate '\\ud800'");
    row("high surrogate without a low one", "[\"\\ud800\\u0041\"]", 1, 3,
        "invalid unicode escape: a high surrogate must be followed by a low one");
    row("control character in a string", "[\"a\tb\"]", 1, 4,
        "control character U+0009 in a string must be escaped (\\u0009)");
    row("end of file in an object", "{\n  \"a\": {\n    \"b\": 1\n", 4, 1,
        "unexpected end of file: the object opened at line 2:8 is not closed");
    row("end of file in an array", "[1,\n", 2, 1, "unexpected end of file: the array opened at line 1:1 is not closed");
    row("end of file after a colon", "{\"a\":", 1, 6, "unexpected end of file: expected a value");
    row("end of file after an element", "[1", 1, 3, "unexpected end of file: the array opened at line 1:1 is not closed");
    row("empty file", "  \n", 2, 1, "the file is empty: expected a JSON value");
    row("merge conflict: ours", "{\n  \"a\": 1\n<<<<<<< HEAD\n}", 3, 1,
        "unresolved merge conflict marker '<<<<<<<' (resolve the git conflict)");
    row("merge conflict: separator", "{\n  \"a\": 1,\n=======\n}", 3, 1,
        "unresolved merge conflict marker '=======' (resolve the git conflict)");
    row("merge conflict: theirs", "[\n1\n>>>>>>> branch\n]", 3, 1,
        "unresolved merge conflict marker '>>>>>>>' (resolve the git conflict)");
    row("single quotes", "{\"a\": 'b'}", 1, 7, "strings must be in double quotes");
    row("unquoted key", "{a: 1}", 1, 2, "property names must be in double quotes");
    row("comment", "{\n  // note\n  \"a\": 1\n}", 2, 3, "comments are not allowed in JSON");
    row("invalid literal", "[tru]", 1, 2, "invalid literal 'tru' (expected true, false or null)");
    row("undefined", "[undefined]", 1, 2, "unexpected 'undefined' where a value was expected");
    row("leading zero", "[012]", 1, 2, "invalid number '012': leading zeros are not allowed");
    row("bare minus", "[-]", 1, 2, "invalid number '-': expected a digit");
    row("fraction without digits", "[1.]", 1, 2, "invalid number '1.': expected a digit after '.'");
    row("exponent without digits", "[1e+]", 1, 2, "invalid number '1e+': expected a digit in the exponent");
    row("hex number", "[0x1F]", 1, 2, "invalid number '0x1F': unexpected characters after the number");
    row("number too large", "[1, -1e400]", 1, 5, "number '-1e400' is too large");
    row("garbage after the value", "{}\n}", 2, 1,
        "unexpected '}' after the end of the top-level value (a closing bracket too many before it?)");
    row("invalid UTF-8", "[\"a\xFF\"]", 1, 4, "invalid UTF-8 byte in a string (the file must be UTF-8)");
    row("columns count characters", "{\"é\": \"ü\" \"x\"}", 1, 11, "expected ',' or '}' after object member");
    row("a BOM is not a column", "\xEF\xBB\xBF{,}", 1, 2, "unexpected ',' where a property name in double quotes was expected");
    row("control character outside strings", "[\x01]", 1, 2, "unexpected control character U+0001 where a value was expected");
    row("nesting too deep", QByteArray(600, '['), 1, 513,
        "nested too deeply (more than 512 levels)");
}

void TestJson::parseErrors()
{
    QFETCH(QByteArray, source);
    auto result = json::parse(bytes(source));
    const auto* error = std::get_if<json::ParseError>(&result);
    QVERIFY2(error, "parsed");
    QTEST(qbytes(error->message), "message");
    QTEST(error->at.line, "line");
    QTEST(error->at.column, "column");
}

// Real broken files from the corpus; python's json.tool reports the same places.
void TestJson::badInputFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QByteArray>("message");
    const QString root = test::corpusDir() + QStringLiteral("/_bad-input/");
    const auto row = [&](const char* file, int line, int column, const char* message) {
        QTest::addRow("%s", file) << root + QString::fromLatin1(file) << line << column << QByteArray(message);
    };
    row("crownstone__crownstone-cloud@1cf2a8b/server/model-config.json", 242, 1, "trailing comma before '}'");
    row("ebrake__visav-health-platform@d786b29/common/models/person.json", 117, 5, "trailing comma before '}'");
    row("SteveFortune__isometrica-app@f88282d/common/models/plan.json", 18, 5, "trailing comma before '}'");
    row("isotopeee__dietview-api@1387817/common/models/user.json", 7, 5, "expected ',' or '}' after object member");
    row("JoshElias__esports-website@fb6ec30/common/models/guide-hero.json", 36, 1,
        "unresolved merge conflict marker '<<<<<<<' (resolve the git conflict)");
    row("AKAJEANYANN__horeoo-api@e9a18a6/common/models/offre.json", 50, 4,
        "unexpected ',' after the end of the top-level value (a closing bracket too many before it?)");
}

void TestJson::badInputFiles()
{
    QFETCH(QString, file);
    if (test::corpusMissing(file))
        return;
    const std::string source = readFile(file);
    QVERIFY2(!source.empty(), qPrintable(file));
    auto result = json::parse(source);
    const auto* error = std::get_if<json::ParseError>(&result);
    QVERIFY2(error, "parsed");
    QTEST(qbytes(error->message), "message");
    QTEST(error->at.line, "line");
    QTEST(error->at.column, "column");
}

// json::nestedTooDeeply guards nlohmann's parser (database columns): it must
// stop exactly where Relata's own parser stops, and ignore brackets in strings.
void TestJson::depthScanAgreesWithParser_data() {
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("line"); // 0: not too deep
    QTest::addColumn<int>("column");
    const QByteArray limit = QByteArray(json::maxDepth, '[') + QByteArray(json::maxDepth, ']');
    const QByteArray deeper =
        QByteArray(json::maxDepth + 1, '[') + QByteArray(json::maxDepth + 1, ']');
    QTest::addRow("at the limit") << limit << 0 << 0;
    QTest::addRow("one level more") << deeper << 1 << json::maxDepth + 1;
    QTest::addRow("objects") << QByteArray("{\"a\":").repeated(json::maxDepth + 1) + "1" +
                                    QByteArray(json::maxDepth + 1, '}')
                             << 1 << 5 * json::maxDepth + 1;
    QTest::addRow("on the second line") << "{\"e\": 1,\n \"x\": " + deeper + "}" << 2 << 518;
    QTest::addRow("columns count characters")
        << "{\"é\": \"ü\", \"x\": " + deeper + "}" << 1 << 528;
    QTest::addRow("brackets in a string") << "[\"" + QByteArray(2000, '[') + "\"]" << 0 << 0;
    QTest::addRow("escaped quote in a string")
        << "[\"\\\"" + QByteArray(2000, '{') + "\"]" << 0 << 0;
    QTest::addRow("escaped backslash ends a string") << "[\"\\\\\", " + deeper + "]" << 1 << 519;
}

void TestJson::depthScanAgreesWithParser() {
    QFETCH(QByteArray, source);
    QFETCH(int, line);
    QFETCH(int, column);
    const std::string text = bytes(source);
    const std::optional<json::Location> scanned = json::nestedTooDeeply(text);
    QCOMPARE(scanned.has_value(), line != 0);
    auto parsed = json::parse(text);
    const auto* error = std::get_if<json::ParseError>(&parsed);
    QCOMPARE(error != nullptr, line != 0);
    if (!scanned)
        return;
    QCOMPARE(scanned->line, line);
    QCOMPARE(scanned->column, column);
    QCOMPARE(error->at, *scanned);
    QCOMPARE(qbytes(error->message), QByteArray("nested too deeply (more than 512 levels)"));
}
