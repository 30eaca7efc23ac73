#pragma once

#include "document/diagnostic.h"

#include "json/json_text.h"
#include <string>
#include <vector>

namespace relata::schema {
class Schema;
struct Model;
} // namespace relata::schema

namespace relata::check {

class AppFiles;

// One problem in a filter; `pointer` is relative to the filter ("" = the filter).
struct FilterIssue {
    Severity severity = Severity::Error;
    std::string code;
    std::string message;
    std::string pointer;
};

enum class FilterUse {
    Query,      // a query, a relation scope or a default scope
    NamedScope, // an entry of "scopes", which may also carry options.http.path
};

// Checks a LoopBack filter the way juggler normalizes and runs it against
// `model` (SEMANTICS.md §4.1): errors for what LoopBack rejects or silently
// misreads (bad order direction, bad limit, unknown where operator, include of
// a relation the model lacks), warnings for what it ignores (unknown keys,
// properties the model does not declare). With a null `model` (a polymorphic
// target, an unknown model) only the filter's shape is checked. `appFiles`
// tells which properties the app's mixins add; without it only the mixins
// Relata knows by name (TimeStamp) are.
std::vector<FilterIssue> checkFilter(const schema::Schema& schema, const schema::Model* model,
                                     const Json& filter, FilterUse use = FilterUse::Query,
                                     const AppFiles* appFiles = nullptr);

} // namespace relata::check
