#include "check/app_files.h"
#include "check/check.h"
#include "copy_tree.h"
#include "document/document.h"
#include "io/app_io.h"
#include "schema/schema.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <map>
#include <set>

#include <sys/stat.h>
#include <unistd.h>

using namespace relata;

namespace {

const QString fixtures = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/check/");
const QString rulesFile = QStringLiteral(RELATA_SOURCE_DIR "/core/check/RULES.md");

// For every code of RULES.md, a correct model of the kind the rule looks at,
// on which it must stay silent (tst_check's rule rows make each one fire on a
// broken twin under tests/core/data/check).
struct QuietRow {
    const char* code;
    const char* fixture;
    const char* model; // what in the fixture the rule looks at and finds right
};

const QuietRow quietRows[] = {
    {"json-syntax", "clean-app-files", "every file parses"},
    {"json-duplicate-key", "clean-app-files", "keys appear once"},
    {"file-unreadable", "clean-app-files", "every model file opens"},
    {"file-not-a-model", "clean-app-files", "every JSON file in a model folder has a name"},
    {"source-outside-app", "clean-app-files", "_meta.sources stays inside the app"},
    {"model-name-missing", "clean-shared-keys", "every model is named"},
    {"model-name-invalid", "clean-shared-keys", "names of letters and digits"},
    {"model-name-duplicate", "clean-shared-keys", "one file per name"},
    {"model-base-unknown", "clean-app-files", "base UserIdentity from loopback-component-passport"},
    {"model-base-cycle", "clean-mongodb", "case and contact extend person"},
    {"model-section-invalid", "clean-filters", "properties, relations and scopes are objects"},
    {"property-name-dot", "clean-mongodb", "plain property names"},
    {"property-name-constructor", "clean-mongodb", "plain property names"},
    {"model-config-invalid", "clean-app-files", "model-config is an object"},
    {"model-config-entry-invalid", "clean-app-files", "every entry is an object"},
    {"model-config-missing-datasource", "clean-mongodb", "every entry names its data source"},
    {"model-config-unknown-model", "clean-app-files", "passport's UserCredential configured"},
    {"model-unregistered", "clean-mongodb", "every model file listed"},
    {"relation-not-object", "clean-shared-keys", "relations are objects"},
    {"relation-type-invalid", "clean-shared-keys", "hasMany, hasOne, belongsTo"},
    {"relation-name-trigger", "clean-shared-keys", "ordinary relation names"},
    {"relation-name-reserved", "clean-shared-keys", "ordinary relation names"},
    {"relation-name-invalid", "clean-shared-keys", "URL-safe relation names"},
    {"relation-name-is-property", "clean-shared-keys", "relations named apart from properties"},
    {"relation-unknown-key", "clean-default-keys", "only keys LoopBack reads"},
    {"belongs-to-missing-model", "clean-shared-keys", "belongsTo with model"},
    {"polymorphic-belongs-to-model", "clean-polymorphic", "polymorphic belongsTo without model"},
    {"polymorphic-missing-model", "clean-polymorphic", "polymorphic hasMany with model"},
    {"polymorphic-missing-discriminator", "clean-polymorphic", "foreignKey and discriminator"},
    {"polymorphic-missing-foreign-key", "clean-polymorphic", "foreignKey and discriminator"},
    {"polymorphic-extraneous-as", "clean-polymorphic", "polymorphic by name"},
    {"polymorphic-extraneous-selector", "clean-polymorphic", "polymorphic by name"},
    {"polymorphic-as-deprecated", "clean-polymorphic", "no `as`"},
    {"polymorphic-habtm-missing-through", "clean-polymorphic", "no polymorphic HABTM"},
    {"habtm-foreign-key-ignored", "clean-default-keys", "HABTM keys equal to LoopBack's"},
    {"relation-key-ignored", "clean-default-keys", "primaryKey naming the id"},
    {"relation-foreign-key-is-name", "clean-shared-keys", "customerId beside relation customer"},
    {"relation-model-unknown", "clean-builtins", "targets that exist, built-ins included"},
    {"relation-through-unknown", "clean-self-through", "a through model that exists"},
    {"relation-model-unregistered", "clean-mongodb", "targets listed in model-config"},
    {"relation-through-unregistered", "clean-app-files", "no through model to register"},
    {"relation-model-unattached", "clean-mongodb", "targets with a data source"},
    {"relation-through-unattached", "clean-app-files", "no through model to attach"},
    {"relation-target-not-found", "clean-shared-keys", "every relation names its model"},
    {"through-missing-source-relation", "clean-self-through", "both belongsTo on the through"},
    {"through-missing-target-relation", "clean-self-through", "both belongsTo on the through"},
    {"through-key-mismatch", "clean-self-through", "belongsTo keys equal to the relation's"},
    {"foreign-key-type-mismatch", "clean-shared-keys", "undeclared keys typed by LoopBack"},
    {"foreign-key-conflict", "clean-mongodb", "personId shared within one collection"},
    {"has-many-array-key", "clean-mongodb", "referencesMany alone on its id array"},
    {"filter-not-object", "clean-filters", "scopes are objects"},
    {"filter-unknown-key", "clean-filters", "only filter keys"},
    {"filter-limit-invalid", "clean-filters", "positive limits"},
    {"filter-skip-invalid", "clean-filters", "whole skips"},
    {"filter-skip-without-limit", "clean-filters", "skip with limit"},
    {"filter-order-invalid", "clean-filters", "order strings"},
    {"filter-order-direction", "clean-filters", "ASC and DESC"},
    {"filter-unknown-property", "clean-app-files", "properties a mixin adds"},
    {"filter-fields-invalid", "clean-filters", "fields as names"},
    {"filter-where-invalid", "clean-filters", "where objects"},
    {"filter-where-clauses", "clean-filters", "and/or arrays"},
    {"filter-where-nor", "clean-filters", "no nor"},
    {"filter-where-operator", "clean-filters", "real operators"},
    {"filter-extended-operator", "clean-filters", "no $ operators"},
    {"filter-where-multiple-operators", "clean-filters", "one operator per condition"},
    {"filter-where-operand", "clean-filters", "well-formed operands"},
    {"filter-include-unknown-relation", "clean-filters", "includes of existing relations"},
    {"filter-include-disabled", "clean-filters", "includable relations"},
    {"filter-include-invalid", "clean-filters", "include names and objects"},
    {"filter-include-key-ignored", "clean-filters", "relation and scope only"},
    {"filter-include-multiple-keys", "clean-filters", "one relation per include object"},
    {"filter-too-deep", "clean-filters", "shallow filters"},
};

// Codes no committed fixture can make fire, and the test that does instead.
const std::map<QString, QString> firedElsewhere = {
    {QStringLiteral("model-name-missing"),
     QStringLiteral("tst_check::modelWithoutName (the reader skips nameless files)")},
};

// The model file of an unreadable app (below).
const QString unreadableFile = QStringLiteral("common/models/ghost.json");

// clean-app-files with one more model file that cannot be read, made as `kind`
// says: fixtures git cannot hold. Root (who runs CI) reads a file without read
// permission, so only the other kinds stop everyone.
bool makeUnreadableApp(const QString& kind, const QString& root)
{
    if (!relata::test::copyTree(fixtures + QStringLiteral("clean-app-files"), root))
        return false;
    const QString target = QDir(root).filePath(unreadableFile);
    if (kind == QLatin1String("dangling link"))
        return QFile::link(QDir(root).filePath(QStringLiteral("nowhere.json")), target);
    if (kind == QLatin1String("pipe"))
        return ::mkfifo(QFile::encodeName(target).constData(), 0600) == 0;
    if (kind == QLatin1String("too large")) {
        // Sparse: the size is what counts, not the bytes on disk.
        QFile large(target);
        return large.open(QIODevice::WriteOnly) && large.resize(io::maxJsonFileSize + 1);
    }
    return QFile::copy(QDir(root).filePath(QStringLiteral("common/models/article.json")), target)
           && QFile::setPermissions(target, QFileDevice::WriteOwner);
}

Diagnostics checkApp(const QString& path) {
    const std::unique_ptr<Document> document = io::read(path);
    if (!document)
        return {};
    return check::check(*document, schema::compile(*document));
}

QString describeAll(const Diagnostics& diagnostics) {
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        lines << QStringLiteral("%1:%2:%3 [%4] %5")
                     .arg(d.file)
                     .arg(d.at.line)
                     .arg(d.at.column)
                     .arg(QString::fromStdString(d.code), QString::fromStdString(d.message));
    return lines.join(u'\n');
}

} // namespace

class TestCheckRules : public QObject {
    Q_OBJECT

private slots:
    void quiet_data();
    void quiet();
    void everyRuleHasBothRows();
    void unreadableFileFires_data();
    void unreadableFileFires();
    void mixinNames_data();
    void mixinNames();
    void mixinScripts_data();
    void mixinScripts();
};

void TestCheckRules::quiet_data() {
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fixture");
    for (const QuietRow& row : quietRows) {
        QTest::addRow("%s: %s", row.code, row.model)
            << QString::fromLatin1(row.code) << QString::fromLatin1(row.fixture);
    }
}

// The fixture is checked whole: a correct model gets no finding at all.
void TestCheckRules::quiet() {
    QFETCH(QString, code);
    QFETCH(QString, fixture);
    QVERIFY2(QDir(fixtures + fixture).exists(), qPrintable(fixtures + fixture));
    const Diagnostics diagnostics = checkApp(fixtures + fixture);
    QVERIFY2(diagnostics.empty(), qPrintable(describeAll(diagnostics)));
}

// RULES.md is the registry of codes: each needs a quiet row above, and a
// fixture under tests/core/data/check (or one made here) that makes it fire.
void TestCheckRules::everyRuleHasBothRows() {
    QFile rules(rulesFile);
    QVERIFY2(rules.open(QIODevice::ReadOnly), qPrintable(rulesFile));
    static const QRegularExpression codeRow(QStringLiteral("^\\| `([a-z0-9-]+)` \\|"),
                                            QRegularExpression::MultilineOption);
    std::set<QString> codes;
    for (const auto& match : codeRow.globalMatch(QString::fromUtf8(rules.readAll())))
        codes.insert(match.captured(1));
    QVERIFY(codes.size() > 60);

    std::set<QString> quiet;
    for (const QuietRow& row : quietRows)
        quiet.insert(QString::fromLatin1(row.code));
    std::set<QString> fired;
    for (const QString& fixture : QDir(fixtures).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const Diagnostic& diagnostic : checkApp(fixtures + fixture))
            fired.insert(QString::fromStdString(diagnostic.code));
    }
    QTemporaryDir made;
    QVERIFY(made.isValid() && makeUnreadableApp(QStringLiteral("dangling link"), made.path()));
    for (const Diagnostic& diagnostic : checkApp(made.path()))
        fired.insert(QString::fromStdString(diagnostic.code));
    QStringList missing;
    for (const QString& code : codes) {
        if (!quiet.count(code))
            missing << code + QStringLiteral(": no row of a correct model it stays silent on");
        if (!fired.count(code) && !firedElsewhere.count(code))
            missing << code + QStringLiteral(": no fixture makes it fire");
    }
    for (const QString& code : quiet) {
        if (!codes.count(code))
            missing << code + QStringLiteral(": a quiet row for a code RULES.md does not list");
    }
    for (const QString& code : fired) {
        if (!codes.count(code))
            missing << code + QStringLiteral(": fires but RULES.md does not list it");
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

// A model file that cannot be read is an error where it is, and the rest of
// the app reads as before (clean-app-files alone has no finding).
void TestCheckRules::unreadableFileFires_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::addRow("dangling link") << "dangling link"
                                   << "cannot read the file: No such file or directory";
    QTest::addRow("pipe") << "pipe"
                          << "not a regular file (a folder, pipe, device or socket); Relata reads "
                             "only plain files";
    QTest::addRow("too large") << "too large"
                               << "larger than 64 MiB, the most Relata reads from a JSON file";
    if (geteuid() != 0)
        QTest::addRow("no read permission") << "no read permission"
                                            << "cannot read the file: Permission denied";
}

void TestCheckRules::unreadableFileFires() {
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid() && makeUnreadableApp(kind, dir.path()));
    const Diagnostics diagnostics = checkApp(dir.path());
    QCOMPARE(diagnostics.size(), std::size_t(1));
    const Diagnostic& found = diagnostics.front();
    QCOMPARE(QString::fromStdString(found.code), QStringLiteral("file-unreadable"));
    QCOMPARE(found.severity, Severity::Error);
    QCOMPARE(found.file, unreadableFile);
    QCOMPARE(QString::fromStdString(found.message), message);
}

// loopback-boot's default "classify" normalization of a mixin file's name.
void TestCheckRules::mixinNames_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addRow("kebab case") << "time-stamp"
                                << "TimeStamp";
    QTest::addRow("camel case") << "timeStamp"
                                << "TimeStamp";
    QTest::addRow("snake case") << "soft_delete"
                                << "SoftDelete";
    QTest::addRow("capitals run together") << "URLSlug"
                                           << "Urlslug";
    QTest::addRow("already classified") << "Cascade"
                                        << "Cascade";
}

void TestCheckRules::mixinNames() {
    QFETCH(QString, file);
    QFETCH(QString, name);
    QCOMPARE(QString::fromStdString(check::mixinName(file.toStdString())), name);
}

// What Relata reads from a mixin's script: literal names of defineProperty.
void TestCheckRules::mixinScripts_data() {
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("names");
    QTest::addColumn<bool>("complete");
    QTest::addRow("single quotes") << "Model.defineProperty('slug', {type: String});"
                                   << "slug" << true;
    QTest::addRow("two calls, double quotes and blanks")
        << "M.defineProperty( \"a\", {}); M.defineProperty(\"b\", {});"
        << "a,b" << true;
    QTest::addRow("template literal") << "Model.defineProperty(`deletedAt`, {});"
                                      << "deletedAt" << true;
    QTest::addRow("name from a variable") << "Model.defineProperty(options.field, {});"
                                          << "" << false;
    QTest::addRow("interpolated name") << "Model.defineProperty(`${prefix}At`, {});"
                                       << "" << false;
    QTest::addRow("no property") << "module.exports = function(Model) {};"
                                 << "" << true;
}

void TestCheckRules::mixinScripts() {
    QFETCH(QString, source);
    QFETCH(QString, names);
    QFETCH(bool, complete);
    const check::MixinProperties found = check::definedProperties(source.toStdString());
    QStringList got;
    for (const std::string& name : found.names)
        got << QString::fromStdString(name);
    QCOMPARE(got.join(u','), names);
    QCOMPARE(found.complete, complete);
}

QTEST_GUILESS_MAIN(TestCheckRules)
#include "tst_check_rules.moc"
