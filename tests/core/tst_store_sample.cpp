#include "corpus_apps.h"
#include "document/document.h"
#include "io/app_io.h"
#include "query/engine.h"
#include "schema/schema.h"
#include "store/connection.h"
#include "store/migrate.h"
#include "store/seed.h"
#include "tst_store.h"

#include <QDir>
#include <QTest>

using namespace relata;
using relata::storetest::openFile;
using relata::storetest::scalar;

namespace {

const QString sampleFixtures = QStringLiteral(RELATA_SOURCE_DIR "/tests/core/data/sampledb");

std::unique_ptr<schema::Schema> compileFolder(const QString& path, QString& error)
{
    io::ReadError readError;
    const std::unique_ptr<Document> document = io::read(path, &readError);
    if (!document) {
        error = readError.path + QStringLiteral(": ") + readError.message;
        return nullptr;
    }
    return std::make_unique<schema::Schema>(schema::compile(*document));
}

struct Walk {
    int models = 0;
    int relations = 0;      // relation accessors called
    int loopbackErrors = 0; // accessors that fail in LoopBack too, with its message
    QString error;          // the first query that failed otherwise, empty when none did
};

// LoopBack's accessor of a hasMany-through reads the targets through the through
// model's `collect` relation; when the through model has none, juggler fails with
// this message, and so must the engine.
std::string loopbackError(const schema::Schema& schema, const schema::Relation& relation)
{
    const schema::Model* through = schema.model(relation.modelThrough);
    if (!through || through->relation(relation.collect))
        return {};
    return "Relation \"" + relation.collect + "\" is not defined for " + through->name + " model";
}

// Reads every model that has a table and calls every relation LoopBack set up
// on its first rows, as a person previewing the sample database would.
Walk walkDatabase(const schema::Schema& schema, store::Connection& connection)
{
    Walk walk;
    query::Engine engine(schema, connection);
    for (const schema::Model* model : store::tableModels(schema)) {
        const query::QueryResult rows = engine.find(model->name, Json{{"limit", 3}});
        if (!rows.ok()) {
            walk.error = QString::fromStdString(model->name + ": " + rows.document().dump());
            return walk;
        }
        if (rows.value.empty()) {
            walk.error = QString::fromStdString(model->name + ": the sample table is empty");
            return walk;
        }
        ++walk.models;
        const schema::Property* id = model->idProperty();
        if (!id)
            continue;
        // Ids from the table itself: a model may hide its id from what find returns.
        QSqlQuery ids(connection.database());
        if (!ids.exec(QStringLiteral("SELECT \"%1\" FROM \"%2\" ORDER BY rowid LIMIT 3")
                          .arg(QString::fromStdString(id->column), QString::fromStdString(model->table)))) {
            walk.error = ids.lastError().text();
            return walk;
        }
        while (ids.next()) {
            const QVariant value = ids.value(0);
            const Json rowId = value.typeId() == QMetaType::QString ? Json(value.toString().toStdString())
                                                                   : Json(value.toLongLong());
            for (const schema::Relation& relation : model->relations) {
                if (!relation.resolved)
                    continue;
                const query::QueryResult related = engine.related(model->name, rowId, relation.name, std::nullopt);
                ++walk.relations;
                const std::string expected = loopbackError(schema, relation);
                if (!expected.empty() && !related.ok() && related.error->message == expected) {
                    ++walk.loopbackErrors;
                    continue;
                }
                if (!related.ok()) {
                    walk.error = QString::fromStdString(model->name + "." + relation.name + " of " + rowId.dump()
                                                        + ": "
                                                        + related.document().dump());
                    return walk;
                }
            }
        }
    }
    return walk;
}

// What a value is, in the words the rows below use.
QString kindOf(const Json& value)
{
    if (value.is_string())
        return QStringLiteral("string");
    if (value.is_number())
        return QStringLiteral("number");
    if (value.is_array()) {
        const bool nested = !value.empty() && std::all_of(value.begin(), value.end(), [](const Json& item) {
            return item.is_array();
        });
        return nested ? QStringLiteral("array of arrays") : QStringLiteral("array");
    }
    return QString::fromStdString(value.type_name());
}

} // namespace

// The cases that once stopped a sample database (tests/core/data/sampledb): each
// seeds, every model reads and every relation follows, and `property` of every
// row of `model` holds a `kind`.
void TestStore::sampleDatabase_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("kind");
    QTest::addRow("a property Id beside the injected id")
        << "id-case" << "LegacyRecord" << "Id" << "string";
    QTest::addRow("the injected id beside a property Id") << "id-case" << "LegacyRecord" << "id" << "number";
    QTest::addRow("[\"array\"] items are arrays") << "array-items" << "Matrix" << "rows" << "array of arrays";
    QTest::addRow("a required foreign key to the built-in User")
        << "user-foreign-key" << "Post" << "authorId" << "number";
    QTest::addRow("AccessToken.user overridden to the app's user model")
        << "user-foreign-key" << "AccessToken" << "userId" << "number";
    QTest::addRow("UserCredential and userCredential share a table")
        << "shared-table" << "userCredential" << "accountId" << "number";
    QTest::addRow("a model whose sqlite3.table is another model's table")
        << "shared-table" << "Invoice" << "accountId" << "number";
    QTest::addRow("one id column of a shared table, its String id")
        << "shared-id" << "Badge" << "id" << "string";
    QTest::addRow("one id column of a shared table, its Number id") << "shared-id" << "Pin" << "id" << "number";
    QTest::addRow("a shared table's second id column") << "shared-id" << "LedgerEntry" << "code" << "string";
    QTest::addRow("a shared table's first id column") << "shared-id" << "Ledger" << "id" << "number";
}

void TestStore::sampleDatabase()
{
    QFETCH(QString, fixture);
    QFETCH(QString, model);
    QFETCH(QString, property);
    QFETCH(QString, kind);
    const QString folder = sampleFixtures + u'/' + fixture;
    QVERIFY2(QDir(folder).exists(), qPrintable(folder + QStringLiteral(" is missing")));
    QString error;
    const auto schema = compileFolder(folder, error);
    QVERIFY2(schema, qPrintable(error));
    auto connection = openFile(m_dir.filePath(QStringLiteral("sample-%1-%2-%3.db").arg(fixture, model, property)));
    QVERIFY(connection);
    const store::SeedResult seeded = store::seed(*connection, *schema, {12, 1});
    QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error->text()));
    const Walk walk = walkDatabase(*schema, *connection);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    query::Engine engine(*schema, *connection);
    const query::QueryResult rows = engine.find(model.toStdString(), Json::object());
    QVERIFY2(rows.ok(), rows.ok() ? "" : rows.document().dump().c_str());
    QVERIFY(!rows.value.empty());
    int checked = 0;
    for (const Json& row : rows.value) {
        const Json value = row.value(property.toStdString(), Json());
        // Optional properties are sometimes left empty; the rest hold what they should.
        if (value.is_null() || (value.is_array() && value.empty()))
            continue;
        QCOMPARE(kindOf(value), kind);
        ++checked;
    }
    QVERIFY(checked > 0);
}

// Two properties given the same column ignoring case cannot be stored; migrate
// says which, and creates nothing.
void TestStore::sampleDatabaseColumnClash()
{
    const QString folder = sampleFixtures + QStringLiteral("/column-clash");
    QVERIFY2(QDir(folder).exists(), qPrintable(folder + QStringLiteral(" is missing")));
    QString error;
    const auto schema = compileFolder(folder, error);
    QVERIFY2(schema, qPrintable(error));
    auto connection = openFile(m_dir.filePath(QStringLiteral("column-clash.db")));
    QVERIFY(connection);
    const store::MigrationResult migrated = store::migrate(*connection, *schema);
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error->message,
             QStringLiteral("Clash.code and Clash.Code both use the column \"REF\", and SQLite column "
                            "names ignore case: give one of them another sqlite3.columnName"));
    QCOMPARE(scalar(*connection, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0);
}

// Every corpus app gets a sample database (migrate, then seed) in which every
// model reads and every relation follows without an error.
void TestStore::corpusSampleDatabases_data()
{
    QTest::addColumn<QString>("app");
    test::addCorpusAppRows();
}

void TestStore::corpusSampleDatabases()
{
    QFETCH(QString, app);
    if (test::corpusMissing(app))
        return;
    QString error;
    const auto schema = compileFolder(app, error);
    QVERIFY2(schema, qPrintable(error));
    auto connection = openFile(m_dir.filePath(QDir(app).dirName() + QStringLiteral("-corpus.db")));
    QVERIFY(connection);
    const store::MigrationResult migrated = store::migrate(*connection, *schema);
    QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error->text()));
    const store::SeedResult seeded = store::seed(*connection, *schema, {16, 1});
    QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error->text()));
    const Walk walk = walkDatabase(*schema, *connection);
    QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
    QCOMPARE(walk.models, int(store::tableModels(*schema).size()));
    qInfo("%d models read, %d relations followed (%d fail in LoopBack too)", walk.models, walk.relations,
          walk.loopbackErrors);
}
