#pragma once

#include "json/json_text.h"
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// Small helpers shared by the rule groups: JSON pointers, JavaScript truthiness
// and "did you mean" suggestions.
namespace relata::check {

// `base` + "/" + `key`, with `key` escaped as RFC 6901 requires.
std::string pointerTo(std::string_view base, std::string_view key);

using json::truthy;

// A non-empty string value, or empty when the key is absent, empty or not a string.
std::string stringAt(const Json& object, std::string_view key);

// `name` wrapped in backquotes, the way messages quote identifiers.
std::string ticked(std::string_view name);

// The compact JSON text of a value, cut to a readable length for messages.
std::string shortJson(const Json& value);

// The candidate the user most likely meant: an exact case-insensitive match
// first, then the closest one by edit distance when it is close enough.
std::optional<std::string> nearestName(std::string_view wrong,
                                       const std::vector<std::string>& candidates);

// Every candidate other than `wrong` itself that is at most `maxDistance`
// edits from it, ignoring case (so the same name in another case is close).
std::vector<std::string> closeNames(std::string_view wrong,
                                    const std::vector<std::string>& candidates,
                                    std::size_t maxDistance);

// " Did you mean `X`?" or "" when nothing is close.
std::string didYouMean(std::string_view wrong, const std::vector<std::string>& candidates);

// The seven relation types juggler accepts (exact case).
const std::vector<std::string>& relationTypeNames();
bool isRelationType(std::string_view type);

// Models LoopBack 3 defines itself (`loopback/common/models` plus the two roots).
bool isBuiltinModel(std::string_view name);
const std::vector<std::string>& builtinModelNames();

// The models loopback-component-passport's lib/models define.
const std::vector<std::string>& passportModelNames();

} // namespace relata::check
