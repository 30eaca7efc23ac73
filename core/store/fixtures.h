#pragma once

#include "json/json_text.h"
#include "store/migrate.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace relata::schema {
class Schema;
}

namespace relata::store {

class Connection;

// Where a data file went wrong: model, record index and property, as far as known.
struct LoadError {
    std::string model;
    int index = -1;       // the record's position in the model's list, -1 when not a record
    std::string property; // empty when the record as a whole is wrong
    std::string message;
    // "Order[3].total: expected a number, got \"x\"", or the message alone.
    std::string text() const;
};

struct LoadResult {
    MigrationResult migration;                     // tables created first, in the same transaction
    std::vector<std::pair<std::string, int>> rows; // per model, in data order
    std::vector<std::string> warnings;             // keys that are no property (LoopBack drops them)
    std::optional<LoadError> error;                // when set, nothing was written
    bool ok() const { return !error; }
    Json toJson() const;
};

// `{"Model": [record, …]}` inserted as LoopBack's Model.create would write it
// through loopback-connector-sqlite3 (ids kept, defaults applied, values
// converted by property type), after creating missing tables. One
// transaction: any bad record (unknown or unpersisted model, a value of the
// wrong type, a missing required value, a duplicate id) rolls everything back.
LoadResult loadFixtures(Connection& connection, const schema::Schema& schema, const Json& data);

} // namespace relata::store
