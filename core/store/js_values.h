#pragma once

#include "json/json_text.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Values as JavaScript prints and parses them: LoopBack's output is made by
// JSON.stringify, and its dates by `new Date(…)`.
namespace relata::store {

// JavaScript's `new Date(text)` for the forms JSON data uses: ISO 8601 (a date
// alone is UTC, a date-time without offset is local time), also with a space
// for the `T`, and RFC 2822. Milliseconds since the epoch, or nullopt.
std::optional<std::int64_t> parseDate(std::string_view text);
// Date.prototype.toISOString(): `2021-06-01T00:00:00.000Z`; nullopt outside
// JavaScript's date range (±8.64e15 ms).
std::optional<std::string> isoDate(std::int64_t ms);

// Number.prototype.toString(): `99` not `99.0`, `1e+21`, `1e-7`; NaN/Infinity as JSON.stringify (`null`).
std::string jsNumber(double value);
// A double as JSON: an integer value when it is one exactly (so it prints as JS prints it).
Json numberJson(double value);
// JSON.stringify(value): compact, numbers as JavaScript prints them.
std::string jsStringify(const Json& value);

} // namespace relata::store

#include <QRegularExpression>

namespace relata::store {

// `new RegExp(source, flags)` as V8 reads it (the non-Unicode dialect with
// Annex B), as a QRegularExpression that matches what the JavaScript one
// matches: `[^]` is any character and `[]` none, `$` is the very end, `.`
// stops at every line terminator, and `\v`, `\a` and the like mean what they
// mean in JavaScript. A pattern JavaScript rejects (`(?i)a`, `w++`, `a{2}{3}`)
// gives an invalid expression and `error` holds V8's message, e.g.
// `Invalid regular expression: /w++/: Nothing to repeat`.
struct JsRegExp {
    QRegularExpression expression;
    std::string error; // empty when the pattern is valid JavaScript
    bool valid() const { return error.empty(); }
};
JsRegExp jsRegExp(std::string_view source, std::string_view flags);

} // namespace relata::store
