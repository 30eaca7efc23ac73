#include "document/document.h"
#include "io/app_io.h"
#include "schema/schema.h"
#include "store/codec.h"
#include "store/connection.h"
#include "store/fixtures.h"
#include "store/migrate.h"
#include "store/seed.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relata;
using schema::ValueType;

namespace {

const QString shopApp = QStringLiteral(RELATA_SOURCE_DIR "/resources/samples/shop");
const QString oracleDir = QStringLiteral(RELATA_SHARED_DIR "/oracle");

schema::Property makeProperty(const std::string& name, ValueType type, const std::string& typeName,
                          ValueType itemType = ValueType::Any)
{
    schema::Property p;
    p.name = name;
    p.type = type;
    p.typeName = typeName;
    p.itemType = itemType;
    for (const char c : name)
        p.column += char(std::tolower(static_cast<unsigned char>(c)));
    p.definition = Json::object();
    return p;
}

schema::Property idProperty()
{
    schema::Property id = makeProperty("id", ValueType::Number, "Number");
    id.id = true;
    id.generated = true;
    id.origin = schema::PropertyOrigin::InjectedId;
    return id;
}

schema::Model persistedModel(const std::string& name, std::vector<schema::Property> properties)
{
    schema::Model model;
    model.name = name;
    model.persisted = true;
    for (const char c : name)
        model.table += char(std::tolower(static_cast<unsigned char>(c)));
    model.properties = std::move(properties);
    model.properties.push_back(idProperty());
    return model;
}

std::unique_ptr<store::Connection> openFile(const QString& path,
                                            store::Access access = store::Access::ReadWrite)
{
    store::Error error;
    auto connection = store::Connection::open(path, {access, 500}, &error);
    if (!connection)
        qWarning() << error.text();
    return connection;
}

QVariant scalar(store::Connection& connection, const QString& sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("error: ") + query.lastError().text();
    return query.value(0);
}

// Tables, rows (typed: REAL 99.0 differs from INTEGER 99) and indexes of a file.
struct Dump {
    QStringList tables;
    QStringList rows;
    QStringList indexes;
};

Dump dump(const QString& path)
{
    Dump result;
    auto connection = openFile(path, store::Access::ReadOnly);
    if (!connection)
        return result;
    QSqlQuery master(connection->database());
    master.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                               "ORDER BY type, name"));
    QStringList tableNames;
    while (master.next()) {
        const QString sql = master.value(2).toString();
        if (master.value(0).toString() == QLatin1String("table")) {
            result.tables << sql;
            tableNames << master.value(1).toString();
        } else {
            result.indexes << sql;
        }
    }
    for (const QString& table : tableNames) {
        QSqlQuery rows(connection->database());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next()) {
            // Columns by name, so a row compares apart from the table's column order.
            QStringList cells;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant value = rows.value(i);
                cells << QStringLiteral("%1=%2(%3)").arg(rows.record().fieldName(i),
                                                         value.isNull() ? "NULL" : value.typeName(),
                                                         value.toString());
            }
            cells.sort();
            const QString line = table + QStringLiteral(": ") + cells.join(QLatin1Char(' '));
            result.rows << line;
        }
    }
    return result;
}

std::unique_ptr<schema::Schema> shopSchema()
{
    io::ReadError error;
    const std::unique_ptr<Document> document = io::read(shopApp, &error);
    if (!document)
        return nullptr;
    return std::make_unique<schema::Schema>(schema::compile(*document));
}

Json readJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return nullptr;
    return Json::parse(file.readAll().toStdString(), nullptr, false);
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void openErrors_data();
    void openErrors();
    void lockedDatabase();
    void readOnlyConnectionNeverWrites();
    void regexpFunction_data();
    void regexpFunction();
    void decode_data();
    void decode();
    void encode_data();
    void encode();
    void roundTrip_data();
    void roundTrip();
    void jsNumbers_data();
    void jsNumbers();
    void dates_data();
    void dates();
    void migrateIsIdempotentAndAdditive();
    void migrateIndexes();
    void loadRollsBackAndNamesTheRecord_data();
    void loadRollsBackAndNamesTheRecord();
    void loadMatchesLoopBack();
    void seedIsDeterministic();
    void seedRespectsEveryRelation();

private:
    QTemporaryDir m_dir;
};

void TestStore::openErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("write");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing file") << "missing" << false << "no such database file";
    QTest::addRow("a folder") << "folder" << false << "is a folder";
    QTest::addRow("random bytes") << "random" << false << "not a SQLite database";
    QTest::addRow("random bytes, for writing") << "random" << true << "not a SQLite database";
    QTest::addRow("damaged schema page") << "corrupt" << false << "corrupt";
    QTest::addRow("missing folder, for writing") << "nofolder" << true << "does not exist";
}

void TestStore::openErrors()
{
    QFETCH(QString, kind);
    QFETCH(bool, write);
    QFETCH(QString, message);
    QVERIFY(m_dir.isValid());
    QString path = m_dir.filePath(kind + QStringLiteral(".db"));
    if (kind == QLatin1String("folder")) {
        path = m_dir.path();
    } else if (kind == QLatin1String("nofolder")) {
        path = m_dir.filePath(QStringLiteral("no/such/folder.db"));
    } else if (kind == QLatin1String("random")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, '\0');
        quint32 state = 12345;
        for (char& byte : bytes) {
            state = state * 1103515245u + 12345u;
            byte = char(state >> 16);
        }
        file.write(bytes);
    } else if (kind == QLatin1String("corrupt")) {
        {
            auto connection = openFile(path);
            QVERIFY(connection);
            QSqlQuery query(connection->database());
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a TEXT)")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(1000, '\xff'));
    }
    store::Error error;
    const auto connection = store::Connection::open(
        path, {write ? store::Access::ReadWrite : store::Access::ReadOnly, 200}, &error);
    QVERIFY(!connection);
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.contains(message), qPrintable(error.text()));
}

void TestStore::lockedDatabase()
{
    const QString path = m_dir.filePath(QStringLiteral("locked.db"));
    auto holder = openFile(path);
    QVERIFY(holder);
    QSqlQuery lock(holder->database());
    QVERIFY(lock.exec(QStringLiteral("CREATE TABLE t (a TEXT)")));
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(lock.exec(QStringLiteral("INSERT INTO t VALUES ('x')")));
    for (const store::Access access : {store::Access::ReadOnly, store::Access::ReadWrite}) {
        store::Error error;
        QElapsedTimer timer;
        timer.start();
        const auto blocked = store::Connection::open(path, {access, 300}, &error);
        QVERIFY(!blocked);
        QVERIFY2(error.message.contains(QStringLiteral("locked by another program")),
                 qPrintable(error.text()));
        QVERIFY(timer.elapsed() >= 250); // it waited for the lock before giving up
    }
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QVERIFY(openFile(path, store::Access::ReadOnly));
}

void TestStore::readOnlyConnectionNeverWrites()
{
    const QString path = m_dir.filePath(QStringLiteral("readonly.db"));
    {
        auto writer = openFile(path);
        QVERIFY(writer);
        QSqlQuery query(writer->database());
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES ('kept')")));
    }
    const QByteArray before = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    auto reader = openFile(path, store::Access::ReadOnly);
    QVERIFY(reader);
    QVERIFY(!reader->isWritable());
    QSqlQuery query(reader->database());
    for (const char* sql : {"INSERT INTO t VALUES ('no')", "DELETE FROM t", "CREATE TABLE u (b)"}) {
        QVERIFY2(!query.exec(QString::fromLatin1(sql)), sql);
        QVERIFY(reader->errorFrom(query.lastError()).message.contains(QStringLiteral("cannot be written")));
    }
    QCOMPARE(scalar(*reader, QStringLiteral("SELECT group_concat(a) FROM t")).toString(),
             QStringLiteral("kept"));
    reader.reset();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QVERIFY(!store::Connection::open(m_dir.filePath(QStringLiteral("never-created.db")), {}));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never-created.db"))));
}

void TestStore::regexpFunction_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("matches");
    QTest::addRow("bare source") << "^Ann" << "Ann Smith" << 1;
    QTest::addRow("bare source is case-sensitive") << "^ann" << "Ann Smith" << 0;
    QTest::addRow("slashes with i flag") << "/^ann/i" << "Ann Smith" << 1;
    QTest::addRow("slashes without flags") << "/^ann/" << "Ann Smith" << 0;
    QTest::addRow("g flag changes nothing") << "/mit/g" << "Ann Smith" << 1;
    QTest::addRow("m flag: ^ at a line start") << "/^B/m" << "A\nB" << 1;
    QTest::addRow("no m flag: ^ only at the start") << "/^B/" << "A\nB" << 0;
    QTest::addRow("unanchored search") << "ond" << "London" << 1;
    QTest::addRow("a slash inside the source") << "/a\\/b/" << "xa/by" << 1;
    QTest::addRow("null value never matches") << "a" << QString() << -1;
}

void TestStore::regexpFunction()
{
    QFETCH(QString, pattern);
    QFETCH(QString, value);
    QFETCH(int, matches);
    auto connection = openFile(m_dir.filePath(QStringLiteral("regexp.db")));
    QVERIFY(connection);
    QSqlQuery query(connection->database());
    QVERIFY(query.prepare(QStringLiteral("SELECT ? REGEXP ?")));
    query.addBindValue(value.isNull() ? QVariant() : QVariant(value));
    query.addBindValue(pattern);
    QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
    QCOMPARE(query.value(0).isNull() ? -1 : query.value(0).toInt(), matches);
    if (matches >= 0)
        QCOMPARE(store::regexpMatches(pattern, value), matches == 1);
    QVERIFY(!query.exec(QStringLiteral("SELECT 'x' REGEXP '('")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("invalid regular expression")));
}

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
}

void TestStore::jsNumbers()
{
    QFETCH(double, number);
    QFETCH(QString, text);
    QCOMPARE(QString::fromStdString(store::jsNumber(number)), text);
    QCOMPARE(QString::fromStdString(store::jsStringify(store::numberJson(number))), text);
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
    QTest::addRow("words") << "soon" << qint64(-1) << "";
    QTest::addRow("empty") << "" << qint64(-1) << "";
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

namespace {

schema::Relation relation(const std::string& name, schema::RelationKind kind,
                          const std::string& from, const std::string& keyFrom,
                          const std::string& to, const std::string& keyTo)
{
    schema::Relation r;
    r.name = name;
    r.kind = kind;
    r.modelFrom = from;
    r.keyFrom = keyFrom;
    r.modelTo = to;
    r.keyTo = keyTo;
    r.multiple = kind != schema::RelationKind::BelongsTo && kind != schema::RelationKind::HasOne;
    return r;
}

// Customer ←belongsTo— Order, and Address, an embedded type without a table.
std::vector<schema::Model> shopModels()
{
    schema::Property name = makeProperty("name", ValueType::String, "String");
    name.required = true;
    schema::Model customer = persistedModel("Customer", {name, makeProperty("vip", ValueType::Boolean, "Boolean"),
                                                         makeProperty("createdAt", ValueType::Date, "Date")});
    schema::Model order = persistedModel("Order", {makeProperty("total", ValueType::Number, "Number")});
    schema::Property customerId = makeProperty("customerId", ValueType::Number, "Number");
    customerId.origin = schema::PropertyOrigin::Relation;
    order.properties.push_back(customerId);
    order.relations.push_back(relation("customer", schema::RelationKind::BelongsTo, "Order",
                                       "customerId", "Customer", "id"));
    customer.relations.push_back(relation("orders", schema::RelationKind::HasMany, "Customer", "id",
                                          "Order", "customerId"));
    schema::Model address;
    address.name = "Address";
    address.table = "address";
    address.properties = {makeProperty("street", ValueType::String, "String")};
    return {customer, order, address};
}

QStringList stepNames(const store::MigrationResult& result)
{
    static const char* const kinds[] = {"table", "column", "index", "note"};
    QStringList names;
    for (const store::MigrationStep& step : result.steps)
        names << QStringLiteral("%1 %2 %3").arg(kinds[int(step.kind)],
                                                QString::fromStdString(step.table),
                                                QString::fromStdString(step.name)).trimmed();
    return names;
}

QString tableSql(store::Connection& connection, const QString& table)
{
    return scalar(connection, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(table))
        .toString();
}

} // namespace

void TestStore::migrateIsIdempotentAndAdditive()
{
    const QString path = m_dir.filePath(QStringLiteral("migrate.db"));
    auto connection = openFile(path);
    QVERIFY(connection);
    std::vector<schema::Model> models = shopModels();
    store::MigrationResult first = store::migrate(*connection, schema::Schema(models));
    QVERIFY(first.ok());
    QCOMPARE(stepNames(first), QStringList({"table customer", "table order", "index order order_customerid"}));
    QCOMPARE(tableSql(*connection, "customer"),
             QStringLiteral("CREATE TABLE \"customer\" (\"name\" TEXT NOT NULL,\"vip\" INTEGER,"
                            "\"createdat\" INTEGER,\"id\" INTEGER NOT NULL PRIMARY KEY)"));
    QCOMPARE(tableSql(*connection, "order"),
             QStringLiteral("CREATE TABLE \"order\" (\"total\" REAL,\"id\" INTEGER NOT NULL PRIMARY KEY,"
                            "\"customerid\" REAL)"));
    QCOMPARE(scalar(*connection, "SELECT count(*) FROM sqlite_master WHERE name = 'address'").toInt(), 0);

    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO customer (name, id) VALUES ('Ann', 1)")));
    QVERIFY(query.exec(QStringLiteral("ALTER TABLE customer ADD COLUMN legacy TEXT")));
    QVERIFY(store::migrate(*connection, schema::Schema(models)).steps.empty());

    models[0].properties.push_back(makeProperty("email", ValueType::String, "String"));
    schema::Property note = makeProperty("note", ValueType::String, "String");
    note.required = true;
    models[1].properties.push_back(note);
    models.push_back(persistedModel("Tag", {makeProperty("label", ValueType::String, "String")}));
    const store::MigrationResult second = store::migrate(*connection, schema::Schema(models));
    QVERIFY(second.ok());
    QCOMPARE(stepNames(second), QStringList({"column customer email", "note order note",
                                             "column order note", "table tag"}));
    QCOMPARE(scalar(*connection, "SELECT name || '/' || (legacy IS NULL) || '/' || (email IS NULL) FROM customer")
                 .toString(),
             QStringLiteral("Ann/1/1"));
    QVERIFY(second.toJson()["notes"][0]["reason"].get<std::string>().find("without NOT NULL")
            != std::string::npos);

    auto reader = openFile(path, store::Access::ReadOnly);
    models.push_back(persistedModel("Extra", {}));
    const store::MigrationResult refused = store::migrate(*reader, schema::Schema(models));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error->message.contains(QStringLiteral("read-only")));
    QCOMPARE(scalar(*connection, "SELECT count(*) FROM sqlite_master WHERE name = 'extra'").toInt(), 0);
}

void TestStore::migrateIndexes()
{
    schema::Property name = makeProperty("name", ValueType::String, "String");
    name.index = true;
    schema::Property type = makeProperty("imageableType", ValueType::String, "String");
    type.index = true;
    schema::Model picture = persistedModel("Picture", {name, makeProperty("city", ValueType::String, "String"),
                                                       makeProperty("imageableId", ValueType::Number, "Number"),
                                                       type});
    picture.table = "Pictures";
    picture.settings["indexes"] = {{"byNameCity", {{"keys", {{"name", 1}, {"city", -1}}}}},
                                   {"legacy", {{"columns", "city, name"}}},
                                   {"short", {{"city", 1}}},
                                   {"broken", {{"keys", {"nope"}}}}};
    schema::Relation imageable = relation("imageable", schema::RelationKind::BelongsTo, "Picture",
                                          "imageableId", "", "id");
    imageable.polymorphic = schema::Polymorphic{"imageable", "imageableId", "imageableType", "", false};
    picture.relations.push_back(imageable);
    schema::Model link = persistedModel("Link", {makeProperty("pictureId", ValueType::Number, "Number"),
                                                 makeProperty("tagId", ValueType::Number, "Number")});
    schema::Model tag = persistedModel("Tag", {});
    schema::Relation through = relation("pictures", schema::RelationKind::HasManyThrough, "Tag", "id",
                                        "Picture", "tagId");
    through.modelThrough = "Link";
    through.keyThrough = "pictureId";
    tag.relations.push_back(through);

    auto connection = openFile(m_dir.filePath(QStringLiteral("indexes.db")));
    QVERIFY(connection);
    const store::MigrationResult result = store::migrate(*connection, schema::Schema({picture, link, tag}));
    QVERIFY(result.ok());
    QCOMPARE(stepNames(result),
             QStringList({"table Pictures", "table link", "table tag", "index Pictures picture_name",
                          "index Pictures picture_imageabletype", "index Pictures bynamecity",
                          "index Pictures legacy", "index Pictures short", "note Pictures broken",
                          "index Pictures picture_imageableid", "index link link_tagid",
                          "index link link_pictureid"}));
    QCOMPARE(scalar(*connection, "SELECT sql FROM sqlite_master WHERE name = 'picture_imageabletype'").toString(),
             QStringLiteral("CREATE INDEX \"picture_imageabletype\" ON \"Pictures\" (\"imageabletype\")"));
    QCOMPARE(scalar(*connection, "SELECT sql FROM sqlite_master WHERE name = 'bynamecity'").toString(),
             QStringLiteral("CREATE INDEX \"bynamecity\" ON \"Pictures\" (\"name\",\"city\")"));
    QVERIFY(store::migrate(*connection, schema::Schema({picture, link, tag})).steps.size() == 1);
}

void TestStore::loadRollsBackAndNamesTheRecord_data()
{
    QTest::addColumn<QString>("data");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("property");
    QTest::addRow("unknown model") << R"({"Customer": [{"id": 1, "name": "A"}], "Nope": [{}]})"
                                   << "Nope: no model named \"Nope\" in the app" << "Nope" << -1 << "";
    QTest::addRow("model without a table") << R"({"Address": [{"street": "S"}]})"
                                           << "Address: model \"Address\" is not persisted" << "Address" << -1 << "";
    QTest::addRow("wrong type") << R"({"Customer": [{"id": 1, "name": "A"}, {"id": 2, "name": "B", "vip": "maybe"}]})"
                                << "Customer[1].vip: expected a boolean, got \"maybe\"" << "Customer" << 1 << "vip";
    QTest::addRow("bad date") << R"({"Customer": [{"id": 1, "name": "A", "createdAt": "someday"}]})"
                              << "Customer[0].createdAt: expected a date" << "Customer" << 0 << "createdAt";
    QTest::addRow("duplicate id") << R"({"Customer": [{"id": 1, "name": "A"}], "Order": [{"id": 1}, {"id": 1, "total": 2}]})"
                                  << "Order[1].id: duplicate id 1" << "Order" << 1 << "id";
    QTest::addRow("id already in the table") << R"({"Customer": [{"id": 9, "name": "Again"}]})"
                                             << "Customer[0].id: duplicate id 9" << "Customer" << 0 << "id";
    QTest::addRow("required missing") << R"({"Customer": [{"id": 1}]})"
                                      << "Customer[0].name: is required" << "Customer" << 0 << "name";
    QTest::addRow("required blank") << R"({"Customer": [{"id": 1, "name": ""}]})"
                                    << "Customer[0].name: is required" << "Customer" << 0 << "name";
    QTest::addRow("not a list") << R"({"Customer": {"id": 1}})"
                                << "Customer: expected an array of records" << "Customer" << -1 << "";
    QTest::addRow("record not an object") << R"({"Customer": [5]})"
                                          << "Customer[0]: expected a record object" << "Customer" << 0 << "";
}

void TestStore::loadRollsBackAndNamesTheRecord()
{
    QFETCH(QString, data);
    QFETCH(QString, message);
    QFETCH(QString, model);
    QFETCH(int, index);
    QFETCH(QString, property);
    const QString path = m_dir.filePath(QStringLiteral("load-%1.db").arg(QTest::currentDataTag()));
    auto connection = openFile(path);
    QVERIFY(connection);
    const schema::Schema schema(shopModels());
    const store::LoadResult kept = store::loadFixtures(
        *connection, schema, Json::parse(R"({"Customer": [{"id": 9, "name": "Kept", "vip": true}]})"));
    QVERIFY2(kept.ok(), kept.error ? kept.error->text().c_str() : "");
    QCOMPARE(kept.rows, (std::vector<std::pair<std::string, int>>{{"Customer", 1}}));

    const store::LoadResult result = store::loadFixtures(*connection, schema, Json::parse(data.toStdString()));
    QVERIFY(!result.ok());
    QVERIFY2(QString::fromStdString(result.error->text()).startsWith(message), result.error->text().c_str());
    QCOMPARE(QString::fromStdString(result.error->model), model);
    QCOMPARE(result.error->index, index);
    QCOMPARE(QString::fromStdString(result.error->property), property);
    QVERIFY(result.rows.empty());
    QCOMPARE(scalar(*connection, "SELECT group_concat(id || name || vip) FROM customer").toString(),
             QStringLiteral("9Kept1"));
    QCOMPARE(scalar(*connection, "SELECT count(*) FROM \"order\"").toInt(), 0);
}

void TestStore::loadMatchesLoopBack()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFile::exists(oracleDir + QStringLiteral("/node_modules/loopback-connector-sqlite3")))
        QSKIP("node or the oracle's node_modules (shared/oracle, npm ci) is missing");
    const auto schema = shopSchema();
    QVERIFY(schema);
    const QString theirs = m_dir.filePath(QStringLiteral("shop-loopback.db"));
    QProcess process;
    process.start(node, {oracleDir + QStringLiteral("/load-sqlite.js"), QStringLiteral("--models"),
                         shopApp + QStringLiteral("/common/models"), QStringLiteral("--data"),
                         shopApp + QStringLiteral("/data.json"), QStringLiteral("--db"), theirs,
                         QStringLiteral("--quiet")});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QString ours = m_dir.filePath(QStringLiteral("shop-relata.db"));
    {
        auto connection = openFile(ours);
        QVERIFY(connection);
        const store::LoadResult result =
            store::loadFixtures(*connection, *schema, readJson(shopApp + QStringLiteral("/data.json")));
        QVERIFY2(result.ok(), result.error ? result.error->text().c_str() : "");
    }
    const Dump expected = dump(theirs);
    const Dump actual = dump(ours);
    QVERIFY(!expected.rows.isEmpty());
    QCOMPARE(actual.rows, expected.rows);
    QCOMPARE(actual.tables, expected.tables);
    // Relata adds foreign-key indexes; every index LoopBack made must be there as it made it.
    for (const QString& index : expected.indexes)
        QVERIFY2(actual.indexes.contains(index), qPrintable(index));
}

void TestStore::seedIsDeterministic()
{
    const auto schema = shopSchema();
    QVERIFY(schema);
    auto seedInto = [&](const QString& name, std::uint64_t seed) {
        const QString path = m_dir.filePath(name);
        auto connection = openFile(path);
        if (!connection)
            return Dump();
        const store::SeedResult result = store::seed(*connection, *schema, {120, seed});
        if (!result.ok())
            qWarning() << result.error->text();
        return dump(path);
    };
    const Dump first = seedInto(QStringLiteral("seed-a.db"), 7);
    const Dump again = seedInto(QStringLiteral("seed-b.db"), 7);
    const Dump other = seedInto(QStringLiteral("seed-c.db"), 8);
    QVERIFY(first.rows.size() > 120);
    QCOMPARE(again.rows, first.rows);
    QCOMPARE(again.tables, first.tables);
    QCOMPARE(other.rows.size(), first.rows.size());
    QVERIFY(other.rows != first.rows);

    auto connection = openFile(m_dir.filePath(QStringLiteral("seed-a.db")));
    const store::SeedResult refused = store::seed(*connection, *schema, {120, 7});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error->message.contains(QStringLiteral("already has rows")),
             qPrintable(refused.error->text()));
    QCOMPARE(dump(m_dir.filePath(QStringLiteral("seed-a.db"))).rows, first.rows);
}

void TestStore::seedRespectsEveryRelation()
{
    const auto schema = shopSchema();
    QVERIFY(schema);
    auto connection = openFile(m_dir.filePath(QStringLiteral("seed-integrity.db")));
    QVERIFY(connection);
    const store::SeedResult result = store::seed(*connection, *schema, {400, 3});
    QVERIFY2(result.ok(), result.error ? qPrintable(result.error->text()) : "");
    auto count = [&](const QString& sql) { return scalar(*connection, sql).toInt(); };
    auto table = [&](const std::string& model) {
        const schema::Model* m = schema->model(model);
        return m ? QStringLiteral("\"%1\"").arg(QString::fromStdString(m->table)) : QString();
    };
    auto column = [&](const std::string& model, const std::string& name) {
        const schema::Model* m = schema->model(model);
        const schema::Property* p = m ? m->property(name) : nullptr;
        return p ? QStringLiteral("\"%1\"").arg(QString::fromStdString(p->column)) : QString();
    };
    // Every key that is set names an existing row of the model it points at.
    auto dangling = [&](const std::string& from, const std::string& key, const std::string& to,
                        const std::string& toKey, const QString& extra = {}) {
        return count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL %5 AND %2 NOT IN "
                                    "(SELECT %4 FROM %3)")
                         .arg(table(from), column(from, key), table(to), column(to, toKey), extra));
    };
    for (const schema::Model* model : store::tableModels(*schema))
        QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1").arg(table(model->name))) > 0,
                 model->name.c_str());
    int checked = 0;
    for (const schema::Model* model : store::tableModels(*schema)) {
        for (const schema::Relation& r : model->relations) {
            const std::string where = model->name + "." + r.name;
            if (!r.resolved)
                continue;
            ++checked;
            using Kind = schema::RelationKind;
            if (r.kind == Kind::BelongsTo && r.polymorphic) {
                QSqlQuery types(connection->database());
                types.exec(QStringLiteral("SELECT DISTINCT %1 FROM %2")
                               .arg(column(model->name, r.polymorphic->discriminator), table(model->name)));
                while (types.next()) {
                    const schema::Model* owner = schema->modelIgnoringCase(types.value(0).toString().toStdString());
                    QVERIFY2(owner, qPrintable(types.value(0).toString()));
                    const QString same = QStringLiteral("AND %1 = '%2'")
                                             .arg(column(model->name, r.polymorphic->discriminator),
                                                  QString::fromStdString(owner->name));
                    QCOMPARE(dangling(model->name, r.keyFrom, owner->name, owner->idName(), same), 0);
                }
            } else if (r.kind == Kind::BelongsTo) {
                QVERIFY2(dangling(model->name, r.keyFrom, r.modelTo, r.keyTo) == 0, where.c_str());
            } else if ((r.kind == Kind::HasMany || r.kind == Kind::HasOne) && !r.polymorphic) {
                QVERIFY2(dangling(r.modelTo, r.keyTo, model->name, r.keyFrom) == 0, where.c_str());
            } else if (r.kind == Kind::HasManyThrough || r.kind == Kind::HasAndBelongsToMany) {
                if (!r.polymorphic)
                    QVERIFY2(dangling(r.modelThrough, r.keyTo, model->name, r.keyFrom) == 0, where.c_str());
                if (!r.polymorphic || !r.polymorphic->invert)
                    QVERIFY2(dangling(r.modelThrough, r.keyThrough, r.modelTo,
                                      schema->model(r.modelTo)->idName()) == 0, where.c_str());
            } else if (r.kind == Kind::ReferencesMany) {
                QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1, json_each(json_extract(%2, '$')) "
                                              "WHERE value NOT IN (SELECT %4 FROM %3)")
                                   .arg(table(model->name), column(model->name, r.keyFrom),
                                        table(r.modelTo), column(r.modelTo, r.keyTo))) == 0,
                         where.c_str());
            } else if (r.kind == Kind::EmbedsMany) {
                QVERIFY2(count(QStringLiteral("SELECT count(*) FROM %1 WHERE json_type(json_extract(%2, '$')) "
                                              "IS NOT 'array'")
                                   .arg(table(model->name), column(model->name, r.embedProperty))) == 0,
                         where.c_str());
            }
        }
    }
    QVERIFY(checked > 20);
    QCOMPARE(count("SELECT count(*) FROM customer WHERE email NOT LIKE '%@example.com'"), 0);
    QVERIFY(count("SELECT count(*) FROM orderitem") > 5 * count("SELECT count(*) FROM customer"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
