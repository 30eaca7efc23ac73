#include "document/document.h"
#include "io/app_io.h"
#include "query/engine.h"
#include "schema/schema.h"
#include "store/connection.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace relata;

Q_DECLARE_METATYPE(relata::Json)

namespace {

const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
const QString shopDatabase = QStringLiteral(RELATA_SOURCE_DIR "/tests/conformance/shop.sqlite");

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Every table's definition and row count, as SQLite reports them.
QStringList contents(QSqlDatabase& database)
{
    QStringList lines;
    QSqlQuery tables(database);
    tables.exec(QStringLiteral("SELECT name, sql FROM sqlite_master ORDER BY name"));
    QStringList names;
    while (tables.next()) {
        lines << tables.value(0).toString() + u' ' + tables.value(1).toString();
        names << tables.value(0).toString();
    }
    for (const QString& name : names) {
        QSqlQuery count(database);
        if (count.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name)) && count.next())
            lines << name + u'=' + count.value(0).toString();
    }
    return lines;
}

} // namespace

// Hostile names and values reach SQL only as bound data or not at all: each
// is answered with rows or an error, and the database is unchanged afterwards.
// The connection is writable, so a statement that got through would show.
class TestInjection : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void findIsHarmless_data();
    void findIsHarmless();
    void relatedIsHarmless_data();
    void relatedIsHarmless();
    void hostileSchemaNamesAreQuoted();

private:
    void verifyUnchanged();

    std::unique_ptr<Document> m_document;
    schema::Schema m_schema;
    QTemporaryDir m_directory;
    QString m_path;
    std::unique_ptr<store::Connection> m_connection;
    std::unique_ptr<query::Engine> m_engine;
    QByteArray m_digest;
    QStringList m_contents;
};

void TestInjection::initTestCase()
{
    m_document = io::read(shopApp);
    QVERIFY(m_document);
    m_schema = schema::compile(*m_document);
    QVERIFY(m_directory.isValid());
    m_path = m_directory.filePath(QStringLiteral("shop.sqlite"));
    QVERIFY(QFile::copy(shopDatabase, m_path));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    store::Error error;
    m_connection = store::Connection::open(m_path, {store::Access::ReadWrite}, &error);
    QVERIFY2(m_connection, qPrintable(error.text()));
    m_engine = std::make_unique<query::Engine>(m_schema, *m_connection);
    m_digest = fileDigest(m_path);
    m_contents = contents(m_connection->database());
    QVERIFY(m_contents.size() > 20);
}

void TestInjection::verifyUnchanged()
{
    QCOMPARE(contents(m_connection->database()), m_contents);
    QCOMPARE(fileDigest(m_path), m_digest);
}

void TestInjection::findIsHarmless_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Json>("filter");
    QTest::addColumn<bool>("fails");
    auto row = [](const char* name, const char* model, const char* filter, bool fails) {
        QTest::addRow("%s", name) << QString::fromLatin1(model) << Json::parse(filter) << fails;
    };
    row("value", "Customer", R"j({"where": {"name": "'; DROP TABLE customer; --"}})j", false);
    row("like pattern", "Customer", R"j({"where": {"name": {"like": "%'); DROP TABLE customer; --"}}})j", false);
    row("inq values", "Customer", R"j({"where": {"id": {"inq": ["1) OR (1=1", "2); DELETE FROM customer; --"]}}})j", false);
    row("property name", "Customer", R"j({"where": {"name\" = name; DROP TABLE customer; --": 1}})j", false);
    row("nested property name", "Customer", R"j({"where": {"or": [{"x\"); DROP TABLE \"order\"; --": 1}]}})j", false);
    row("operator on a string", "Customer", R"j({"where": {"name": {"'; DROP TABLE customer; --": 1}}})j", false);
    row("operator on a number", "Customer", R"j({"where": {"age": {"); DROP TABLE customer; --": 1}}})j", true);
    row("regexp", "Customer", R"j({"where": {"name": {"regexp": "'); DROP TABLE customer; --"}}})j", false);
    row("order with statement", "Customer", R"j({"order": "name; DROP TABLE customer"})j", true);
    row("order with quote", "Customer", R"j({"order": "name\" DESC, (SELECT 1); DROP TABLE customer; --"})j", true);
    row("order quoted name", "Customer", R"j({"order": "name\"; DESC"})j", false);
    row("fields", "Customer", R"j({"fields": ["name\" FROM customer; DROP TABLE customer; --", "id"]})j", false);
    row("only hostile fields", "Customer", R"j({"fields": ["*, (DELETE FROM customer)"]})j", true);
    row("include name", "Customer", R"j({"include": "orders; DROP TABLE customer"})j", true);
    row("include scope", "Customer", R"j({"include": {"relation": "orders", "scope": {"where": {"note": "x'); DROP TABLE \"order\"; --"}, "order": "total; DROP TABLE x"}}})j", true);
    row("limit", "Customer", R"j({"limit": "1; DROP TABLE customer"})j", true);
    row("skip", "Customer", R"j({"skip": "0 OR 1=1"})j", true);
    row("model name", "Customer; DROP TABLE customer", "{}", true);
    row("date value", "Customer", R"j({"where": {"createdAt": "2020-01-01'); DROP TABLE customer; --"}})j", true);
}

void TestInjection::findIsHarmless()
{
    QFETCH(QString, model);
    QFETCH(Json, filter);
    QFETCH(bool, fails);
    const query::QueryResult result = m_engine->find(model.toStdString(), filter);
    QCOMPARE(!result.ok(), fails);
    verifyUnchanged();
}

void TestInjection::relatedIsHarmless_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("relation");
    QTest::addColumn<Json>("filter");
    QTest::addRow("id") << "1 OR 1=1" << "orders" << Json::object();
    QTest::addRow("id with statement") << "1; DROP TABLE customer" << "orders" << Json::object();
    QTest::addRow("relation name") << "1" << "orders; DROP TABLE customer" << Json::object();
    QTest::addRow("filter") << "1" << "orders" << Json::parse(R"j({"where": {"status": "x'; DROP TABLE \"order\"; --"}})j");
    QTest::addRow("embedded filter") << "1" << "emails" << Json::parse(R"j({"where": {"address": {"like": "'); DROP"}}})j");
}

void TestInjection::relatedIsHarmless()
{
    QFETCH(QString, id);
    QFETCH(QString, relation);
    QFETCH(Json, filter);
    m_engine->related("Customer", Json(id.toStdString()), relation.toStdString(), filter);
    verifyUnchanged();
}

void TestInjection::hostileSchemaNamesAreQuoted()
{
    // Table and column names come from model files; a quote in them stays inside the identifier.
    QTemporaryDir app;
    QVERIFY(app.isValid());
    QFile model(app.filePath(QStringLiteral("evil.json")));
    QVERIFY(model.open(QIODevice::WriteOnly));
    model.write(R"({"name": "Evil", "base": "PersistedModel",
      "sqlite3": {"table": "customer\"; DROP TABLE customer; --"},
      "properties": {"name": {"type": "string", "sqlite3": {"columnName": "name\" FROM customer; DROP TABLE customer; --"}}}})");
    model.close();
    const std::unique_ptr<Document> document = io::read(app.path());
    QVERIFY(document);
    const schema::Schema schema = schema::compile(*document);
    query::Engine engine(schema, *m_connection);
    const query::QueryResult result = engine.find("Evil", Json::parse(R"({"where": {"name": "x"}, "order": "name"})"));
    QVERIFY(!result.ok());
    verifyUnchanged();
}

QTEST_GUILESS_MAIN(TestInjection)
#include "tst_injection.moc"
