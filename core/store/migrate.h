#pragma once

#include "json/json_text.h"
#include "store/connection.h"

#include <optional>
#include <string>
#include <vector>

namespace relata::schema {
struct Model;
struct Property;
class Schema;
} // namespace relata::schema

namespace relata::store {

// One thing migrate created (or, for a note, chose not to do).
struct MigrationStep {
    enum class Kind { Table, Column, Index, Note };
    Kind kind = Kind::Table;
    std::string model;
    std::string table;
    std::string name; // column or index name; empty for a table or a note
    std::string sql;  // the statement run; for a note, the reason
};

struct MigrationResult {
    std::vector<MigrationStep> steps;
    std::optional<Error> error; // set when nothing was changed because of it
    bool ok() const { return !error; }
    Json toJson() const;
};

// Tables and columns in loopback-connector-sqlite3's layout for every
// persisted model, the indexes the models declare, the juggler's discriminator
// index, and (Relata's addition, so relations stay fast) an index on every
// foreign key column. Creates only what is missing and never drops, renames or
// rewrites: a table stays as it is apart from added columns. All or nothing.
MigrationResult migrate(Connection& connection, const schema::Schema& schema);

// Bulk writers create the indexes after the rows: SQLite then builds each index
// in one sorted pass instead of updating it on every insert.
enum class MigrationStage { Tables, Indexes, All };

// The same, inside a transaction the caller owns (load and seed migrate first).
MigrationResult migrateWithinTransaction(Connection& connection, const schema::Schema& schema,
                                         MigrationStage stage = MigrationStage::All);

// The models that get a table: persisted ones (base chain ending in PersistedModel)
// of the app, and the built-in ones it attaches to a datasource.
std::vector<const schema::Model*> tableModels(const schema::Schema& schema);

// One table and the models stored in it, in schema order: several when their
// table names are equal ignoring case (UserCredential and userCredential, or a
// `sqlite3.table` naming another model's table), as SQLite table names are.
// LoopBack's automigrate gives such a table to the model migrated last (it
// drops and creates it per model), so the others cannot store their rows;
// Relata creates it with every model's columns and the first model's id as
// the primary key, so each model reads and writes it (README, sample databases).
struct SharedTable {
    std::string name; // the first model's
    std::vector<const schema::Model*> models;
};
std::vector<SharedTable> sharedTables(const schema::Schema& schema);

// `"name" TYPE[ NOT NULL][ PRIMARY KEY]` as the connector's createTable writes it.
std::string columnDefinition(const schema::Property& property, bool notNull, bool primaryKey);

// `"name"` with embedded quotes doubled (the connector does not double them;
// a name holding a quote is broken there either way).
std::string quoteIdentifier(const std::string& identifier);

} // namespace relata::store
