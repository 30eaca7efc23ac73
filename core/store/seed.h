#pragma once

#include "json/json_text.h"
#include "store/migrate.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace relata::schema {
class Schema;
}

namespace relata::store {

class Connection;

struct SeedOptions {
    // Rows of the tables deepest down the foreign keys (order items); each
    // level up gets a quarter as many (orders, then customers).
    int scale = 100;
    std::uint64_t seed = 1;
};

struct SeedResult {
    MigrationResult migration;
    // Per table, in insertion order, named by its first model (the models that
    // share a table share its rows).
    std::vector<std::pair<std::string, int>> rows;
    std::optional<Error> error;                    // when set, nothing was written
    bool ok() const { return !error; }
    Json toJson() const;
};

// Sample data that respects every relation: foreign keys point at existing
// rows, through rows link both sides, polymorphic discriminators name real
// models, referencesMany ids exist, embedded values have their model's shape.
// The same options give the same file content. The tables must be empty (or
// missing: they are created first); one transaction.
SeedResult seed(Connection& connection, const schema::Schema& schema, const SeedOptions& options);

} // namespace relata::store
