#pragma once

#include "json/json_text.h"

#include <optional>
#include <string_view>

namespace relata::store {

// JSON text as Json::parse parses it (the same value, the same number types,
// the last of repeated keys in the place of the first), for the text columns
// usually hold: ASCII without \u escapes, integers that fit 64 bits, doubles
// in range, nested no deeper than json::maxDepth. Anything else, valid or
// not, is nullopt: Json::parse decides it.
std::optional<Json> parsePlainJson(std::string_view text);

} // namespace relata::store
