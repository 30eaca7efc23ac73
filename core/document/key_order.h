#pragma once

#include "json/json_text.h"

namespace relata {

// Returns `after` with the keys `before` lacked moved to where LoopBack's
// tooling writes them (SEMANTICS.md §9): model, property, relation and ACL
// keys each have a canonical order. Keys `before` had keep their places, so a
// saved file's diff shows only what changed. Pass an empty object as `before`
// to order a new model canonically.
Json placeNewModelKeys(const Json& before, Json after);

} // namespace relata
