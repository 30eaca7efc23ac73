#pragma once

namespace relata::schema {
class Schema;
} // namespace relata::schema

namespace relata::query {

struct RowTable;

// The embedded columns of `table` made instances of their models, as the
// juggler builds a row it read: each embedsMany item that is no array, and an
// embedsOne object, is `new Model(value)` (ModelBaseClass._initProperties with
// its setters): every declared property converted by its type's constructor
// (Number(), String(), the juggler's Boolean and Date types, List for arrays,
// the embedded model's own constructor for nested models), defaults set where
// a property is absent, unknown keys kept unless the model is strict, in the
// model's key order. A value that is no object gives its Object.assign keys
// (a string its characters). A list that List refuses fails with 400, as in
// LoopBack. Nothing is done for a table without such columns.
void makeEmbeddedInstances(RowTable& table, const schema::Schema& schema);

} // namespace relata::query
