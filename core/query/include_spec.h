#pragma once

#include "json/json_text.h"

#include <optional>
#include <string>
#include <vector>

namespace relata::query {

// One entry of a normalized include (juggler include.js normalizeInclude and
// processIncludeItem): the relation, what to include on its targets, and the
// `scope` of the `{relation, scope}` form without its `include`.
struct IncludeItem {
    std::string relation;
    Json subInclude;         // null when there is nothing to include further
    std::optional<Json> scope;
    bool named = false; // written as a bare string (matters for the fields of a scoped include)
};

// True when LoopBack's Inclusion.include returns at once: no include at all,
// an empty array or an object without keys.
bool isEmptyInclude(const Json& include);

// Every form of SEMANTICS.md §4.6.1. Booleans and numbers are ignored; an
// object with several keys yields its first key once per key, as the juggler
// reads it.
std::vector<IncludeItem> normalizeInclude(const Json& include);

} // namespace relata::query
