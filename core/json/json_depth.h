#pragma once

#include "json/json_text.h"

#include <optional>
#include <string>
#include <string_view>

namespace relata::json {

// The deepest nesting Relata reads from JSON text (files, filters, database
// columns). Values are copied, checked, shaped and printed by recursive walks,
// which deeper input would run off the stack; JavaScript engines give up at a
// few thousand levels, and no model file or filter nests more than a dozen.
inline constexpr int maxDepth = 512;

// Where `text` first nests deeper than maxDepth, if it does: a scan that builds
// nothing, for text given to nlohmann's parser, whose values are walked recursively.
std::optional<Location> nestedTooDeeply(std::string_view text);

// The sentence for it: "nested too deeply (more than 512 levels)".
std::string nestedTooDeeplyMessage();

} // namespace relata::json
