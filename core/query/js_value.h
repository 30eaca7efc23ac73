#pragma once

#include "json/json_text.h"

#include <optional>
#include <string>

// LoopBack's rules are JavaScript's: filters are coerced with Number(),
// String() and truthiness, keys are matched by their String() form, and
// results are printed by JSON.stringify. These helpers give the same answers
// for JSON values.
namespace relata::query::js {

using json::truthy;
inline bool isPlainObject(const Json& value) { return value.is_object(); }

// Number(value); nullopt for NaN.
std::optional<double> toNumber(const Json& value);
// A JavaScript number held as JSON: an integer when it is one exactly, and
// Infinity and -Infinity kept as such (store::numberJson gives null for them,
// as JSON.stringify prints them), so that `limit: "Infinity"` stays Infinity
// until the SQL is written, as in LoopBack. NaN is null.
Json number(double value);
// String(value) (arrays joined with ",", objects "[object Object]").
std::string toString(const Json& value);
// `new Date(value).getTime()`; nullopt for an invalid date.
std::optional<double> dateValue(const Json& value);
// `a == b` for JSON values.
bool looseEquals(const Json& a, const Json& b);
// `a === b` for JSON primitives (numbers compare by value whatever their storage).
bool strictEquals(const Json& a, const Json& b);
// JSON.parse; nullopt when the text is not JSON.
std::optional<Json> parse(const std::string& text);

} // namespace relata::query::js
