#include "tst_json.h"

#include <variant>

using namespace relata;
using namespace relata::testing;

namespace {

const char* const order = "{\n"
                          "  \"name\": \"Order\",\n"
                          "  \"base\": \"PersistedModel\",\n"
                          "  \"properties\": {\n"
                          "    \"total\": {\n"
                          "      \"type\": \"number\"\n"
                          "    }\n"
                          "  },\n"
                          "  \"relations\": {}\n"
                          "}\n";

QByteArray orderWith(const char* from, const char* to)
{
    QByteArray text(order);
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

} // namespace

void TestJson::edits_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("after");    // the updated value, keys in order
    QTest::addColumn<QByteArray>("expected"); // the rendered text
    QTest::addColumn<int>("removedLines");
    QTest::addColumn<int>("addedLines");
    const QByteArray base(order);
    const char* const total = R"("properties":{"total":{"type":"number"}})";

    QTest::addRow("change a value")
        << base << QByteArray(R"({"name":"Invoice","base":"PersistedModel",)" + QByteArray(total) + R"(,"relations":{}})")
        << orderWith("\"Order\"", "\"Invoice\"") << 1 << 1;
    QTest::addRow("add a key at the end")
        << base << QByteArray(R"({"name":"Order","base":"PersistedModel",)" + QByteArray(total) + R"(,"relations":{},"acls":[]})")
        << orderWith("\"relations\": {}\n", "\"relations\": {},\n  \"acls\": []\n") << 1 << 2;
    QTest::addRow("add a key in the middle")
        << base << QByteArray(R"({"name":"Order","plural":"orders","base":"PersistedModel",)" + QByteArray(total) + R"(,"relations":{}})")
        << orderWith("\"Order\",\n", "\"Order\",\n  \"plural\": \"orders\",\n") << 0 << 1;
    QTest::addRow("add a key at the start")
        << base << QByteArray(R"({"idInjection":true,"name":"Order","base":"PersistedModel",)" + QByteArray(total) + R"(,"relations":{}})")
        << orderWith("{\n  \"name\"", "{\n  \"idInjection\": true,\n  \"name\"") << 0 << 1;
    QTest::addRow("remove a key")
        << base << QByteArray(R"({"name":"Order",)" + QByteArray(total) + R"(,"relations":{}})")
        << orderWith("  \"base\": \"PersistedModel\",\n", "") << 1 << 0;
    QTest::addRow("remove the last key")
        << base << QByteArray(R"({"name":"Order","base":"PersistedModel",)" + QByteArray(total) + "}")
        << orderWith("  },\n  \"relations\": {}\n", "  }\n") << 2 << 1;
    QTest::addRow("remove every key") << base << QByteArray("{}") << QByteArray("{}\n") << 10 << 1;
    QTest::addRow("reorder")
        << base << QByteArray(R"({"base":"PersistedModel","name":"Order",)" + QByteArray(total) + R"(,"relations":{}})")
        << orderWith("  \"name\": \"Order\",\n  \"base\": \"PersistedModel\",\n",
                     "  \"base\": \"PersistedModel\",\n  \"name\": \"Order\",\n")
        << 2 << 2;
    QTest::addRow("add to an empty object")
        << base << QByteArray(R"({"name":"Order","base":"PersistedModel",)" + QByteArray(total) + R"(,"relations":{"customer":{"type":"belongsTo","model":"Customer"}}})")
        << orderWith("\"relations\": {}\n",
                     "\"relations\": {\n    \"customer\": {\n      \"type\": \"belongsTo\",\n"
                     "      \"model\": \"Customer\"\n    }\n  }\n")
        << 1 << 6;
    QTest::addRow("nested edit")
        << base << QByteArray(R"({"name":"Order","base":"PersistedModel","properties":{"total":{"type":"number","required":true}},"relations":{}})")
        << orderWith("\"number\"\n", "\"number\",\n      \"required\": true\n") << 1 << 2;
    QTest::addRow("scalar becomes an object")
        << base << QByteArray(R"({"name":"Order","base":{"a":[1]},)" + QByteArray(total) + R"(,"relations":{}})")
        << orderWith("\"PersistedModel\"", "{\n    \"a\": [\n      1\n    ]\n  }") << 1 << 5;
    QTest::addRow("object becomes an array")
        << base << QByteArray(R"({"name":"Order","base":"PersistedModel","properties":["total"],"relations":{}})")
        << orderWith("{\n    \"total\": {\n      \"type\": \"number\"\n    }\n  },", "[\n    \"total\"\n  ],")
        << 5 << 3;

    const QByteArray inlineScopes = "{\n"
                                    "  \"scopes\": {\n"
                                    "    \"current\": {\"where\": {\"currentVersion\": true}},\n"
                                    "    \"spaced\": { \"limit\": 10 },\n"
                                    "    \"tight\": {\"fields\":[\"id\"]}\n"
                                    "  },\n"
                                    "  \"hidden\": [\"password\", \"token\"]\n"
                                    "}\n";
    const auto scopes = [&](const char* from, const char* to) { return QByteArray(inlineScopes).replace(from, to); };
    QTest::addRow("add to an inline object")
        << inlineScopes
        << QByteArray(R"({"scopes":{"current":{"where":{"currentVersion":true,"x":{"y":[1,"z"]}}},"spaced":{"limit":10},"tight":{"fields":["id"]}},"hidden":["password","token"]})")
        << scopes("true}}", "true, \"x\": {\"y\": [1, \"z\"]}}}") << 1 << 1;
    QTest::addRow("add to a spaced inline object")
        << inlineScopes
        << QByteArray(R"({"scopes":{"current":{"where":{"currentVersion":true}},"spaced":{"limit":10,"skip":{}},"tight":{"fields":["id"]}},"hidden":["password","token"]})")
        << scopes("10 }", "10, \"skip\": {} }") << 1 << 1;
    QTest::addRow("add to a compact inline object")
        << inlineScopes
        << QByteArray(R"({"scopes":{"current":{"where":{"currentVersion":true}},"spaced":{"limit":10},"tight":{"fields":["id","title"],"limit":{"a":1,"b":2}}},"hidden":["password","token"]})")
        << scopes("[\"id\"]}", "[\"id\",\"title\"],\"limit\":{\"a\":1,\"b\":2}}") << 1 << 1;
    QTest::addRow("fill an empty object written inline")
        << QByteArray("{\"a\": {}, \"b\": 1}\n") << QByteArray(R"({"a":{"x":[1,{}]},"b":1})")
        << QByteArray("{\"a\": {\"x\": [1, {}]}, \"b\": 1}\n") << 1 << 1;
    QTest::addRow("fill an empty array on its own line")
        << QByteArray("{\n  \"a\": {\n    \"b\": []\n  }\n}\n") << QByteArray(R"({"a":{"b":["x",2]}})")
        << QByteArray("{\n  \"a\": {\n    \"b\": [\n      \"x\",\n      2\n    ]\n  }\n}\n") << 1 << 4;
    QTest::addRow("append to an inline array")
        << inlineScopes
        << QByteArray(R"({"scopes":{"current":{"where":{"currentVersion":true}},"spaced":{"limit":10},"tight":{"fields":["id"]}},"hidden":["password","token","salt"]})")
        << scopes("\"token\"]", "\"token\", \"salt\"]") << 1 << 1;
    QTest::addRow("remove from an inline array")
        << inlineScopes
        << QByteArray(R"({"scopes":{"current":{"where":{"currentVersion":true}},"spaced":{"limit":10},"tight":{"fields":["id"]}},"hidden":["token"]})")
        << scopes("[\"password\", \"token\"]", "[\"token\"]") << 1 << 1;

    const QByteArray acls = "{\n"
                            "  \"acls\": [\n"
                            "    {\n"
                            "      \"permission\": \"DENY\"\n"
                            "    },\n"
                            "    {\n"
                            "      \"permission\": \"ALLOW\"\n"
                            "    }\n"
                            "  ]\n"
                            "}\n";
    QTest::addRow("insert an array element first")
        << acls << QByteArray(R"({"acls":[{"property":"find"},{"permission":"DENY"},{"permission":"ALLOW"}]})")
        << QByteArray(acls).replace("[\n", "[\n    {\n      \"property\": \"find\"\n    },\n") << 0 << 3;
    QTest::addRow("remove a middle array element")
        << QByteArray("{\n  \"a\": [\n    \"x\",\n    \"y\",\n    \"z\"\n  ]\n}\n")
        << QByteArray(R"({"a":["x","z"]})")
        << QByteArray("{\n  \"a\": [\n    \"x\",\n    \"z\"\n  ]\n}\n") << 1 << 0;
    QTest::addRow("change an array element")
        << acls << QByteArray(R"({"acls":[{"permission":"DENY"},{"permission":"ALLOW","property":"find"}]})")
        << QByteArray(acls).replace("\"ALLOW\"\n", "\"ALLOW\",\n      \"property\": \"find\"\n") << 1 << 2;

    QTest::addRow("CRLF")
        << QByteArray("{\r\n  \"a\": 1\r\n}\r\n") << QByteArray(R"({"a":1,"b":{"c":2}})")
        << QByteArray("{\r\n  \"a\": 1,\r\n  \"b\": {\r\n    \"c\": 2\r\n  }\r\n}\r\n") << 1 << 4;
    QTest::addRow("four spaces")
        << QByteArray("{\n    \"a\": {\n        \"x\": 1\n    }\n}\n") << QByteArray(R"({"a":{"x":1,"y":[true]}})")
        << QByteArray("{\n    \"a\": {\n        \"x\": 1,\n        \"y\": [\n            true\n        ]\n    }\n}\n")
        << 1 << 4;
    QTest::addRow("tabs")
        << QByteArray("{\n\t\"a\": {}\n}\n") << QByteArray(R"({"a":{"x":[1]}})")
        << QByteArray("{\n\t\"a\": {\n\t\t\"x\": [\n\t\t\t1\n\t\t]\n\t}\n}\n") << 1 << 5;
    QTest::addRow("four-space block in a two-space file")
        << QByteArray("{\n  \"a\": {\n      \"x\": 1\n  },\n  \"b\": 2\n}\n")
        << QByteArray(R"({"a":{"x":1,"y":{"z":1}},"b":2})")
        << QByteArray("{\n  \"a\": {\n      \"x\": 1,\n      \"y\": {\n          \"z\": 1\n      }\n  },\n  \"b\": 2\n}\n")
        << 1 << 4;
    QTest::addRow("space before colon")
        << QByteArray("{\n  \"a\" : 1\n}\n") << QByteArray(R"({"a":1,"b":{"c":2}})")
        << QByteArray("{\n  \"a\" : 1,\n  \"b\" : {\n    \"c\" : 2\n  }\n}\n") << 1 << 4;
    QTest::addRow("colon of the member before")
        << QByteArray("{\"a\": 1, \"b\" : 2}") << QByteArray(R"({"a":1,"b":2,"c":{"d":3}})")
        << QByteArray("{\"a\": 1, \"b\" : 2, \"c\" : {\"d\" : 3}}") << 1 << 1;
    QTest::addRow("no space after colon")
        << QByteArray("{\n  \"a\":1\n}\n") << QByteArray(R"({"a":1,"b":{"c":2}})")
        << QByteArray("{\n  \"a\":1,\n  \"b\":{\n    \"c\":2\n  }\n}\n") << 1 << 4;
    QTest::addRow("no final newline")
        << QByteArray("{\n  \"a\": 1\n}") << QByteArray(R"({"a":2})") << QByteArray("{\n  \"a\": 2\n}") << 1 << 1;
    QTest::addRow("BOM and blank lines kept")
        << QByteArray("\xEF\xBB\xBF{\n  \"a\": 1,\n\n  \"b\": 2\n}\n") << QByteArray(R"({"a":1,"b":3})")
        << QByteArray("\xEF\xBB\xBF{\n  \"a\": 1,\n\n  \"b\": 3\n}\n") << 1 << 1;
    QTest::addRow("escaped key keeps its spelling")
        << QByteArray("{\"\\u0061\": 1, \"b\": 1}") << QByteArray(R"({"a":1,"b":2,"\"c":"\n"})")
        << QByteArray("{\"\\u0061\": 1, \"b\": 2, \"\\\"c\": \"\\n\"}") << 1 << 1;
    QTest::addRow("duplicate keys kept")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 1,\n  \"a\": 2\n}\n") << QByteArray(R"({"a":2,"b":5})")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 5,\n  \"a\": 2\n}\n") << 1 << 1;
    QTest::addRow("duplicate key changed: the live one")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 1,\n  \"a\": 2\n}\n") << QByteArray(R"({"a":3,"b":1})")
        << QByteArray("{\n  \"a\": 1,\n  \"b\": 1,\n  \"a\": 3\n}\n") << 1 << 1;
    QTest::addRow("root array")
        << QByteArray("[\n  1,\n  2\n]") << QByteArray("[1,2,3]") << QByteArray("[\n  1,\n  2,\n  3\n]") << 1 << 2;
    QTest::addRow("root scalar") << QByteArray(" 1 \n") << QByteArray("[]") << QByteArray(" [] \n") << 1 << 1;
}

void TestJson::edits()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, after);
    QFETCH(QByteArray, expected);
    QByteArray error;
    const auto text = parsed(bytes(source), &error);
    QVERIFY2(text, error.constData());
    const Json updated = Json::parse(bytes(after));
    const std::string rendered = text->render(updated);
    QCOMPARE(qbytes(rendered), expected);
    QCOMPARE(reparsed(rendered), dumped(updated));
    const auto [removed, added] = hunk(text->source(), rendered);
    QTEST(removed, "removedLines");
    QTEST(added, "addedLines");
}
