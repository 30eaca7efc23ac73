#pragma once

#include "json/json_text.h"
// JavaScript's semantics are one module: its dates and regular expressions
// come with its values, so a caller includes this header only.
#include "store/js_date.h"
#include "store/js_regexp.h"

#include <charconv>
#include <concepts>
#include <optional>
#include <string>
#include <string_view>

// Values as JavaScript prints them: LoopBack's output is made by JSON.stringify.
namespace relata::store {

// Number.prototype.toString(): `99` not `99.0`, `1e+21`, `1e-7`; NaN/Infinity as JSON.stringify (`null`).
std::string jsNumber(double value);
// The same appended to `out`, with no text of its own on the way.
void appendJsNumber(std::string& out, double value);
// JSON.stringify(text), appended to `out`.
void appendJsString(std::string& out, std::string_view text);
// An integer's decimal digits, appended to `out`.
template<std::integral Integer>
void appendInteger(std::string& out, Integer value)
{
    char digits[24];
    const auto written = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, written.ptr);
}
// A double as JSON: an integer value when it is one exactly (so it prints as JS prints it).
Json numberJson(double value);
// The integer numberJson makes of a finite double, if it makes one.
std::optional<std::int64_t> wholeNumber(double value);
// JSON.stringify(value): compact, numbers as JavaScript prints them.
std::string jsStringify(const Json& value);
// The same appended to `out`.
void appendJsStringified(std::string& out, const Json& value);
// One UTF-16 code unit as UTF-8 encodes its number (3 bytes for any unit from
// U+0800): a lone surrogate, which UTF-8 proper cannot hold, is kept this way
// (WTF-8), and json::writeString writes it as JSON.stringify does (`\ud83d`).
std::string wtf8Unit(char16_t unit);
// Object.assign({}, value), which is what a LoopBack model's constructor keeps
// of a value that is no object: a string's characters and an array's items
// keyed by their index ("0", "1", ...), nothing of a number, boolean or null;
// an object is returned as it is. Characters are JavaScript's UTF-16 units: a
// character outside the Basic Multilingual Plane is two lone surrogates
// (wtf8Unit) under two indices.
Json jsObjectAssign(const Json& value);
// ECMAScript's array index: the canonical decimal form of 0 … 2^32 - 2.
std::optional<std::uint32_t> arrayIndex(const std::string& key);
// An object's keys in the order JavaScript enumerates them: array indices
// ("0", "7", …) first, ascending, then the other keys in their order.
void jsKeyOrder(Json& object);

} // namespace relata::store
