#pragma once

#include "json/json_text.h"

#include <string>
#include <vector>

namespace relata::schema {
struct Model;
class Schema;
} // namespace relata::schema

namespace relata::query {

// Something LoopBack silently changes or drops in a filter, said where it is.
struct LintWarning {
    std::string pointer; // JSON pointer into the filter: "/where/age/lt"
    std::string message;
    friend bool operator==(const LintWarning&, const LintWarning&) = default;
};

// What the filter will not do as written on `model` (SEMANTICS.md §4, the
// oracle README's SQLite quirks): a second operator in one condition, skip
// without limit, a multi-key include object, a property SQL cannot see (not
// declared, or a dot path), a hidden property, an order key that is no
// property, and operators the SQLite connector cannot run. Never throws;
// an invalid filter gets its error from the engine.
std::vector<LintWarning> lintFilter(const Json& filter, const schema::Model& model, const schema::Schema& schema);

} // namespace relata::query
