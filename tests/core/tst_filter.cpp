#include "check/filter_check.h"
#include "document/document.h"
#include "io/app_io.h"
#include "query/engine.h"
#include "query/filter_lint.h"
#include "query/filter_normalize.h"
#include "query/include_spec.h"
#include "query/js_value.h"
#include "query/merge_query.h"
#include "query/query_error.h"
#include "schema/schema.h"
#include "store/connection.h"

#include <QTest>
#include <memory>

using namespace relata;
using namespace relata::query;

Q_DECLARE_METATYPE(relata::Json)

namespace {

const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
const QString shopDatabase = QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/shop.sqlite");

Json parse(const char* text)
{
    return Json::parse(text);
}

QByteArray printable(const Json& value)
{
    return QByteArray::fromStdString(withRegExpsAsText(value).dump());
}

} // namespace

// SEMANTICS.md §4.1 and §3.1: the juggler's filter pipeline and mergeQuery,
// one row per rule, on the shop sample's models.
class TestFilter : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void normalizes_data();
    void normalizes();
    void infinitePagingStaysInfinite_data();
    void infinitePagingStaysInfinite();
    void rejects_data();
    void rejects();
    void mergesQueries_data();
    void mergesQueries();
    void normalizesIncludes_data();
    void normalizesIncludes();
    void lints_data();
    void lints();
    void multiKeyIncludeWarningSaysWhatHappens_data();
    void multiKeyIncludeWarningSaysWhatHappens();
    void malformedFiltersAreErrors_data();
    void malformedFiltersAreErrors();

private:
    std::unique_ptr<Document> m_document;
    schema::Schema m_schema;
};

void TestFilter::initTestCase()
{
    m_document = io::read(shopApp);
    QVERIFY2(m_document, "the shop sample must be readable");
    m_schema = schema::compile(*m_document);
    QVERIFY(m_schema.model("Customer"));
}

void TestFilter::normalizes_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Json>("filter");
    QTest::addColumn<Json>("expected");
    auto row = [](const char* name, const char* model, const char* filter, const char* expected) {
        QTest::addRow("%s", name) << QString::fromLatin1(model) << parse(filter) << parse(expected);
    };
    row("empty", "Customer", "{}", "{}");
    row("skip without limit gets limit 100", "Customer", R"({"skip": 2})", R"({"skip": 2, "limit": 100, "offset": 2})");
    row("offset is skip", "Customer", R"({"offset": 3, "limit": 1})", R"({"offset": 3, "limit": 1, "skip": 3})");
    row("limit 0 alone is no limit", "Customer", R"({"limit": 0})", R"({"limit": 0})");
    row("limit 0 with skip is 100", "Customer", R"({"limit": 0, "skip": 1})", R"({"limit": 100, "skip": 1, "offset": 1})");
    row("string numbers", "Customer", R"({"limit": "2", "skip": "1"})", R"({"limit": 2, "skip": 1, "offset": 1})");
    row("order string stays a string", "Customer", R"({"order": "name desc"})", R"({"order": "name DESC"})");
    row("order commas split", "Customer", R"({"order": "city, name DESC"})", R"({"order": ["city", "name DESC"]})");
    row("order array", "Customer", R"({"order": ["city ASC", "age"]})", R"({"order": ["city ASC", "age"]})");
    row("fields string", "Customer", R"({"fields": "name"})", R"({"fields": ["name"]})");
    row("fields true keys", "Customer", R"({"fields": {"name": true, "age": false}})", R"({"fields": ["name"]})");
    row("fields false keys", "Tag", R"({"fields": {"name": false}})", R"({"fields": ["id"]})");
    row("fields empty object", "Tag", R"({"fields": {}})", "{}");
    row("fields empty array", "Tag", R"({"fields": []})", "{}");
    row("eq is the value", "Customer", R"({"where": {"city": {"eq": "Rome"}}})", R"({"where": {"city": "Rome"}})");
    row("first operator only", "Customer", R"({"where": {"age": {"lt": 30, "gt": 18}}})", R"({"where": {"age": {"gt": 18}}})");
    row("number coercion", "Order", R"({"where": {"customerId": "7"}})", R"({"where": {"customerId": 7}})");
    row("not a number stays", "Order", R"({"where": {"customerId": "abc"}})", R"({"where": {"customerId": "abc"}})");
    row("boolean strings", "Customer", R"({"where": {"vip": "1", "and": [{"vip": "false"}]}})",
        R"({"where": {"vip": true, "and": [{"vip": false}]}})");
    row("boolean truthiness", "Customer", R"({"where": {"vip": "yes"}})", R"({"where": {"vip": true}})");
    row("date-only is UTC midnight", "Customer", R"({"where": {"createdAt": {"gt": "2021-06-01"}}})",
        R"({"where": {"createdAt": {"gt": 1622505600000}}})");
    row("date milliseconds", "Customer", R"({"where": {"createdAt": 5}})", R"({"where": {"createdAt": 5}})");
    row("string coercion", "Customer", R"({"where": {"name": 5}})", R"({"where": {"name": "5"}})");
    row("inq elements coerced", "Customer", R"({"where": {"id": {"inq": ["1", 2, null]}}})",
        R"({"where": {"id": {"inq": [1, 2, null]}}})");
    row("inq object indices", "Customer", R"({"where": {"id": {"inq": {"0": "3", "1": 4}}}})",
        R"({"where": {"id": {"inq": [3, 4]}}})");
    row("inq integers as Number() reads them", "Customer",
        R"({"where": {"id": {"inq": [-9007199254740993, 9007199254740993, -5, 1.0, 18446744073709551615]}}})",
        R"({"where": {"id": {"inq": [-9007199254740992, 9007199254740992, -5, 1, 18446744073709551616.0]}}})");
    row("or object indices", "Customer", R"({"where": {"or": {"0": {"id": "1"}}}})", R"({"where": {"or": [{"id": 1}]}})");
    row("undeclared key untouched", "Customer", R"({"where": {"nope": "1"}})", R"({"where": {"nope": "1"}})");
    row("array property coerced by item type", "Customer", R"({"where": {"productIds": "3"}})",
        R"({"where": {"productIds": 3}})");
    row("regexp string", "Customer", R"({"where": {"name": {"regexp": "^a"}}})",
        R"({"where": {"name": {"regexp": "/^a/"}}})");
    row("regexp with flags", "Customer", R"({"where": {"name": {"regexp": "/^a/i"}}})",
        R"({"where": {"name": {"regexp": "/^a/i"}}})");
    row("invalid like source escaped", "Order", R"({"where": {"note": {"like": "50% (off"}}})",
        R"({"where": {"note": {"like": "50% \\(off"}}})");
    row("options kept", "Customer", R"({"where": {"name": {"like": "a%", "options": "i"}}})",
        R"({"where": {"name": {"like": "a%", "options": "i"}}})");
}

// Number("Infinity") passes the juggler's paging check; the value must reach
// the SQL as Infinity (where LoopBack fails), not turn into null (no limit).
void TestFilter::infinitePagingStaysInfinite_data()
{
    QTest::addColumn<Json>("filter");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("printed"); // String(value) after normalization
    QTest::addRow("limit") << parse(R"({"limit": "Infinity"})") << "limit" << "Infinity";
    QTest::addRow("skip") << parse(R"({"skip": " Infinity "})") << "skip" << "Infinity";
    QTest::addRow("offset") << parse(R"({"offset": "+Infinity", "limit": 2})") << "offset" << "Infinity";
    QTest::addRow("skip with limit 100") << parse(R"({"skip": "Infinity"})") << "limit" << "100";
}

void TestFilter::infinitePagingStaysInfinite()
{
    QFETCH(Json, filter);
    QFETCH(QString, key);
    QFETCH(QString, printed);
    const schema::Model* customer = m_schema.model("Customer");
    QVERIFY(customer);
    normalizeFilter(filter, *customer, m_schema);
    QVERIFY(filter.contains(key.toStdString()));
    QCOMPARE(QString::fromStdString(js::toString(filter[key.toStdString()])), printed);
    QVERIFY(js::truthy(filter[key.toStdString()]));
}

void TestFilter::normalizes()
{
    QFETCH(QString, model);
    QFETCH(Json, filter);
    QFETCH(Json, expected);
    const schema::Model* queried = m_schema.model(model.toStdString());
    QVERIFY(queried);
    try {
        normalizeFilter(filter, *queried, m_schema);
    } catch (const QueryFailure& failure) {
        QFAIL(failure.what());
    }
    QCOMPARE(printable(filter), printable(expected));
}

void TestFilter::rejects_data()
{
    QTest::addColumn<Json>("filter");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("statusCode");
    auto row = [](const char* name, const char* filter, const char* message, int status) {
        QTest::addRow("%s", name) << parse(filter) << QString::fromUtf8(message) << status;
    };
    row("array filter", "[]", "The query filter [] is not an object", 400);
    row("negative limit", R"({"limit": -1})", "The limit parameter -1 is not valid", 400);
    row("fractional limit", R"({"limit": 1.5})", "The limit parameter 1.5 is not valid", 400);
    row("text limit", R"({"limit": "abc"})", "The limit parameter \"abc\" is not valid", 400);
    row("negative skip", R"({"skip": -1})", "The offset/skip parameter -1 is not valid", 400);
    row("order direction", R"({"order": "age DOWN"})", "The order \"age DOWN\" has invalid direction", 400);
    row("order not a string", R"({"order": [5]})", "The order 5 is not valid", 400);
    row("where not an object", R"({"where": "x"})", "The where clause \"x\" is not an object", 400);
    row("and not an array", R"({"where": {"and": 5}})",
        "The and operator has invalid clauses 5: Value is not an array or object with sequential numeric indices", 400);
    row("inq not an array", R"({"where": {"id": {"inq": 5}}})",
        "The id property has invalid clause {\"inq\":5}: Error: Value is not an array or object with sequential numeric indices",
        400);
    row("between of three", R"({"where": {"age": {"between": [1, 2, 3]}}})",
        "The age property has invalid clause {\"between\":[1,2,3]}: Expected precisely 2 values, received 3", 400);
    row("like not a string", R"({"where": {"name": {"like": 5}}})",
        "The name property has invalid clause {\"like\":5}: Expected a string or RegExp", 400);
    row("regexp flags", R"({"where": {"name": {"regexp": "/a/xy"}}})", "Invalid regex flags: x,y", 400);
    row("dollar operator", R"({"where": {"age": {"$gt": 1, "$lt": 3}}})",
        "Operators \"$gt, $lt\" are not allowed in query", 400);
    row("invalid date", R"({"where": {"createdAt": "soon"}})", "Invalid date: soon", 0);
    // Relata's own RegExp value spelled out in a filter is no RegExp.
    row("regexp operand shaped like a RegExp value",
        R"({"where": {"name": {"regexp": {"$regexp": "ann", "$flags": "i"}}}})",
        "Invalid argument, must be a string, regex literal, or RegExp object", 400);
    row("condition shaped like a RegExp value",
        R"({"where": {"name": {"$regexp": "ann", "$flags": "i"}}})",
        "Operators \"$regexp, $flags\" are not allowed in query", 400);
    row("eq operand shaped like a RegExp value",
        R"({"where": {"name": {"eq": {"$regexp": "ann", "$flags": "i"}}}})",
        "Operators \"$regexp, $flags\" are not allowed in query", 400);
}

void TestFilter::rejects()
{
    QFETCH(Json, filter);
    QFETCH(QString, message);
    QFETCH(int, statusCode);
    try {
        normalizeFilter(filter, *m_schema.model("Customer"), m_schema);
        QFAIL("the filter was accepted");
    } catch (const QueryFailure& failure) {
        QCOMPARE(QString::fromStdString(failure.error().message), message);
        QCOMPARE(failure.error().statusCode.value_or(0), statusCode);
    }
}

void TestFilter::mergesQueries_data()
{
    QTest::addColumn<Json>("base");
    QTest::addColumn<Json>("update");
    QTest::addColumn<bool>("nested");
    QTest::addColumn<Json>("expected");
    auto row = [](const char* name, const char* base, const char* update, bool nested, const char* expected) {
        QTest::addRow("%s", name) << parse(base) << parse(update) << nested << parse(expected);
    };
    row("where is ANDed", R"({"where": {"a": 1}})", R"({"where": {"b": 2}})", false,
        R"({"where": {"and": [{"a": 1}, {"b": 2}]}})");
    row("empty where ignored", R"({"where": {"a": 1}})", R"({"where": {}})", false, R"({"where": {"a": 1}})");
    row("base order wins", R"({"order": "a"})", R"({"order": "b"})", false, R"({"order": "a"})");
    row("update order when base has none", "{}", R"({"order": "b"})", false, R"({"order": "b"})");
    row("update limit, skip, offset and fields win", R"({"limit": 5, "skip": 1, "fields": ["a"]})",
        R"({"limit": 2, "skip": 3, "offset": 3, "fields": ["b"]})", false,
        R"({"limit": 2, "skip": 3, "fields": ["b"], "offset": 3})");
    row("includes merged, update first", R"({"include": ["a", "b"]})", R"({"include": "b"})", false,
        R"({"include": [{"b": true}, {"a": true}]})");
    row("nested include", R"({"include": "address"})", R"({"include": "patient"})", true,
        R"({"include": {"patient": "address"}})");
    row("falsy update", R"({"a": 1})", "null", false, R"({"a": 1})");
}

void TestFilter::mergesQueries()
{
    QFETCH(Json, base);
    QFETCH(Json, update);
    QFETCH(bool, nested);
    QFETCH(Json, expected);
    MergeSpec spec;
    spec.nestedInclude = nested;
    mergeQuery(base, update, spec);
    QCOMPARE(printable(base), printable(expected));
}

void TestFilter::normalizesIncludes_data()
{
    QTest::addColumn<Json>("include");
    QTest::addColumn<QStringList>("relations");
    auto row = [](const char* name, const char* include, QStringList relations) {
        QTest::addRow("%s", name) << parse(include) << relations;
    };
    row("string", R"("orders")", {"orders"});
    row("array", R"(["orders", "profile"])", {"orders", "profile"});
    row("nested object", R"({"orders": "items"})", {"orders"});
    row("scoped", R"({"relation": "orders", "scope": {"limit": 1}})", {"orders"});
    row("rel alias", R"({"rel": "orders"})", {"orders"});
    row("multi-key object repeats its first key", R"({"orders": true, "profile": true})", {"orders", "orders"});
    row("booleans and numbers ignored", R"([true, 5, "orders"])", {"orders"});
    row("null in an array names null", R"([null])", {"null"});
    row("empty object", "{}", {});
    row("nested arrays flattened", R"([["orders"], [{"profile": true}]])", {"orders", "profile"});
}

void TestFilter::normalizesIncludes()
{
    QFETCH(Json, include);
    QFETCH(QStringList, relations);
    QStringList names;
    for (const IncludeItem& item : normalizeInclude(include))
        names << QString::fromStdString(item.relation);
    QCOMPARE(names, relations);
}

void TestFilter::lints_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Json>("filter");
    QTest::addColumn<QStringList>("pointers");
    auto row = [](const char* name, const char* model, const char* filter, QStringList pointers) {
        QTest::addRow("%s", name) << QString::fromLatin1(model) << parse(filter) << pointers;
    };
    row("clean filter", "Customer", R"({"where": {"age": {"gt": 1}}, "limit": 2, "include": "orders"})", {});
    row("second operator", "Customer", R"({"where": {"age": {"gt": 18, "lt": 30}}})", {"/where/age"});
    row("skip without limit", "Customer", R"({"skip": 2})", {"/skip"});
    row("multi-key include", "Customer", R"({"include": {"orders": true, "profile": true}})", {"/include"});
    row("undeclared property", "Customer", R"({"where": {"nope": 1}})", {"/where/nope"});
    row("hidden property", "Customer", R"({"where": {"passwordHash": "x"}})", {"/where/passwordHash"});
    row("dot path", "Customer", R"({"where": {"billingAddress.city": "Paris"}})", {"/where/billingAddress.city"});
    row("inside and", "Customer", R"({"where": {"and": [{"nope": 1}]}})", {"/where/and/0/nope"});
    row("order key", "Customer", R"({"order": "nope DESC"})", {"/order"});
    row("ilike", "Customer", R"({"where": {"name": {"ilike": "a%"}}})", {"/where/name/ilike"});
    row("like on a number", "Customer", R"({"where": {"age": {"like": "3%"}}})", {"/where/age/like"});
    row("include scope", "Customer", R"({"include": {"relation": "orders", "scope": {"where": {"nope": 1}, "skip": 1}}})",
        {"/include/scope/skip", "/include/scope/where/nope"});
}

void TestFilter::lints()
{
    QFETCH(QString, model);
    QFETCH(Json, filter);
    QFETCH(QStringList, pointers);
    QStringList found;
    for (const LintWarning& warning : lintFilter(filter, *m_schema.model(model.toStdString()), m_schema)) {
        found << QString::fromStdString(warning.pointer);
        QVERIFY(!warning.message.empty());
    }
    QCOMPARE(found, pointers);
}

// A multi-key include object runs its first relation once per key (issue 12):
// the warnings of the preview lint and of checkFilter say whether its results
// repeat, and name every relation left out.
void TestFilter::multiKeyIncludeWarningSaysWhatHappens_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Json>("filter");
    QTest::addColumn<QStringList>("lintSays");
    QTest::addColumn<QStringList>("checkSays");
    auto row = [](const char* name, const char* model, const char* filter, QStringList lint, QStringList check) {
        QTest::addRow("%s", name) << QString::fromLatin1(model) << parse(filter) << lint << check;
    };
    row("hasMany with a sub-include repeats", "Category", R"({"include": {"products": "category", "shoes": "orderItems"}})",
        {"`products` 2 times", "appears 2 times", "leaves out `shoes`"}, {"`products`", "repeat", "`shoes`"});
    row("through repeats", "Physician", R"({"include": {"patients": true, "appointments": true, "x": true}})",
        {"appears 3 times", "leaves out `appointments`, `x`"}, {"repeat", "`appointments`", "`x`"});
    row("referencesMany repeats", "Customer", R"({"include": {"favorites": true, "orders": true}})",
        {"appears 2 times", "`orders`"}, {"repeat", "`orders`"});
    row("nested", "Patient", R"({"include": {"physicians": {"patients": true, "appointments": true}}})",
        {"`patients` 2 times", "leaves out `appointments`"}, {"`patients`", "repeat", "`appointments`"});
    // IncludeScope normalizes a scope's include once more: 2 keys, 4 runs.
    row("in a scope's include", "Category",
        R"({"include": {"relation": "products", "scope": {"include": {"tags": true, "category": true}}}})",
        {"`tags` 4 times", "appears 4 times", "leaves out `category`"}, {"`tags`", "repeat", "`category`"});
    row("hasMany without a sub-include does not repeat", "Category", R"({"include": {"products": true, "shoes": true}})",
        {"only the first key", "`products`", "leaves out `shoes`"}, {"only the first key", "`shoes`"});
    row("belongsTo does not repeat", "Order", R"({"include": {"customer": "orders", "items": true}})",
        {"only the first key", "leaves out `items`"}, {"only the first key", "`items`"});
}

void TestFilter::multiKeyIncludeWarningSaysWhatHappens()
{
    QFETCH(QString, model);
    QFETCH(Json, filter);
    QFETCH(QStringList, lintSays);
    QFETCH(QStringList, checkSays);
    const schema::Model* subject = m_schema.model(model.toStdString());
    QVERIFY(subject);
    QStringList lints;
    for (const LintWarning& warning : lintFilter(filter, *subject, m_schema))
        lints << QString::fromStdString(warning.message);
    QCOMPARE(lints.size(), 1);
    for (const QString& part : lintSays)
        QVERIFY2(lints.front().contains(part), qPrintable(lints.front() + QStringLiteral(" lacks ") + part));
    QString checks;
    for (const check::FilterIssue& issue : check::checkFilter(m_schema, subject, filter)) {
        if (issue.code == "filter-include-multiple-keys")
            checks += QString::fromStdString(issue.message) + u'\n';
    }
    QVERIFY2(!checks.isEmpty(), "checkFilter gave no filter-include-multiple-keys warning");
    for (const QString& part : checkSays)
        QVERIFY2(checks.contains(part), qPrintable(checks + QStringLiteral(" lacks ") + part));
}

// Filters of every shape a user can type (issue 10): a wrong type at any key
// must come back as an error value from the engine, the lint and the checks
// of the designer's validators, never as an exception that ends the program.
void TestFilter::malformedFiltersAreErrors_data() {
    QTest::addColumn<Json>("filter");
    QTest::addColumn<bool>("rejected"); // LoopBack answers an error
    auto row = [](const char* name, const char* filter, bool rejected = true) {
        QTest::addRow("%s", name) << parse(filter) << rejected;
    };
    row("filter array", "[1]");
    row("filter string", R"("x")");
    row("filter number", "5");
    row("where string", R"({"where": "x"})");
    row("where number", R"({"where": 5})");
    row("where array", R"({"where": [1]})");
    row("regexp of non-strings", R"({"where": {"name": {"$regexp": 5, "$flags": 1}}})");
    row("regexp with number flags", R"({"where": {"name": {"$regexp": "a", "$flags": 1}}})");
    row("regexp operand of non-strings",
        R"({"where": {"name": {"regexp": {"$regexp": 5, "$flags": "i"}}}})");
    row("regexp number", R"({"where": {"name": {"regexp": 5}}})");
    row("like of regexp parts",
        R"({"where": {"name": {"like": {"$regexp": true, "$flags": []}}}})");
    row("and number", R"({"where": {"and": 5}})");
    row("and of strings", R"({"where": {"and": ["x"]}})");
    row("or of numbers", R"({"where": {"or": [1, 2]}})");
    row("nested and of arrays", R"({"where": {"or": [{"and": [[1]]}]}})");
    row("inq number", R"({"where": {"id": {"inq": 5}}})");
    row("inq object", R"({"where": {"id": {"inq": {"a": 1}}}})");
    row("nin string", R"({"where": {"id": {"nin": true}}})");
    row("between number", R"({"where": {"age": {"between": 5}}})");
    row("between of one", R"({"where": {"age": {"between": {"0": 1}}}})");
    row("between of arrays", R"({"where": {"age": {"between": [[1], {"a": 2}]}}})", false);
    row("near number", R"({"where": {"name": {"near": 5}}})", false);
    row("near object", R"({"where": {"name": {"near": {"lat": "x"}}, "age": {"near": [1, 2]}}})");
    row("limit object", R"({"limit": {"a": 1}})");
    row("limit array", R"({"limit": [1, 2]})");
    row("skip string", R"({"skip": "x"})");
    row("offset object", R"({"offset": {"a": 1}})");
    row("order nested array", R"({"order": [["name"]]})");
    row("order object entry", R"({"order": [{"name": 1}]})");
    row("order number", R"({"order": 5})");
    row("order object", R"({"order": {"name": "ASC"}})");
    row("fields number", R"({"fields": 5})", false);
    row("fields of objects", R"({"fields": [{"a": 1}, 2, null]})");
    row("fields object of objects", R"({"fields": {"name": {"a": 1}}})", false);
    row("include number", R"({"include": 5})", false);
    row("include of numbers", R"({"include": [5, [true], null]})");
    row("include relation number", R"({"include": {"relation": 5}})");
    row("include scope string", R"({"include": {"relation": "orders", "scope": "x"}})", false);
    row("include scope where string",
        R"({"include": {"relation": "orders", "scope": {"where": "x"}}})");
    row("include scope where array",
        R"({"include": {"relation": "orders", "scope": {"where": [1]}}})");
    row("include scope order number",
        R"({"include": {"relation": "orders", "scope": {"order": [5]}}})");
    row("include scope limit object",
        R"({"include": {"relation": "orders", "scope": {"limit": {"a": 1}}}})");
    row("include scope fields number",
        R"({"include": {"relation": "orders", "scope": {"fields": 5}}})", false);
    row("include scope include number",
        R"({"include": {"relation": "orders", "scope": {"include": 5}}})", false);
    row("nested include where string",
        R"({"include": {"relation": "orders", "scope": {"include": {"relation": "items", "scope": {"where": "x"}}}}})");
    row("include object of scopes", R"({"include": {"orders": {"where": "x"}}})");
    row("include list of bad objects",
        R"({"include": [{"relation": "orders", "scope": {"where": 5}}]})");
}

void TestFilter::malformedFiltersAreErrors() {
    QFETCH(Json, filter);
    QFETCH(bool, rejected);
    const schema::Model& customer = *m_schema.model("Customer");
    store::Error error;
    const auto connection = store::Connection::open(shopDatabase, {}, &error);
    QVERIFY2(connection, qPrintable(error.text()));
    query::Engine engine(m_schema, *connection);
    try {
        lintFilter(filter, customer, m_schema);
        const std::vector<check::FilterIssue> issues =
            check::checkFilter(m_schema, &customer, filter);
        const QueryResult result = engine.find("Customer", filter);
        QCOMPARE(!result.ok(), rejected);
        if (result.error)
            QVERIFY(!result.error->message.empty());
        // The validators may only warn where the connector, not LoopBack, fails the query.
        if (rejected)
            QVERIFY2(!issues.empty(), "checkFilter found nothing");
    } catch (const std::exception& exception) {
        QFAIL(qPrintable(QStringLiteral("threw: %1").arg(QString::fromUtf8(exception.what()))));
    }
}

QTEST_GUILESS_MAIN(TestFilter)
#include "tst_filter.moc"
