#pragma once

#include "json/json_text.h"

#include <string>
#include <vector>

namespace relata::schema {
struct Model;
class Schema;
} // namespace relata::schema

// The juggler's filter pipeline before any connector (SEMANTICS.md §4.1):
// ModelUtils._normalize, _sanitizeQuery and _coerce. Filters stay JSON, as
// in LoopBack, so scopes can be merged into them later with mergeQuery.
// Failures throw QueryFailure with LoopBack's message and status.
namespace relata::query {

// limit/skip/offset, order, fields, sanitize, then coerce `where`; in place.
// A null or falsy filter becomes an empty object.
void normalizeFilter(Json& filter, const schema::Model& model, const schema::Schema& schema);

// _sanitizeQuery: depth limit, regex-escaping of like/regexp strings and, when
// the model asks for it (prohibitHiddenPropertiesInQuery), hidden keys removed.
void sanitizeQuery(Json& query, const schema::Model& model);

// _coerce: values converted to the property types, the first operator kept.
void coerceWhere(Json& where, const schema::Model& model, const schema::Schema& schema);

// A RegExp value, as coercion leaves a `regexp` operand: {"$regexp": source, "$flags": f}
// (both strings) plus a tag no JSON text can hold, so a filter that spells this
// shape out is user input: an object whose `$` keys coercion rejects, as LoopBack does.
bool isRegExp(const Json& value);
Json makeRegExp(std::string source, std::string flags);
// JavaScript's `/source/flags` text of a RegExp value.
std::string regExpText(const Json& regexp);
// A filter as a reader sees it: each RegExp value written as its text.
Json withRegExpsAsText(const Json& filter);

// The operators in the juggler's table order; only the first found counts.
const std::vector<std::string>& whereOperators();

} // namespace relata::query
