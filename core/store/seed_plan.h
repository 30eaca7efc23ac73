#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace relata::schema {
struct Model;
class Schema;
} // namespace relata::schema

// Internal to seed: what every column means for the relations, and how many rows each table gets.
namespace relata::store::seeding {

struct Role {
    enum class Kind { Plain, Id, ForeignKey, PolymorphicKey, Discriminator, IdList, Embedded };
    Kind kind = Kind::Plain;
    std::string target;    // ForeignKey, IdList, Embedded: the model pointed at or embedded
    std::string targetKey; // ForeignKey, IdList: its key property
    int group = -1;        // PolymorphicKey, Discriminator: the models the pair may name
    bool unique = false;   // hasOne: one child per parent
};

struct Plan {
    std::map<std::string, std::map<std::string, Role>> roles; // model → property → role
    std::vector<std::vector<std::string>> groups; // the models each polymorphic pair may name
    std::map<std::string, std::int64_t> counts;
    std::vector<const schema::Model*> order; // a model after the models it points at
};

// Tables at the deepest level of foreign keys (order items) get `scale` rows;
// each level up a quarter as many (orders, then customers). A hasOne child
// never outnumbers its parents.
Plan planSeed(const schema::Schema& schema, int scale);

} // namespace relata::store::seeding
