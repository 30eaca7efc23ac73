#include "check/check.h"
#include "check/filter_check.h"
#include "corpus_apps.h"
#include "document/document.h"
#include "io/app_io.h"
#include "schema/schema.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

using namespace relata;

namespace {

const QString fixtures = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/check/");
const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");

struct Checked {
    std::unique_ptr<Document> document;
    schema::Schema schema;
    Diagnostics diagnostics;
};

Checked checkApp(const QString& path) {
    Checked result;
    result.document = io::read(path);
    if (result.document) {
        result.schema = schema::compile(*result.document);
        result.diagnostics = check::check(*result.document, result.schema);
    }
    return result;
}

QString describe(const Diagnostic& d) {
    return QStringLiteral("%1:%2:%3 %4 [%5] %6 %7")
        .arg(d.file)
        .arg(d.at.line)
        .arg(d.at.column)
        .arg(QString::fromLatin1(severityName(d.severity)), QString::fromStdString(d.code),
             QString::fromStdString(d.pointer), QString::fromStdString(d.message));
}

QString describeAll(const Diagnostics& diagnostics) {
    QStringList lines;
    for (const Diagnostic& diagnostic : diagnostics)
        lines << describe(diagnostic);
    return lines.join(u'\n');
}

const Diagnostic* find(const Diagnostics& diagnostics, const QString& code, const QString& file,
                       const QString& pointer) {
    for (const Diagnostic& d : diagnostics) {
        if (QString::fromStdString(d.code) == code && d.file == file &&
            QString::fromStdString(d.pointer) == pointer)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestCheck : public QObject {
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void clean_data();
    void clean();
    void modelWithoutName();
    void sampleAppHasNoErrorsOrWarnings();
    void orderedByFileThenLine();
    void badInput_data();
    void badInput();
    void filterValidator_data();
    void filterValidator();
    void corpusFindings_data();
    void corpusFindings();
    void wholeCorpus();
};

// One row per rule: a fixture folder under tests/core/data/check, the finding
// expected there, its place (file, JSON pointer, line:column) and a piece of
// its message.
void TestCheck::rule_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("fragment");

    // clang-format off
    QTest::addRow("relation-type-invalid: typo") << "relation-type-typo"
        << "relation-type-invalid" << "error" << "common/models/organization.json"
        << "/relations/members/type" << 2 << 15 << "Did you mean `hasMany`?";
    QTest::addRow("relation-type-invalid: hasManyThrough") << "relation-type-has-many-through"
        << "relation-type-invalid" << "error" << "common/models/physician.json"
        << "/relations/patients/type" << 2 << 16 << "\"type\": \"hasMany\" with \"through\"";
    QTest::addRow("relation-type-invalid: wrong case") << "relation-type-case"
        << "relation-type-invalid" << "error" << "common/models/a.json"
        << "/relations/bs/type" << 2 << 10 << "Did you mean `hasMany`?";
    QTest::addRow("relation-type-invalid: missing") << "relation-type-missing"
        << "relation-type-invalid" << "error" << "common/models/a.json"
        << "/relations/b" << 2 << 3 << "has no `type`";
    QTest::addRow("relation-not-object") << "relation-not-object"
        << "relation-not-object" << "error" << "common/models/a.json"
        << "/relations/b" << 2 << 3 << "must be an object";
    QTest::addRow("relation-name-trigger") << "relation-name-trigger"
        << "relation-name-trigger" << "error" << "common/models/a.json"
        << "/relations/trigger" << 2 << 3 << "Invalid relation name: trigger";
    QTest::addRow("relation-name-reserved") << "relation-name-reserved"
        << "relation-name-reserved" << "error" << "common/models/a.json"
        << "/relations/constructor" << 2 << 3 << "reserved";
    QTest::addRow("relation-name-invalid") << "relation-name-invalid"
        << "relation-name-invalid" << "warning" << "common/models/order.json"
        << "/relations/line items" << 2 << 3 << "REST routes";
    QTest::addRow("relation-name-is-property") << "relation-name-is-property"
        << "relation-name-is-property" << "warning" << "common/models/order.json"
        << "/relations/customer" << 3 << 5 << "hides the property";
    QTest::addRow("belongs-to-missing-model") << "belongs-to-missing-model"
        << "belongs-to-missing-model" << "error" << "common/models/order.json"
        << "/relations/customer" << 2 << 3 << "requires param `model`";
    QTest::addRow("polymorphic-belongs-to-model") << "polymorphic-belongs-to-model"
        << "polymorphic-belongs-to-model" << "error" << "common/models/picture.json"
        << "/relations/imageable/model" << 3 << 5 << "does not expect param `model`";
    QTest::addRow("polymorphic-missing-model") << "polymorphic-missing-model"
        << "polymorphic-missing-model" << "error" << "common/models/author.json"
        << "/relations/pictures" << 2 << 3 << "requires param";
    QTest::addRow("polymorphic-missing-discriminator") << "polymorphic-missing-discriminator"
        << "polymorphic-missing-discriminator" << "error" << "common/models/picture.json"
        << "/relations/imageable/polymorphic/foreignKey" << 3 << 21 << "polymorphic.discriminator";
    QTest::addRow("polymorphic-missing-foreign-key") << "polymorphic-missing-foreign-key"
        << "polymorphic-missing-foreign-key" << "error" << "common/models/picture.json"
        << "/relations/imageable/polymorphic/discriminator" << 3 << 21 << "polymorphic.foreignKey";
    QTest::addRow("polymorphic-extraneous-as") << "polymorphic-as"
        << "polymorphic-extraneous-as" << "error" << "common/models/author.json"
        << "/relations/pictures/polymorphic/as" << 4 << 5 << "Remove `as`";
    QTest::addRow("polymorphic-as-deprecated") << "polymorphic-as"
        << "polymorphic-as-deprecated" << "info" << "common/models/author.json"
        << "/relations/pictures/polymorphic/as" << 4 << 5 << "polymorphic.selector";
    QTest::addRow("polymorphic-extraneous-selector") << "polymorphic-extraneous-selector"
        << "polymorphic-extraneous-selector" << "error" << "common/models/author.json"
        << "/relations/pictures/polymorphic/selector" << 3 << 5 << "Remove `selector`";
    QTest::addRow("polymorphic-habtm-missing-through") << "polymorphic-habtm-missing-through"
        << "polymorphic-habtm-missing-through" << "error" << "common/models/article.json"
        << "/relations/tags/polymorphic" << 3 << 5 << "need a through model";
    QTest::addRow("relation-target-not-found") << "relation-target-not-found"
        << "relation-target-not-found" << "error" << "common/models/shop.json"
        << "/relations/widgets" << 2 << 3 << "Could not find relation widgets for model Shop";
    QTest::addRow("relation-model-unknown: case") << "relation-model-unknown-case"
        << "relation-model-unknown" << "error" << "common/models/post.json"
        << "/relations/comments/model" << 2 << 35 << "Did you mean `Comment`?";
    QTest::addRow("relation-model-unknown: typo") << "relation-model-unknown-typo"
        << "relation-model-unknown" << "error" << "common/models/order.json"
        << "/relations/customer/model" << 3 << 16 << "Did you mean `Customer`?";
    QTest::addRow("relation-through-unknown") << "relation-through-unknown"
        << "relation-through-unknown" << "error" << "common/models/physician.json"
        << "/relations/patients/through" << 3 << 5 << "Did you mean `Appointment`?";
    QTest::addRow("through-missing-source-relation") << "through-missing-source-relation"
        << "through-missing-source-relation" << "error" << "common/models/physician.json"
        << "/relations/patients/through" << 3 << 5
        << "keyed `physicianId`. Reading `Physician.patients` works, but create and add";
    QTest::addRow("through-missing-target-relation") << "through-missing-target-relation"
        << "through-missing-target-relation" << "error" << "common/models/physician.json"
        << "/relations/patients/through" << 3 << 5
        << "keyed `patientId`. Include of `Physician.patients` works, but its accessor fails";
    QTest::addRow("through-key-mismatch") << "through-key-mismatch"
        << "through-key-mismatch" << "error" << "common/models/physician.json"
        << "/relations/patients/through" << 2 << 55 << "include finds nothing";
    QTest::addRow("through-key-mismatch: target key, only include breaks")
        << "through-key-mismatch-target" << "through-key-mismatch" << "error"
        << "common/models/physician.json" << "/relations/patients/through" << 2 << 55
        << "the accessor go through `patient` and work, but include reads `patientId`";
    QTest::addRow("has-many-array-key: MongoDB, hasMany set up last")
        << "has-many-array-key" << "has-many-array-key" << "warning" << "common/models/tag.json"
        << "/relations/posts/foreignKey" << 2 << 63 << "retypes `Post.tagIds` to a single id";
    QTest::addRow("has-many-array-key: MongoDB, array kept")
        << "has-many-array-key-info" << "has-many-array-key" << "info" << "common/models/tag.json"
        << "/relations/posts/foreignKey" << 2 << 63 << "a plain include leaves out rows";
    QTest::addRow("filter-unknown-property: may come from a mixin")
        << "filter-unknown-property-mixin" << "filter-unknown-property" << "info"
        << "common/models/article.json" << "/scope/order" << 2 << 13 << "mixin `Audit`";
    QTest::addRow("habtm-foreign-key-ignored: foreignKey") << "habtm-keys"
        << "habtm-foreign-key-ignored" << "warning" << "common/models/assembly.json"
        << "/relations/parts/foreignKey" << 3 << 5 << "LoopBack uses `assemblyId`";
    QTest::addRow("habtm-foreign-key-ignored: keyThrough") << "habtm-keys"
        << "habtm-foreign-key-ignored" << "warning" << "common/models/assembly.json"
        << "/relations/parts/keyThrough" << 4 << 5 << "LoopBack uses `partId`";
    QTest::addRow("relation-key-ignored") << "relation-key-ignored"
        << "relation-key-ignored" << "warning" << "common/models/order.json"
        << "/relations/customer/through" << 3 << 5 << "ignores `through`";
    QTest::addRow("relation-unknown-key: near miss") << "relation-key-near-miss"
        << "relation-unknown-key" << "warning" << "common/models/order.json"
        << "/relations/customer/foreignId" << 3 << 5 << "Did you mean `foreignKey`?";
    QTest::addRow("relation-unknown-key: own key") << "relation-key-own"
        << "relation-unknown-key" << "info" << "common/models/order.json"
        << "/relations/items/DestroyOnDelete" << 2 << 49 << "your own code";
    QTest::addRow("relation-foreign-key-is-name") << "relation-foreign-key-is-name"
        << "relation-foreign-key-is-name" << "warning" << "common/models/order.json"
        << "/relations/customer/foreignKey" << 3 << 5 << "`customerId`";
    QTest::addRow("foreign-key-type-mismatch") << "foreign-key-type-mismatch"
        << "foreign-key-type-mismatch" << "warning" << "common/models/order.json"
        << "/properties/customerId/type" << 3 << 20 << "retypes it to String";
    QTest::addRow("foreign-key-conflict: two belongsTo") << "foreign-key-conflict-belongs-to"
        << "foreign-key-conflict" << "warning" << "common/models/car.json"
        << "/relations/company/foreignKey" << 3 << 56 << "`Person.id`";
    QTest::addRow("foreign-key-conflict: hasMany from two models") << "foreign-key-conflict-has-many"
        << "foreign-key-conflict" << "warning" << "common/models/folder.json"
        << "/relations/nodes/foreignKey" << 2 << 49 << "`Drive.id`";
    QTest::addRow("model-name-duplicate") << "model-name-duplicate"
        << "model-name-duplicate" << "error" << "common/models/customer.json"
        << "/name" << 1 << 2 << "common/models/customer-copy.json";
    QTest::addRow("model-name-invalid") << "model-name-invalid"
        << "model-name-invalid" << "warning" << "common/models/line-item.json"
        << "/name" << 1 << 2 << "letters, digits";
    QTest::addRow("model-base-unknown") << "model-base-unknown"
        << "model-base-unknown" << "error" << "common/models/customer.json"
        << "/base" << 2 << 3 << "Did you mean `User`?";
    QTest::addRow("model-base-cycle") << "model-base-cycle"
        << "model-base-cycle" << "error" << "common/models/a.json"
        << "/base" << 1 << 15 << "extends itself";
    QTest::addRow("model-section-invalid") << "model-section-invalid"
        << "model-section-invalid" << "error" << "common/models/a.json"
        << "/relations" << 2 << 3 << "must be an object";
    QTest::addRow("property-name-dot") << "property-name-dot"
        << "property-name-dot" << "error" << "common/models/a.json"
        << "/properties/address.city" << 2 << 3 << "dot(s)";
    QTest::addRow("property-name-constructor") << "property-name-constructor"
        << "property-name-constructor" << "info" << "common/models/a.json"
        << "/properties/constructor" << 2 << 3 << "deprecated";
    QTest::addRow("filter-not-object") << "filters"
        << "filter-not-object" << "error" << "common/models/customer.json"
        << "/relations/notObject/scope" << 5 << 7 << "not an object";
    QTest::addRow("filter-unknown-key") << "filters"
        << "filter-unknown-key" << "warning" << "common/models/customer.json"
        << "/relations/unknownKey/scope/orderBy" << 7 << 17 << "Did you mean `order`?";
    QTest::addRow("filter-order-direction") << "filters"
        << "filter-order-direction" << "error" << "common/models/customer.json"
        << "/relations/orderDirection/scope/order" << 9 << 17 << "invalid direction";
    QTest::addRow("filter-order-invalid") << "filters"
        << "filter-order-invalid" << "error" << "common/models/customer.json"
        << "/relations/orderInvalid/scope/order/0" << 11 << 27 << "not valid";
    QTest::addRow("filter-limit-invalid") << "filters"
        << "filter-limit-invalid" << "error" << "common/models/customer.json"
        << "/relations/limitInvalid/scope/limit" << 13 << 17 << "not valid";
    QTest::addRow("filter-skip-invalid") << "filters"
        << "filter-skip-invalid" << "error" << "common/models/customer.json"
        << "/relations/skipInvalid/scope/skip" << 15 << 29 << "not valid";
    QTest::addRow("filter-skip-without-limit") << "filters"
        << "filter-skip-without-limit" << "warning" << "common/models/customer.json"
        << "/relations/skipWithoutLimit/scope/skip" << 17 << 17 << "\"limit\": 100";
    QTest::addRow("filter-where-invalid") << "filters"
        << "filter-where-invalid" << "error" << "common/models/customer.json"
        << "/relations/whereInvalid/scope/where" << 19 << 17 << "not an object";
    QTest::addRow("filter-where-operator") << "filters"
        << "filter-where-operator" << "error" << "common/models/customer.json"
        << "/relations/whereOperator/scope/where/total/grater" << 21 << 37 << "not a where operator";
    QTest::addRow("filter-extended-operator") << "filters"
        << "filter-extended-operator" << "error" << "common/models/customer.json"
        << "/relations/extendedOperator/scope/where/total/$gt" << 23 << 37 << "Use `gt`";
    QTest::addRow("filter-where-multiple-operators") << "filters"
        << "filter-where-multiple-operators" << "warning" << "common/models/customer.json"
        << "/relations/whereMultipleOperators/scope/where/total" << 25 << 27 << "only `gte`";
    QTest::addRow("filter-where-operand") << "filters"
        << "filter-where-operand" << "error" << "common/models/customer.json"
        << "/relations/whereOperand/scope/where/total/between" << 27 << 37 << "exactly 2";
    QTest::addRow("filter-where-clauses") << "filters"
        << "filter-where-clauses" << "error" << "common/models/customer.json"
        << "/relations/whereClauses/scope/where/or" << 29 << 27 << "invalid clauses";
    QTest::addRow("filter-where-nor") << "filters"
        << "filter-where-nor" << "error" << "common/models/customer.json"
        << "/relations/whereNor/scope/where/nor" << 31 << 27 << "does not implement";
    QTest::addRow("filter-unknown-property") << "filters"
        << "filter-unknown-property" << "warning" << "common/models/customer.json"
        << "/relations/unknownProperty/scope/where/totl" << 33 << 27 << "Did you mean `total`?";
    QTest::addRow("filter-fields-invalid") << "filters"
        << "filter-fields-invalid" << "warning" << "common/models/customer.json"
        << "/relations/fieldsInvalid/scope/fields" << 35 << 17 << "ignores";
    QTest::addRow("filter-include-unknown-relation") << "filters"
        << "filter-include-unknown-relation" << "error" << "common/models/customer.json"
        << "/relations/includeUnknownRelation/scope/include" << 37 << 17 << "Did you mean `customer`?";
    QTest::addRow("filter-include-invalid") << "filters"
        << "filter-include-invalid" << "warning" << "common/models/customer.json"
        << "/relations/includeInvalid/scope/include" << 39 << 17 << "ignores";
    QTest::addRow("filter-include-key-ignored") << "filters"
        << "filter-include-key-ignored" << "warning" << "common/models/customer.json"
        << "/relations/includeKeyIgnored/scope/include/where" << 41 << 53 << "inside \"scope\"";
    QTest::addRow("filter-include-multiple-keys") << "filters"
        << "filter-include-multiple-keys" << "warning" << "common/models/customer.json"
        << "/relations/includeMultipleKeys/scope/include/orders" << 43 << 47 << "only the first key";
    QTest::addRow("filter-include-disabled") << "filter-include-disabled"
        << "filter-include-disabled" << "warning" << "common/models/customer.json"
        << "/scope/include" << 1 << 32 << "disableInclude";
    QTest::addRow("filter rule in a named scope") << "named-scope"
        << "filter-order-direction" << "error" << "common/models/customer.json"
        << "/scopes/vips/order" << 3 << 5 << "Scope `Customer.vips`";
    QTest::addRow("filter rule in a default scope") << "default-scope"
        << "filter-limit-invalid" << "error" << "common/models/customer.json"
        << "/scope/limit" << 3 << 5 << "Default scope of `Customer`";
    QTest::addRow("relation scope on a through model") << "through-scope"
        << "filter-include-unknown-relation" << "error" << "common/models/group.json"
        << "/relations/members/scope/include" << 3 << 44 << "Did you mean `user`?";
    QTest::addRow("filter-too-deep") << "filter-too-deep"
        << "filter-too-deep" << "error" << "common/models/customer.json"
        << QStringLiteral("/scope/where") + QStringLiteral("/and/0").repeated(32) << 1 << 329 << "deeper than 32";
    QTest::addRow("model-config-unknown-model") << "app-config"
        << "model-config-unknown-model" << "error" << "server/model-config.json"
        << "/Ghost" << 5 << 3 << "Cannot configure unknown model Ghost";
    QTest::addRow("model-config-invalid") << "model-config-invalid"
        << "model-config-invalid" << "error" << "server/model-config.json"
        << "" << 1 << 1 << "one object keyed by model name";
    QTest::addRow("model-config-missing-datasource") << "app-config"
        << "model-config-missing-datasource" << "warning" << "server/model-config.json"
        << "/Note" << 6 << 3 << "missing the `dataSource`";
    QTest::addRow("model-config-entry-invalid") << "app-config"
        << "model-config-entry-invalid" << "error" << "server/model-config.json"
        << "/Broken" << 8 << 3 << "must be an object";
    QTest::addRow("model-unregistered") << "app-config"
        << "model-unregistered" << "warning" << "common/models/invoice.json"
        << "/name" << 1 << 2 << "never loads it";
    QTest::addRow("relation-model-unregistered") << "app-config"
        << "relation-model-unregistered" << "error" << "common/models/customer.json"
        << "/relations/invoices/model" << 3 << 35 << "Register `Invoice`";
    QTest::addRow("relation-model-unattached") << "app-config"
        << "relation-model-unattached" << "warning" << "common/models/customer.json"
        << "/relations/drafts/model" << 4 << 33 << "\"dataSource\": null";
    QTest::addRow("relation-through-unregistered") << "relation-through-unregistered"
        << "relation-through-unregistered" << "error" << "common/models/physician.json"
        << "/relations/patients/through" << 2 << 55 << "Register `Visit`";
    QTest::addRow("relation-through-unattached") << "relation-through-unattached"
        << "relation-through-unattached" << "warning" << "common/models/physician.json"
        << "/relations/patients/through" << 2 << 55 << "no `dataSource`";
    // clang-format on
}

void TestCheck::rule() {
    QFETCH(QString, fixture);
    QFETCH(QString, code);
    QFETCH(QString, severity);
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, fragment);

    const Checked checked = checkApp(fixtures + fixture);
    QVERIFY(checked.document);
    const Diagnostic* found = find(checked.diagnostics, code, file, pointer);
    QVERIFY2(found, qPrintable(QStringLiteral("no %1 at %2 %3; got:\n%4")
                                   .arg(code, file, pointer, describeAll(checked.diagnostics))));
    QCOMPARE(QString::fromLatin1(severityName(found->severity)), severity);
    QCOMPARE(found->at.line, line);
    QCOMPARE(found->at.column, column);
    const QString message = QString::fromStdString(found->message);
    QVERIFY2(message.contains(fragment), qPrintable(message));
}

// Real patterns LoopBack accepts: relations sharing a key with the same
// meaning, polymorphic owners, a self-referencing through model, valid
// filters, LoopBack's built-in models.
void TestCheck::clean_data() {
    QTest::addColumn<QString>("fixture");
    QTest::addRow("hasMany, hasOne and the inverse belongsTo share customerId")
        << "clean-shared-keys";
    QTest::addRow("polymorphic owners share imageableId") << "clean-polymorphic";
    QTest::addRow("self-referencing hasMany through") << "clean-self-through";
    QTest::addRow("valid scopes, named scopes and includes") << "clean-filters";
    QTest::addRow("built-in base, target and HABTM with an empty foreignKey") << "clean-builtins";
    QTest::addRow("ignored keys naming the keys LoopBack uses anyway") << "clean-default-keys";
    QTest::addRow("subclasses sharing one MongoDB collection share a foreign key")
        << "clean-mongodb";
    QTest::addRow("passport's models, TimeStamp and a mixin's properties") << "clean-app-files";
}

void TestCheck::clean() {
    QFETCH(QString, fixture);
    const Checked checked = checkApp(fixtures + fixture);
    QVERIFY(checked.document);
    QVERIFY2(checked.diagnostics.empty(), qPrintable(describeAll(checked.diagnostics)));
}

// The reader skips nameless files, but an edit can clear a model's name.
void TestCheck::modelWithoutName() {
    Document document(QDir::tempPath(), Document::Kind::Folder);
    const ModelId id = document.addModel(Json::parse(R"({"name": "Customer", "properties": {}})"),
                                         QStringLiteral("common/models/customer.json"));
    document.setModel(id, Json::parse(R"({"name": "", "properties": {}})"));
    const Diagnostics diagnostics = check::check(document, schema::compile(document));
    const Diagnostic* found =
        find(diagnostics, QStringLiteral("model-name-missing"),
             QStringLiteral("common/models/customer.json"), QStringLiteral("/name"));
    QVERIFY2(found, qPrintable(describeAll(diagnostics)));
    QCOMPARE(found->severity, Severity::Warning);
    QCOMPARE(found->at.line, 2);
    QCOMPARE(found->at.column, 3);
}

void TestCheck::sampleAppHasNoErrorsOrWarnings() {
    const Checked checked = checkApp(shopApp);
    QVERIFY(checked.document);
    QVERIFY(!checked.document->modelIds().empty());
    Diagnostics serious;
    for (const Diagnostic& diagnostic : checked.diagnostics) {
        if (diagnostic.severity != Severity::Info)
            serious.push_back(diagnostic);
    }
    QVERIFY2(serious.empty(), qPrintable(describeAll(serious)));
}

void TestCheck::orderedByFileThenLine() {
    const Checked checked = checkApp(fixtures + QStringLiteral("app-config"));
    QVERIFY(checked.diagnostics.size() > 3);
    QStringList files;
    for (std::size_t i = 1; i < checked.diagnostics.size(); ++i) {
        const Diagnostic& a = checked.diagnostics[i - 1];
        const Diagnostic& b = checked.diagnostics[i];
        QVERIFY2(a.file < b.file ||
                     (a.file == b.file && (a.at.line < b.at.line ||
                                           (a.at.line == b.at.line && a.at.column <= b.at.column))),
                 qPrintable(describeAll(checked.diagnostics)));
        if (files.isEmpty() || files.back() != b.file)
            files << b.file;
    }
    QVERIFY(files.contains(QStringLiteral("server/model-config.json")));
    QVERIFY(files.contains(QStringLiteral("common/models/customer.json")));
}

// The corpus keeps six files that real apps once committed broken.
void TestCheck::badInput_data() {
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::addRow("trailing comma after the last entry") << "crownstone__crownstone-cloud@1cf2a8b"
                                                         << "server/model-config.json" << 242 << 1;
    QTest::addRow("trailing comma in an ACL") << "ebrake__visav-health-platform@d786b29"
                                              << "common/models/person.json" << 117 << 5;
    QTest::addRow("trailing comma in a property") << "SteveFortune__isometrica-app@f88282d"
                                                  << "common/models/plan.json" << 18 << 5;
    QTest::addRow("missing comma") << "isotopeee__dietview-api@1387817"
                                   << "common/models/user.json" << 7 << 5;
    QTest::addRow("git conflict markers") << "JoshElias__esports-website@fb6ec30"
                                          << "common/models/guide-hero.json" << 36 << 1;
    QTest::addRow("stray closing brace") << "AKAJEANYANN__horeoo-api@e9a18a6"
                                         << "common/models/offre.json" << 50 << 4;
}

void TestCheck::badInput() {
    QFETCH(QString, app);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString path = test::corpusDir() + QStringLiteral("/_bad-input/") + app;
    if (test::corpusMissing(path))
        return;
    const Checked checked = checkApp(path);
    QVERIFY(checked.document);
    const Diagnostic* found = find(checked.diagnostics, QStringLiteral("json-syntax"), file, {});
    QVERIFY2(found, qPrintable(describeAll(checked.diagnostics)));
    QCOMPARE(found->severity, Severity::Error);
    QCOMPARE(found->at.line, line);
    QCOMPARE(found->at.column, column);
}

// checkFilter() on its own, as the inspector calls it.
void TestCheck::filterValidator_data() {
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<bool>("namedScope");
    QTest::addColumn<QString>("codes");

    QTest::addRow("valid") << "Order"
                           << R"({"where": {"total": {"gt": 5}}, "include": "customer"})" << false
                           << "";
    QTest::addRow("options outside a named scope")
        << "Order"
        << R"({"options": {"http": {"path": "/x"}}})" << false << "filter-unknown-key";
    QTest::addRow("options in a named scope")
        << "Order"
        << R"({"options": {"http": {"path": "/x"}}})" << true << "";
    QTest::addRow("no model: shape only")
        << ""
        << R"({"where": {"nothing": {"grater": 1}}, "include": "nope", "order": "a up"})" << false
        << "filter-order-direction";
    QTest::addRow("nested include scope checked against the target")
        << "Order"
        << R"({"include": {"relation": "customer", "scope": {"where": {"nam": 1}, "include": "x"}}})"
        << false << "filter-unknown-property,filter-include-unknown-relation";
    QTest::addRow("ilike string and regexp flags")
        << "Order"
        << R"({"where": {"or": [{"total": {"ilike": 5}}, {"total": {"regexp": "a/x"}}]}})" << false
        << "filter-where-operand,filter-where-operand";
}

void TestCheck::filterValidator() {
    QFETCH(QString, model);
    QFETCH(QString, filter);
    QFETCH(bool, namedScope);
    QFETCH(QString, codes);

    const Checked checked = checkApp(fixtures + QStringLiteral("filters"));
    QVERIFY(checked.document);
    const schema::Model* subject =
        model.isEmpty() ? nullptr : checked.schema.model(model.toStdString());
    QVERIFY(model.isEmpty() || subject);
    const auto issues =
        check::checkFilter(checked.schema, subject, Json::parse(filter.toStdString()),
                           namedScope ? check::FilterUse::NamedScope : check::FilterUse::Query);
    QStringList found;
    for (const check::FilterIssue& issue : issues)
        found << QString::fromStdString(issue.code);
    QCOMPARE(found.join(u','), codes);
}

// Known defects of the real apps in the corpus, found where they are.
void TestCheck::corpusFindings_data() {
    QTest::addColumn<QString>("app");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");

    QTest::addRow("open-community-app: typo hasMny") << "e-part__open-community-app"
                                                     << "relation-type-invalid"
                                                     << "common/models/organization.json"
                                                     << "/relations/users/type";
    QTest::addRow("open-community-app: target differs in case") << "e-part__open-community-app"
                                                                << "relation-model-unknown"
                                                                << "common/models/upvote.json"
                                                                << "/relations/comment/model";
    QTest::addRow("crownstone-cloud: target differs in case") << "crownstone__crownstone-cloud"
                                                              << "relation-model-unknown"
                                                              << "common/models/sphere.json"
                                                              << "/relations/geoLocation/model";
    QTest::addRow("crownstone-cloud: undefined target") << "crownstone__crownstone-cloud"
                                                        << "relation-model-unknown"
                                                        << "common/models/power-usage.json"
                                                        << "/relations/appliance/model";
    QTest::addRow("workon-api: undefined HABTM target") << "Yaty__workon-api"
                                                        << "relation-model-unknown"
                                                        << "common/models/task.json"
                                                        << "/relations/workers/model";
    QTest::addRow("isometrica-app: undefined target") << "SteveFortune__isometrica-app"
                                                      << "relation-model-unknown"
                                                      << "common/models/plan.json"
                                                      << "/relations/assets/model";
}

void TestCheck::corpusFindings() {
    QFETCH(QString, app);
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    const QString path = test::corpusApp(app);
    if (test::corpusMissing(path))
        return;
    const Checked checked = checkApp(path);
    QVERIFY(checked.document);
    QVERIFY2(find(checked.diagnostics, code, file, pointer),
             qPrintable(describeAll(checked.diagnostics)));
}

// Every corpus app is checked without a crash, each finding has a place, and
// the whole corpus stays fast enough to run after every edit.
void TestCheck::wholeCorpus() {
    if (test::corpusMissing())
        return;
    const QStringList apps = test::corpusAppNames();
    qint64 nanoseconds = 0;
    std::size_t total = 0;
    for (const QString& app : apps) {
        const std::unique_ptr<Document> document = io::read(test::corpusApp(app));
        QVERIFY(document);
        const schema::Schema schema = schema::compile(*document);
        QElapsedTimer timer;
        timer.start();
        const Diagnostics diagnostics = check::check(*document, schema);
        nanoseconds += timer.nsecsElapsed();
        total += diagnostics.size();
        for (const Diagnostic& diagnostic : diagnostics) {
            QVERIFY2(!diagnostic.code.empty() && !diagnostic.message.empty(),
                     qPrintable(describe(diagnostic)));
            if (!diagnostic.file.isEmpty() && diagnostic.code != "source-outside-app" &&
                diagnostic.code != "file-not-a-model")
                QVERIFY2(diagnostic.at.line > 0, qPrintable(app + u' ' + describe(diagnostic)));
        }
    }
    qInfo("check: %zu findings in %lld apps, %.1f ms in check()", total,
          static_cast<long long>(apps.size()), nanoseconds / 1e6);
}

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
