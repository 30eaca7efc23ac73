#pragma once

#include "json/json_text.h"

#include <memory>
#include <string>
#include <unordered_map>

namespace relata::schema {
struct Model;
struct Relation;
class Schema;
} // namespace relata::schema

namespace relata::query {

// What toObject() leaves out; LoopBack's toJSON() removes hidden properties,
// and every nested instance (included or embedded) also loses its protected ones.
struct ShapeOptions {
    bool removeHidden = true;
    bool removeProtected = false;
};

// Turns model instances (rows with their included relations) into what
// LoopBack's toJSON() prints: hidden and protected properties removed at every
// level, embedded objects in their model's key order. What each model's keys
// mean is worked out once per model and kept.
class Shaper {
public:
    explicit Shaper(const schema::Schema& schema);
    ~Shaper();

    void shape(Json& row, const schema::Model& model, ShapeOptions options = {});
    // Items of an embedded model (or of an embedsMany accessor): put in the
    // model's key order first, as `new EmbeddedModel(value)` does.
    void shapeEmbedded(Json& value, const schema::Model& model, ShapeOptions options);

private:
    struct Plan;
    const Plan& plan(const schema::Model& model);
    void shapeValue(Json& value, const schema::Model* model, bool embedded, ShapeOptions options);

    const schema::Schema& m_schema;
    std::unordered_map<const schema::Model*, std::unique_ptr<Plan>> m_plans;
};

// `new EmbeddedModel(value)`: the model's properties in its order, then other keys.
void orderAsModel(Json& value, const schema::Model& model);

} // namespace relata::query
