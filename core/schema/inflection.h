#pragma once

#include <string>
#include <string_view>

// The three functions of npm `inflection` 1.13.4 that LoopBack 3 names things
// with (plural of a model, default foreign keys, guessed relation targets).
// They reproduce its rule tables and its case handling exactly, including its
// quirks (`URL_id` -> `uRLId`, `Data` stays `Data`).
namespace relata::inflection {

// inflection.camelize(s, lowerFirst): split on '/', then on '_'; every part
// after the first is lower-cased, every part gets its first character
// upper-cased, except the very first character when lowerFirst; '/' -> "::".
std::string camelize(std::string_view text, bool lowerFirst = false);

std::string pluralize(std::string_view word);
std::string singularize(std::string_view word);

} // namespace relata::inflection
