#pragma once

#include "json/json_text.h"
#include "query/rows.h"

#include <memory>
#include <string>
#include <map>
#include <unordered_map>
#include <utility>
#include <vector>

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
    // The rows as toJSON() prints them, built from the row store in one pass.
    Json shaped(const Rows& rows, const schema::Model& model, ShapeOptions options = {});
    // The same rows as JSON.stringify writes them (store::jsStringify of
    // shaped()), written straight from the row store.
    std::string stringified(const Rows& rows, const schema::Model& model, ShapeOptions options = {});
    // Items of an embedded model (or of an embedsMany accessor): put in the
    // model's key order first, as `new EmbeddedModel(value)` does.
    void shapeEmbedded(Json& value, const schema::Model& model, ShapeOptions options);

private:
    struct Plan;
    const Plan& plan(const schema::Model& model);
    void shapeValue(Json& value, const schema::Model* model, bool embedded, ShapeOptions options);
    // Whether shapeValue() leaves an embedded `value` as it is (its objects keyed
    // in the model's order, naming nothing shaping removes or walks into).
    bool embeddedShapedAlready(const Json& value, const schema::Model& model, ShapeOptions options);
    template<typename Sink>
    void write(RowRef row, const schema::Model& model, ShapeOptions options, Sink& sink);
    struct Role;
    // The model of an included relation's rows under `row`.
    const schema::Model* relationTarget(const Role& role, RowRef row) const;
    // A column of a table under a model's plan: what it is, and its key as the
    // text writes it after another member (a comma, the quoted key, a colon).
    struct Column {
        const Role* role = nullptr;
        std::string written;
    };
    const std::vector<Column>& columns(const RowTable& table, const Plan& plan);

    const schema::Schema& m_schema;
    std::unordered_map<const schema::Model*, std::unique_ptr<Plan>> m_plans;
    // Each table's columns under a model's plan; the last looked up is kept at hand.
    std::map<std::pair<const RowTable*, const Plan*>, std::vector<Column>> m_columns;
    std::pair<const RowTable*, const Plan*> m_lastColumnsKey;
    const std::vector<Column>* m_lastColumns = nullptr;
};

// `new EmbeddedModel(value)`: the model's properties in its order, then other
// keys, array indices first as JavaScript enumerates them.
void orderAsModel(Json& value, const schema::Model& model);

} // namespace relata::query
