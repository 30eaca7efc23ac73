#pragma once

#include "schema/schema.h"

#include <QObject>
#include <QTemporaryDir>

#include <cctype>
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

} // namespace relata::storetest

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
    void cliCommands_data();
    void cliCommands();

private:
    QTemporaryDir m_dir;
};
