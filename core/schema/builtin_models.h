#pragma once

#include "json/json_text.h"

// LoopBack 3.28's own models (loopback/common/models/*.json without their ACLs),
// in the order its registry defines them; private to core/schema.
namespace relata::schema {

const Json& builtinModelDefinitions();

} // namespace relata::schema
