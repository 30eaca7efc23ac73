#pragma once

#include "json/json_text.h"
#include "store/js_regexp.h"

#include <map>
#include <string>
#include <utility>

namespace relata::query {

// The juggler memory connector's `where` matcher (connectors/memory.js
// applyFilter), which the embedsMany accessor runs over the embedded list:
// `like` is an unanchored, case-sensitive regular-expression search,
// `neq`/`nin` match null, comparisons follow JavaScript. The where is used as
// given: the accessor does not coerce it. Throws QueryFailure for a pattern
// JavaScript would reject.
// Patterns are JavaScript's (store::jsRegExp). The matcher compiles each
// pattern once and keeps it for every item it is asked about, so build one
// per query, not one per row.
using RegExpCache = std::map<std::pair<std::string, std::string>, store::JsRegExp>;
class MemoryMatcher {
public:
    explicit MemoryMatcher(Json where);
    bool matches(const Json& item);

private:
    Json m_where;
    RegExpCache m_cache;
};
// One item; compiles the where's patterns again on every call.
bool memoryMatches(const Json& where, const Json& item);

} // namespace relata::query
