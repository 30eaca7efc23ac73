#pragma once

#include "json/json_text.h"

namespace relata::query {

// The parts of mergeQuery a caller can switch off (LoopBack's `spec`).
struct MergeSpec {
    bool nestedInclude = false; // the update's include wraps the base's
    bool include = true;
    bool fields = true; // false: concatenate instead of replacing
    bool order = true;  // false: the update's order always wins
    bool limit = true;
    bool skip = true;
};

// juggler's utils.mergeQuery (SEMANTICS.md §3.1): where is AND-ed, the base's
// order wins, the update's fields/limit/skip/offset win. `base` is changed.
void mergeQuery(Json& base, const Json& update, const MergeSpec& spec = {});

// The spec LoopBack passes when it merges a default scope: the scope itself,
// so a scope saying `"fields": false` concatenates.
MergeSpec specFromScope(const Json& scope);

// mergeIncludes: the update's entries first, then the base's entries whose
// relation the update does not name.
Json mergeIncludes(const Json& base, const Json& update);

} // namespace relata::query
