#pragma once

#include "json/json_text.h"

namespace relata::query {

// The juggler memory connector's `where` matcher (connectors/memory.js
// applyFilter), which the embedsMany accessor runs over the embedded list:
// `like` is an unanchored, case-sensitive regular-expression search,
// `neq`/`nin` match null, comparisons follow JavaScript. The where is used as
// given: the accessor does not coerce it. Throws QueryFailure for a pattern
// JavaScript would reject.
bool memoryMatches(const Json& where, const Json& item);

} // namespace relata::query
