#pragma once

#include "schema/schema.h"
#include "store/connection.h"

#include <QDebug>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cctype>
#include <memory>
#include <string>

namespace relata::storetest {

// A property as schema::compile resolves it, with the column LoopBack derives.
inline schema::Property makeProperty(const std::string& name, schema::ValueType type,
                                     const std::string& typeName,
                                     schema::ValueType itemType = schema::ValueType::Any)
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

// A test database file, read-write unless asked; null (with a warning) when it cannot be opened.
inline std::unique_ptr<store::Connection> openFile(const QString& path,
                                                   store::Access access = store::Access::ReadWrite)
{
    store::Error error;
    auto connection = store::Connection::open(path, {access, 500}, &error);
    if (!connection)
        qWarning() << error.text();
    return connection;
}

// The first column of the first row `sql` returns, or the error as text.
inline QVariant scalar(store::Connection& connection, const QString& sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("error: ") + query.lastError().text();
    return query.value(0);
}

} // namespace relata::storetest

class TestStore : public QObject {
    Q_OBJECT

private slots:
    void openErrors_data();
    void openErrors();
    void lockedDatabase();
    void readOnlyConnectionNeverWrites();
    void driverUsesLinkedSqlite();
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
    void jsNumbersOfFewDecimals_data();
    void jsNumbersOfFewDecimals();
    void plainJsonParsesAsJsonParse_data();
    void plainJsonParsesAsJsonParse();
    void jsRegExps_data();
    void jsRegExps();
    void dates_data();
    void dates();
    void migrateIsIdempotentAndAdditive();
    void migrateIndexes();
    void loadRollsBackAndNamesTheRecord_data();
    void loadRollsBackAndNamesTheRecord();
    void loadMatchesLoopBack();
    void loadIgnoresDefaultFnThatIsNotAString();
    void seedIsDeterministic();
    void seedRespectsEveryRelation();
    void cliCommands_data();
    void cliCommands();
    void sampleDatabase_data();
    void sampleDatabase();
    void sampleDatabaseColumnClash();
    void corpusSampleDatabases_data();
    void corpusSampleDatabases();

private:
    QTemporaryDir m_dir;
};
