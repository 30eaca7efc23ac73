#include "tst_store.h"

#include "store/codec.h"
#include "store/column_json.h"

#include <QDateTime>
#include <QTest>

#include <array>
#include <charconv>
#include <cmath>

using namespace relata;
using relata::storetest::makeProperty;
using schema::ValueType;

void TestStore::decode_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QVariant>("cell");
    QTest::addColumn<QString>("expected"); // JSON.stringify of what LoopBack returns
    const int number = int(ValueType::Number);
    const int object = int(ValueType::Object);
    QTest::addRow("null") << number << "Number" << QVariant() << "null";
    QTest::addRow("number REAL 99.0") << number << "Number" << QVariant(99.0) << "99";
    QTest::addRow("number REAL 10.5") << number << "Number" << QVariant(10.5) << "10.5";
    QTest::addRow("number INTEGER id") << number << "Number" << QVariant(qint64(7)) << "7";
    QTest::addRow("number as text") << number << "Number" << QVariant("12") << "12";
    QTest::addRow("number, text not numeric") << number << "Number" << QVariant("abc") << "null";
    QTest::addRow("boolean 1") << int(ValueType::Boolean) << "Boolean" << QVariant(qint64(1)) << "true";
    QTest::addRow("boolean 0") << int(ValueType::Boolean) << "Boolean" << QVariant(qint64(0)) << "false";
    QTest::addRow("boolean text t") << int(ValueType::Boolean) << "Boolean" << QVariant("t") << "true";
    QTest::addRow("boolean text true is false (connector)")
        << int(ValueType::Boolean) << "Boolean" << QVariant("true") << "false";
    QTest::addRow("date ms") << int(ValueType::Date) << "Date" << QVariant(qint64(1622505600000))
                             << "\"2021-06-01T00:00:00.000Z\"";
    QTest::addRow("date before 1970") << int(ValueType::Date) << "Date" << QVariant(qint64(-1))
                                      << "\"1969-12-31T23:59:59.999Z\"";
    QTest::addRow("date REAL ms") << int(ValueType::Date) << "Date" << QVariant(1577934245000.0)
                                  << "\"2020-01-02T03:04:05.000Z\"";
    QTest::addRow("date ISO text") << int(ValueType::Date) << "Date" << QVariant("2021-06-01")
                                   << "\"2021-06-01T00:00:00.000Z\"";
    QTest::addRow("date, text not a date") << int(ValueType::Date) << "Date" << QVariant("soon") << "null";
    QTest::addRow("string") << int(ValueType::String) << "String" << QVariant("Ann") << "\"Ann\"";
    QTest::addRow("string from REAL") << int(ValueType::String) << "String" << QVariant(5.0) << "\"5\"";
    QTest::addRow("text type, encoded once") << int(ValueType::String) << "Text" << QVariant("\"5\"") << "\"5\"";
    QTest::addRow("object encoded twice") << object << "Object" << QVariant("\"{\\\"a\\\":1}\"") << "{\"a\":1}";
    QTest::addRow("object encoded once") << object << "Object" << QVariant("{\"a\":1}") << "{\"a\":1}";
    QTest::addRow("object null text") << object << "Object" << QVariant("\"null\"") << "null";
    QTest::addRow("object holding a string") << object << "Object" << QVariant("\"\\\"str\\\"\"") << "\"str\"";
    QTest::addRow("object, text not JSON") << object << "Object" << QVariant("not json") << "\"not json\"";
    QTest::addRow("any number") << int(ValueType::Any) << "any" << QVariant("\"5\"") << "5";
    QTest::addRow("any string") << int(ValueType::Any) << "any" << QVariant("\"\\\"abc\\\"\"") << "\"abc\"";
    QTest::addRow("id array twice") << int(ValueType::Array) << "[Number]" << QVariant("\"[29,100]\"") << "[29,100]";
    QTest::addRow("empty array twice") << int(ValueType::Array) << "[Number]" << QVariant("\"[]\"") << "[]";
    QTest::addRow("array once") << int(ValueType::Array) << "[Number]" << QVariant("[1,2]") << "[1,2]";
    QTest::addRow("embedded once") << int(ValueType::Model) << "Address" << QVariant("{\"street\":\"S\"}")
                                   << "{\"street\":\"S\"}";
    QTest::addRow("embedded twice") << int(ValueType::Model) << "Address"
                                    << QVariant("\"{\\\"street\\\":\\\"S\\\"}\"") << "{\"street\":\"S\"}";
    QTest::addRow("geopoint") << int(ValueType::GeoPoint) << "GeoPoint" << QVariant("{\"lat\":1.5,\"lng\":2}")
                              << "{\"lat\":1.5,\"lng\":2}";
}

void TestStore::decode()
{
    QFETCH(int, type);
    QFETCH(QString, typeName);
    QFETCH(QVariant, cell);
    QFETCH(QString, expected);
    const schema::Property p = makeProperty("p", ValueType(type), typeName.toStdString());
    QCOMPARE(QString::fromStdString(store::jsStringify(store::decode(p, cell))), expected);
    if (cell.typeId() == QMetaType::QString) {
        const QByteArray utf8 = cell.toString().toUtf8();
        const auto view = store::Cell::fromText({utf8.constData(), std::size_t(utf8.size())});
        QCOMPARE(QString::fromStdString(store::jsStringify(store::decode(p, view))), expected);
    }
}

void TestStore::encode_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QVariant>("expected");
    QTest::addColumn<QString>("error");
    const int number = int(ValueType::Number);
    const int array = int(ValueType::Array);
    QTest::addRow("number") << number << "Number" << "99" << QVariant(qint64(99)) << "";
    QTest::addRow("number fraction") << number << "Number" << "10.5" << QVariant(10.5) << "";
    QTest::addRow("number from text") << number << "Number" << "\"12\"" << QVariant(qint64(12)) << "";
    QTest::addRow("number, wrong type") << number << "Number" << "\"abc\"" << QVariant() << "expected a number";
    QTest::addRow("number, long text shortened between characters")
        << number << "Number" << (QStringLiteral("\"a") + QString(30, QChar(0xe9)) + u'"') << QVariant()
        << (QStringLiteral("\"a") + QString(17, QChar(0xe9)) + QStringLiteral("..."));
    QTest::addRow("number, boolean") << number << "Number" << "true" << QVariant() << "expected a number";
    QTest::addRow("boolean") << int(ValueType::Boolean) << "Boolean" << "true" << QVariant(qint64(1)) << "";
    QTest::addRow("boolean from text") << int(ValueType::Boolean) << "Boolean" << "\"false\"" << QVariant(qint64(0)) << "";
    QTest::addRow("boolean, wrong type") << int(ValueType::Boolean) << "Boolean" << "\"yes\"" << QVariant() << "expected a boolean";
    QTest::addRow("date only is UTC") << int(ValueType::Date) << "Date" << "\"2021-06-01\""
                                      << QVariant(qint64(1622505600000)) << "";
    QTest::addRow("date ISO") << int(ValueType::Date) << "Date" << "\"2020-01-02T03:04:05.000Z\""
                              << QVariant(qint64(1577934245000)) << "";
    QTest::addRow("date ms") << int(ValueType::Date) << "Date" << "1577934245000"
                             << QVariant(qint64(1577934245000)) << "";
    QTest::addRow("date, wrong type") << int(ValueType::Date) << "Date" << "\"June\"" << QVariant() << "expected a date";
    QTest::addRow("string") << int(ValueType::String) << "String" << "\"x\"" << QVariant("x") << "";
    QTest::addRow("string from number") << int(ValueType::String) << "String" << "5" << QVariant("5") << "";
    QTest::addRow("string, object") << int(ValueType::String) << "String" << "{\"a\":1}" << QVariant() << "expected a string";
    QTest::addRow("text type") << int(ValueType::String) << "Text" << "\"t\"" << QVariant("\"t\"") << "";
    QTest::addRow("object twice") << int(ValueType::Object) << "Object" << "{\"a\":1.0}"
                                  << QVariant("\"{\\\"a\\\":1}\"") << "";
    QTest::addRow("object null") << int(ValueType::Object) << "Object" << "null" << QVariant("\"null\"") << "";
    QTest::addRow("object, wrong type") << int(ValueType::Object) << "Object" << "\"str\"" << QVariant() << "expected an object";
    QTest::addRow("any number") << int(ValueType::Any) << "any" << "5" << QVariant("\"5\"") << "";
    QTest::addRow("any string") << int(ValueType::Any) << "any" << "\"abc\"" << QVariant("\"\\\"abc\\\"\"") << "";
    QTest::addRow("number array") << array << "[Number]" << "[1, \"2.5\"]" << QVariant("\"[1,2.5]\"") << "";
    QTest::addRow("number array, bad item") << array << "[Number]" << "[1, \"x\"]" << QVariant()
                                            << "[1]: expected a number";
    QTest::addRow("array null is NULL") << array << "[Number]" << "null" << QVariant() << "";
    QTest::addRow("array, wrong type") << array << "[Number]" << "3" << QVariant() << "expected an array";
    QTest::addRow("geopoint") << int(ValueType::GeoPoint) << "GeoPoint" << "{\"lng\": 2, \"lat\": 1.5}"
                              << QVariant("{\"lat\":1.5,\"lng\":2}") << "";
    QTest::addRow("geopoint from pair") << int(ValueType::GeoPoint) << "GeoPoint" << "[1, 2]"
                                        << QVariant("{\"lat\":1,\"lng\":2}") << "";
    QTest::addRow("geopoint out of range") << int(ValueType::GeoPoint) << "GeoPoint" << "{\"lat\": 100, \"lng\": 0}"
                                           << QVariant() << "expected a GeoPoint";
    QTest::addRow("embedded once") << int(ValueType::Model) << "Address" << "{\"street\": \"S\"}"
                                   << QVariant("{\"street\":\"S\"}") << "";
    QTest::addRow("embedded, wrong type") << int(ValueType::Model) << "Address" << "\"S\"" << QVariant()
                                          << "expected an object";
}

void TestStore::encode()
{
    QFETCH(int, type);
    QFETCH(QString, typeName);
    QFETCH(QString, input);
    QFETCH(QVariant, expected);
    QFETCH(QString, error);
    schema::Property p = makeProperty("p", ValueType(type), typeName.toStdString(),
                                  ValueType(type) == ValueType::Array ? ValueType::Number : ValueType::Any);
    const store::Encoded encoded = store::encode(p, Json::parse(input.toStdString()));
    QVERIFY2(QString::fromStdString(encoded.error).contains(error), encoded.error.c_str());
    QCOMPARE(encoded.ok(), error.isEmpty());
    QCOMPARE(encoded.value, expected);
    QCOMPARE(encoded.value.typeId(), expected.typeId());
}

void TestStore::roundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("value"); // as LoopBack returns it
    QTest::addRow("number") << int(ValueType::Number) << "Number" << "74";
    QTest::addRow("number fraction") << int(ValueType::Number) << "Number" << "0.30000000000000004";
    QTest::addRow("boolean") << int(ValueType::Boolean) << "Boolean" << "false";
    QTest::addRow("date") << int(ValueType::Date) << "Date" << "\"2019-09-13T21:32:10.123Z\"";
    QTest::addRow("string") << int(ValueType::String) << "String" << "\"trent \\\"T\\\"\\n\"";
    QTest::addRow("text") << int(ValueType::String) << "Text" << "\"multi\\nline\"";
    QTest::addRow("object") << int(ValueType::Object) << "Object" << "{\"b\":[1,{\"c\":null}],\"a\":\"é\"}";
    QTest::addRow("object null") << int(ValueType::Object) << "Object" << "null";
    QTest::addRow("any string") << int(ValueType::Any) << "any" << "\"42\"";
    QTest::addRow("any array") << int(ValueType::Any) << "any" << "[1,\"x\"]";
    QTest::addRow("array") << int(ValueType::Array) << "Array" << "[29,100,67,25]";
    QTest::addRow("embedded list") << int(ValueType::Array) << "[Address]" << "[{\"id\":1,\"street\":\"168 High St\"}]";
    QTest::addRow("embedded") << int(ValueType::Model) << "Address" << "{\"street\":\"193 Church Ln\",\"city\":\"Prague\"}";
    QTest::addRow("geopoint") << int(ValueType::GeoPoint) << "GeoPoint" << "{\"lat\":50.08,\"lng\":14.42}";
}

void TestStore::roundTrip()
{
    QFETCH(int, type);
    QFETCH(QString, typeName);
    QFETCH(QString, value);
    const schema::Property p = makeProperty("p", ValueType(type), typeName.toStdString());
    const store::Encoded encoded = store::encode(p, Json::parse(value.toStdString()));
    QVERIFY2(encoded.ok(), encoded.error.c_str());
    QCOMPARE(QString::fromStdString(store::jsStringify(store::decode(p, encoded.value))), value);
}

void TestStore::jsNumbers_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("text");
    QTest::addRow("integral double") << 99.0 << "99";
    QTest::addRow("fraction") << 0.1 << "0.1";
    QTest::addRow("shortest round trip") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::addRow("negative") << -1.5 << "-1.5";
    QTest::addRow("large integer") << 123456789012.0 << "123456789012";
    QTest::addRow("1e20 in full") << 1e20 << "100000000000000000000";
    QTest::addRow("1e21 as exponent") << 1e21 << "1e+21";
    QTest::addRow("small, in full") << 0.000001 << "0.000001";
    QTest::addRow("small, as exponent") << 1e-7 << "1e-7";
    QTest::addRow("mantissa and exponent") << 123e-20 << "1.23e-18";
    QTest::addRow("largest double") << 1.7976931348623157e308 << "1.7976931348623157e+308";
    QTest::addRow("smallest double") << 5e-324 << "5e-324";
    QTest::addRow("fraction below 1e15") << 999999999999999.9 << "999999999999999.9";
    QTest::addRow("fraction above 1e15") << 1000000000000000.5 << "1000000000000000.5";
    QTest::addRow("whole below 2^53") << 9007199254740991.0 << "9007199254740991";
}

void TestStore::jsNumbers()
{
    QFETCH(double, number);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(store::jsNumber(number)), text);
    QCOMPARE(QString::fromStdString(store::jsStringify(store::numberJson(number))), text);
}

// Numbers of a few decimals take a shorter path than the shortest-digits
// search; every number of a sweep must come out as that search writes it
// (to_chars in fixed notation between 1e-6 and 1e15).
void TestStore::jsNumbersOfFewDecimals_data()
{
    QTest::addColumn<double>("from");
    QTest::addColumn<double>("step");
    QTest::addColumn<int>("count");
    QTest::addRow("cents to 2,000") << 0.0 << 0.01 << 200000;
    QTest::addRow("negative cents") << -1000.0 << 0.01 << 100000;
    QTest::addRow("thousandths") << 0.0 << 0.001 << 100000;
    QTest::addRow("tenths near 1e12") << 999999990000.0 << 0.1 << 100000;
    QTest::addRow("cents beyond 1e12") << 1e12 - 500 << 0.01 << 100000;
    QTest::addRow("sixteenths near 5e14") << 5e14 << 0.0625 << 100000;
    QTest::addRow("sevenths") << 0.0 << 1.0 / 7 << 100000;
    QTest::addRow("below 1e-3") << 0.0 << 1e-5 << 100000;
}

void TestStore::jsNumbersOfFewDecimals()
{
    QFETCH(double, from);
    QFETCH(double, step);
    QFETCH(int, count);
    for (int i = 0; i < count; ++i) {
        // Both the value computed and its neighbours, which read back as other decimals.
        const double computed = from + step * i;
        for (const double number : {computed, std::nextafter(computed, 0.0), std::nextafter(computed, 1e300)}) {
            if (number == std::trunc(number) || std::abs(number) < 1e-6)
                continue;
            std::array<char, 40> buffer{};
            const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number, std::chars_format::fixed);
            const std::string expected(buffer.data(), end.ptr);
            const std::string written = store::jsNumber(number);
            if (written != expected)
                QFAIL(qPrintable(QStringLiteral("%1 written as %2").arg(QString::fromStdString(expected),
                                                                      QString::fromStdString(written))));
        }
    }
}

namespace {

// The same value with the same types at every level (Json's == takes 1 and 1u as equal).
bool sameJson(const Json& a, const Json& b)
{
    if (a.type() != b.type() || a.size() != b.size())
        return false;
    if (a.is_object()) {
        for (auto i = a.begin(), j = b.begin(); i != a.end(); ++i, ++j) {
            if (i.key() != j.key() || !sameJson(i.value(), j.value()))
                return false;
        }
        return true;
    }
    if (a.is_array()) {
        for (std::size_t i = 0; i < a.size(); ++i) {
            if (!sameJson(a[i], b[i]))
                return false;
        }
        return true;
    }
    return a.dump() == b.dump();
}

} // namespace

// Column JSON in the shapes columns hold is parsed without Json::parse, into
// what Json::parse makes of it; anything else is left to Json::parse.
void TestStore::plainJsonParsesAsJsonParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("plain");
    QTest::addRow("object") << R"({"street":"203 King St","zip":"73991","n":1})" << true;
    QTest::addRow("list of objects") << R"([{"id":1,"label":"A"},{"id":2,"label":"B"}])" << true;
    QTest::addRow("twice-encoded list") << R"("[2028,2154,1764]")" << true;
    QTest::addRow("twice-encoded objects") << R"("[{\"id\":1,\"label\":\"a\\/b\"}]")" << true;
    QTest::addRow("repeated key keeps the first place") << R"({"a":1,"b":2,"a":3})" << true;
    QTest::addRow("unsigned, signed and double") << R"([0,-0,7,-7,1.5,-0.0,1E5,2e-3])" << true;
    QTest::addRow("largest unsigned") << "18446744073709551615" << true;
    QTest::addRow("smallest signed") << "-9223372036854775808" << true;
    QTest::addRow("escapes") << R"("a\"b\\c\/d\b\f\n\r\t")" << true;
    QTest::addRow("spaces") << " [ true , false , null , { } , [ ] ] " << true;
    QTest::addRow("empty text") << "" << false;
    QTest::addRow("unicode escape") << R"("caf\u00e9")" << false;
    QTest::addRow("non-ASCII") << QStringLiteral("\"caf\u00e9\"") << false;
    QTest::addRow("unsigned beyond 64 bits") << "18446744073709551616" << false;
    QTest::addRow("signed beyond 64 bits") << "-9223372036854775809" << false;
    QTest::addRow("double out of range") << "1e400" << false;
    QTest::addRow("leading zero") << "01" << false;
    QTest::addRow("trailing comma") << "[1,]" << false;
    QTest::addRow("text after the value") << "[1] x" << false;
    QTest::addRow("unknown escape") << R"("\x")" << false;
    QTest::addRow("not JSON") << "not json" << false;
    const auto nested = [](int depth) {
        return QString(depth, u'[') + QString(depth, u']');
    };
    QTest::addRow("nested 512 levels") << nested(512) << true;
    QTest::addRow("nested 513 levels: the checked path") << nested(513) << false;
    QTest::addRow("objects nested 513 levels") << QString("{\"a\":").repeated(512) + "{}" + QString("}").repeated(512)
                                               << false;
}

void TestStore::plainJsonParsesAsJsonParse()
{
    QFETCH(QString, text);
    QFETCH(bool, plain);
    const std::string utf8 = text.toStdString();
    const std::optional<Json> parsed = store::parsePlainJson(utf8);
    QCOMPARE(parsed.has_value(), plain);
    if (parsed) {
        const Json expected = Json::parse(utf8, nullptr, false);
        QVERIFY(!expected.is_discarded());
        QVERIFY2(sameJson(*parsed, expected), parsed->dump().c_str());
    }
}

void TestStore::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: invalid
    QTest::addColumn<QString>("iso");
    QTest::addRow("date only, UTC") << "2021-06-01" << qint64(1622505600000) << "2021-06-01T00:00:00.000Z";
    QTest::addRow("UTC date-time") << "2020-01-02T03:04:05.000Z" << qint64(1577934245000) << "2020-01-02T03:04:05.000Z";
    QTest::addRow("offset and one fraction digit") << "2021-06-01T10:00:00.5+02:00" << qint64(1622534400500)
                                                   << "2021-06-01T08:00:00.500Z";
    QTest::addRow("extended year") << "+002021-06-01" << qint64(1622505600000) << "2021-06-01T00:00:00.000Z";
    QTest::addRow("year before 0") << "-000001-01-01T00:00:00Z" << qint64(-62198755200000)
                                   << "-000001-01-01T00:00:00.000Z";
    QTest::addRow("year 10000") << "+010000-01-01T00:00:00Z" << qint64(253402300800000)
                                << "+010000-01-01T00:00:00.000Z";
    QTest::addRow("RFC 2822") << "Tue, 01 Jun 2021 00:00:00 +0000" << qint64(1622505600000)
                              << "2021-06-01T00:00:00.000Z";
    QTest::addRow("month 13") << "2021-13-01" << qint64(-1) << "";
    // V8's legacy parser (what Date.parse falls back to), as Node 20 answers.
    QTest::addRow("toUTCString form") << "Thu, 04 Mar 2021 10:00:00 GMT" << qint64(1614852000000)
                                      << "2021-03-04T10:00:00.000Z";
    QTest::addRow("toString form, zone name in parentheses") << "Thu Mar 04 2021 11:00:00 GMT+0100 (CET)"
                                                             << qint64(1614852000000) << "2021-03-04T10:00:00.000Z";
    QTest::addRow("month name, comma, UTC") << "March 4, 2021 10:00 UTC" << qint64(1614852000000)
                                            << "2021-03-04T10:00:00.000Z";
    QTest::addRow("day before month name, PST") << "4 Mar 2021 02:00 PST" << qint64(1614852000000)
                                                << "2021-03-04T10:00:00.000Z";
    QTest::addRow("pm") << "Mar 4 2021 10:00 pm GMT" << qint64(1614895200000) << "2021-03-04T22:00:00.000Z";
    QTest::addRow("GMT-8") << "Mar 4 2021 02:00 GMT-8" << qint64(1614852000000) << "2021-03-04T10:00:00.000Z";
    QTest::addRow("hour 24 is the next midnight") << "Mar 4 2021 24:00 GMT" << qint64(1614902400000)
                                                  << "2021-03-05T00:00:00.000Z";
    QTest::addRow("day past the month's end rolls over") << "2021-02-31" << qint64(1614729600000)
                                                         << "2021-03-03T00:00:00.000Z";
    QTest::addRow("a word after a number") << "2021 foo" << qint64(-1) << "";
    QTest::addRow("13 pm") << "Mar 4 2021 13:00 pm GMT" << qint64(-1) << "";
    QTest::addRow("month 13, legacy") << "13/1/2021 GMT" << qint64(-1) << "";
    QTest::addRow("words") << "soon" << qint64(-1) << "";
    QTest::addRow("empty") << "" << qint64(-1) << "";
}

void TestStore::jsRegExps_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("flags");
    QTest::addColumn<QString>("error"); // V8's message; empty: valid
    QTest::addRow("inline flag group") << "(?i)ann" << "" << "Invalid regular expression: /(?i)ann/: Invalid group";
    QTest::addRow("possessive quantifier") << "w++" << "" << "Invalid regular expression: /w++/: Nothing to repeat";
    QTest::addRow("quantified quantifier") << "a{2}{3}" << "i"
                                           << "Invalid regular expression: /a{2}{3}/i: Nothing to repeat";
    QTest::addRow("lazy quantifier") << "a+?" << "" << "";
    QTest::addRow("quantified lookbehind") << "(?<=a)*" << "" << "Invalid regular expression: /(?<=a)*/: Invalid quantifier";
    QTest::addRow("bounds out of order") << "a{3,2}" << ""
                                         << "Invalid regular expression: /a{3,2}/: numbers out of order in {} quantifier";
    QTest::addRow("backslash at the end") << "a\\" << "" << "Invalid regular expression: /a\\/: \\ at end of pattern";
    QTest::addRow("unterminated class") << "[a" << "" << "Invalid regular expression: /[a/: Unterminated character class";
    QTest::addRow("unmatched paren") << "a)" << "" << "Invalid regular expression: /a)/: Unmatched ')'";
    QTest::addRow("unterminated group") << "(a" << "" << "Invalid regular expression: /(a/: Unterminated group";
    QTest::addRow("any character class") << "[^]" << "" << "";
    QTest::addRow("empty class") << "[]" << "" << "";
    QTest::addRow("lone brace is a literal") << "a{" << "" << "";
    QTest::addRow("named group and lookbehind") << "(?<y>\\d{4})(?<=2)" << "" << "";
    QTest::addRow("POSIX-looking class is literal") << "[[:alpha:]]" << "" << "";
    QTest::addRow("every flag once") << "a" << "dgimsuy" << "";
    QTest::addRow("repeated flag") << "a" << "ii" << "Invalid flags supplied to RegExp constructor 'ii'";
    QTest::addRow("unknown flag") << "a" << "x" << "Invalid flags supplied to RegExp constructor 'x'";
    QTest::addRow("u and v together") << "a" << "uv" << "Invalid flags supplied to RegExp constructor 'uv'";
}

void TestStore::jsRegExps()
{
    QFETCH(QString, source);
    QFETCH(QString, flags);
    QFETCH(QString, error);
    const store::JsRegExp regexp = store::jsRegExp(source.toStdString(), flags.toStdString());
    QCOMPARE(QString::fromStdString(regexp.error), error);
    QCOMPARE(regexp.expression.isValid(), error.isEmpty());
}

void TestStore::dates()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(QString, iso);
    const auto parsed = store::parseDate(text.toStdString());
    QCOMPARE(parsed.has_value(), ms != -1);
    if (!parsed)
        return;
    QCOMPARE(*parsed, ms);
    QCOMPARE(QString::fromStdString(*store::isoDate(*parsed)), iso);
    // Without an offset a date-time is local time, as in JavaScript.
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    if (local.date().year() > 1900 && local.date().year() < 3000) {
        const QString localText = local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
        QCOMPARE(store::parseDate(localText.toStdString()), std::optional<std::int64_t>(ms));
    }
    QVERIFY(!store::isoDate(8'640'000'000'000'001));
}
