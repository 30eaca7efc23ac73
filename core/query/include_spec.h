#pragma once

#include "json/json_text.h"

#include <optional>
#include <string>
#include <vector>

namespace relata::schema {
struct Relation;
} // namespace relata::schema

namespace relata::query {

// One entry of a normalized include (juggler include.js normalizeInclude and
// processIncludeItem): the relation, what to include on its targets, and the
// `scope` of the `{relation, scope}` form without its `include`. That scope's
// include has had one pass of normalizeInclude already, as IncludeScope gives
// it: a multi-key object in it is kept whole once per key.
struct IncludeItem {
    std::string relation;
    Json subInclude;         // null when there is nothing to include further
    std::optional<Json> scope;
};

// True when LoopBack's Inclusion.include returns at once: no include at all,
// an empty array or an object without keys.
bool isEmptyInclude(const Json& include);

// Every form of SEMANTICS.md §4.6.1. Booleans and numbers are ignored; an
// object with several keys yields its first key once per key, as the juggler
// reads it.
std::vector<IncludeItem> normalizeInclude(const Json& include);

// True when including `relation` (with `subInclude`, null for none) again in
// the same include pushes its targets after the first run's: hasManyThrough,
// hasAndBelongsToMany, referencesMany, and hasMany with a sub-include
// (include.js includeHasManyThrough, includeReferencesMany, includeHasMany).
// A multi-key include object then repeats its first relation's results once
// per key. The other kinds assign their result, so a repeat changes nothing.
bool includeRepeats(const schema::Relation& relation, const Json& subInclude);

} // namespace relata::query
