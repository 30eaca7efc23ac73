#pragma once

#include "json/json_text.h"

namespace relata::schema {
struct Model;
class Schema;
} // namespace relata::schema

namespace relata::query {

// What toObject() leaves out; LoopBack's toJSON() removes hidden properties,
// and every nested instance (included or embedded) also loses its protected ones.
struct ShapeOptions {
    bool removeHidden = true;
    bool removeProtected = false;
};

// A model instance (a row with its included relations) as LoopBack's toJSON()
// prints it: hidden and protected properties removed at every level,
// embedded objects in their model's key order.
void shapeInstance(Json& row, const schema::Model& model, const schema::Schema& schema,
                   ShapeOptions options = {});

// `new EmbeddedModel(value)`: the model's properties in its order, then other keys.
void orderAsModel(Json& value, const schema::Model& model);

} // namespace relata::query
