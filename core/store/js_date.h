#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

// Dates as JavaScript parses and prints them: LoopBack's dates are made by
// `new Date(…)` and printed by toISOString().
namespace relata::store {

// JavaScript's `new Date(text)` for the forms JSON data uses: ISO 8601 (a date
// alone is UTC, a date-time without offset is local time), also with a space
// for the `T`, and RFC 2822. Milliseconds since the epoch, or nullopt.
std::optional<std::int64_t> parseDate(std::string_view text);
// Date.prototype.toISOString(): `2021-06-01T00:00:00.000Z`; nullopt outside
// JavaScript's date range (±8.64e15 ms).
std::optional<std::string> isoDate(std::int64_t ms);
// The same text written into `buffer`; its length, 0 outside the range.
inline constexpr std::size_t isoDateSize = 27;
std::size_t writeIsoDate(std::int64_t ms, char (&buffer)[isoDateSize]);

} // namespace relata::store
